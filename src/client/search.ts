/**
 * Entry of search.js (a classic script): picks the backend and starts the UI. The page script loads
 * it on the reader's first move (src/client/page.ts), so the record set and Pagefind's files are on
 * their way before the reader reaches the search box. From file:// (the offline copy) Pagefind
 * cannot load, so the page loads the record set and the full text as classic scripts, and MiniSearch.
 */
import { pagefindBackend, warmPagefind } from './backend-pagefind';
import { preloadIndexChunks } from './index-chunks';
import { startSearch } from './search-ui';
import type { Backend } from './search-core';
import {
  RECORDS_GLOBAL,
  RECORDS_SCRIPT,
  SEARCH_RESULTS_CSS,
  TEXT_GLOBAL,
  TEXT_SCRIPT,
  type RecordSet,
  type SearchSection,
} from '../lib/search-contract';

type OfflineBackend = (set: RecordSet, text: (SearchSection[] | null)[], file: string) => Backend;
type OfflineGlobals = Record<string, unknown> & { HICP_OFFLINE_BACKEND?: OfflineBackend };

const script = document.currentScript as HTMLScriptElement | null;
// search.js sits at the site root, so its own URL gives the root (sub-path hosting included).
const root = new URL('.', script?.src ?? location.href).href;

function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = root + name;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${name}`));
    document.head.appendChild(s);
  });
}

function offline(): Backend {
  let ready: Promise<Backend> | undefined;
  const currentFile =
    decodeURI(location.pathname).slice(decodeURI(new URL(root).pathname).length) || 'index.html';
  const start = () =>
    (ready ??= Promise.all(
      [RECORDS_SCRIPT, TEXT_SCRIPT, 'search-offline.js'].map((f) => loadScript(f)),
    ).then(() => {
      const g = window as unknown as OfflineGlobals;
      const set = g[RECORDS_GLOBAL] as RecordSet | undefined;
      const text = g[TEXT_GLOBAL] as (SearchSection[] | null)[] | undefined;
      if (!set || !text || !g.HICP_OFFLINE_BACKEND)
        throw new Error('offline search files are missing');
      return g.HICP_OFFLINE_BACKEND(set, text, currentFile);
    }));
  return {
    async search(query, filters, limit, o) {
      return (await start()).search(query, filters, limit, o);
    },
    preload: () => void start().catch(() => {}),
  };
}

// The header's results panel is styled by a stylesheet of its own, so reading pages do not carry its
// rules; the search page has them inline. It arrives long before the first results.
if (document.getElementById('site-search')) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = root + SEARCH_RESULTS_CSS;
  document.head.append(css);
}

const hosted = location.protocol !== 'file:';
// Only the hosted search page carries the chunk table: elsewhere this finds nothing to do.
if (hosted) {
  warmPagefind(root);
  preloadIndexChunks(new URLSearchParams(location.search).get('q') ?? '');
}
startSearch(hosted ? pagefindBackend(root) : offline());
