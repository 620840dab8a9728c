/** Entry of search-offline.js (classic script, offline copy only): exposes the MiniSearch backend. */
import { offlineBackend } from './backend-offline';

(window as unknown as { HICP_OFFLINE_BACKEND: typeof offlineBackend }).HICP_OFFLINE_BACKEND =
  offlineBackend;
