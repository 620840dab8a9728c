/**
 * Entry of search.js (a classic script): picks the backend and starts the UI. From file:// (the
 * offline copy) Pagefind cannot load, so the page loads the classic-script index and MiniSearch.
 */
import { pagefindBackend } from './backend-pagefind';
import { preloadIndexChunks } from './index-chunks';
import { startSearch } from './search-ui';
import type { Backend } from './search-core';
import { SEARCH_RESULTS_CSS, type SearchRecord } from '../lib/search-contract';

interface OfflineGlobals {
  HICP_SEARCH_RECORDS?: SearchRecord[];
  HICP_OFFLINE_BACKEND?: (records: SearchRecord[], currentFile: string) => Backend;
}

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
  return {
    async search(query, filters, limit) {
      ready ??= Promise.all([loadScript('search-index.js'), loadScript('search-offline.js')]).then(
        () => {
          const g = window as unknown as OfflineGlobals;
          if (!g.HICP_SEARCH_RECORDS || !g.HICP_OFFLINE_BACKEND)
            throw new Error('offline search files are missing');
          return g.HICP_OFFLINE_BACKEND(g.HICP_SEARCH_RECORDS, currentFile);
        },
      );
      return (await ready).search(query, filters, limit);
    },
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

// Only the hosted search page carries the chunk table: elsewhere this finds nothing to do.
preloadIndexChunks(new URLSearchParams(location.search).get('q') ?? '');
startSearch(location.protocol === 'file:' ? offline() : pagefindBackend(root));
