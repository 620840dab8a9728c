/** Entry of search.js (a classic script): picks the backend and starts the UI. */
import { pagefindBackend } from './backend-pagefind';
import { startSearch } from './search-ui';

const script = document.currentScript as HTMLScriptElement | null;
// search.js sits at the site root, so its own URL gives the root (sub-path hosting included).
const root = new URL('.', script?.src ?? location.href).href;
startSearch(pagefindBackend(root));
