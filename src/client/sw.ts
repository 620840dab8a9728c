/**
 * The service worker (sw.js at the site root, a classic script scoped to the base path). It is only
 * registered when a reader asks to keep the guide on the device. Installing it saves one complete
 * edition (every file of the precache list Workbox's build tooling made, with a revision per file)
 * into a cache named after that edition; it then serves those files from that cache only, so a page
 * and its search always come from one build. A newer worker saves the next edition in the background
 * and waits; the page offers a reload, and activation deletes the older edition's cache.
 */

import { CACHE_PREFIX, META_FILE, type SavedMeta } from './saved-edition';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}
// Filled in at build time (src/integrations/app/worker.ts).
declare const __HICP_PRECACHE__: PrecacheEntry[];
declare const __HICP_VERSION__: string;
declare const __HICP_BUILT__: string;

// The DOM library has no service-worker types and cannot be mixed with "webworker": the little
// this script uses is written out here.
type WaitEvent = Event & { waitUntil(p: Promise<unknown>): void };
type FetchEvt = WaitEvent & { request: Request; respondWith(r: Promise<Response>): void };
type MessageEvt = WaitEvent & { data: unknown };
interface WorkerScope {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(o: {
      includeUncontrolled: boolean;
      type: 'window';
    }): Promise<{ postMessage(m: unknown): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', fn: (e: WaitEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvt) => void): void;
  addEventListener(type: 'message', fn: (e: MessageEvt) => void): void;
}
const sw = self as unknown as WorkerScope;

const CACHE = CACHE_PREFIX + __HICP_VERSION__;
const scope = sw.registration.scope;
const full = (url: string) => new URL(url, scope).href;
/** Where a saved edition describes itself (version, build date, revisions); never served. */
const META = full(META_FILE);
const revisions = new Map(__HICP_PRECACHE__.map((e) => [full(e.url), e.revision]));

async function tell(message: object): Promise<void> {
  for (const c of await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' }))
    c.postMessage({ hicp: true, version: __HICP_VERSION__, ...message });
}

/** Files an older saved edition already holds at the same revision: copied, not fetched again. */
async function reusable(): Promise<Map<string, Response>> {
  const found = new Map<string, Response>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    const meta = (await (await old.match(META))?.json().catch(() => null)) as SavedMeta | null;
    if (!meta) continue;
    for (const [url, rev] of revisions)
      if (url in meta.files && meta.files[url] === rev && !found.has(url)) {
        const hit = await old.match(url);
        if (hit) found.set(url, hit);
      }
  }
  return found;
}

async function saveEdition(): Promise<void> {
  const cache = await caches.open(CACHE);
  const old = await reusable();
  const queue = [...revisions.keys()];
  const total = queue.length;
  let done = 0;
  const one = async (url: string) => {
    let res = old.get(url);
    if (!res) {
      res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    }
    await cache.put(url, res);
    done += 1;
    if (done % 20 === 0 || done === total) await tell({ type: 'progress', done, total });
  };
  const lane = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) await one(url);
  };
  try {
    await Promise.all([lane(), lane(), lane(), lane(), lane(), lane()]);
    const meta: SavedMeta = {
      version: __HICP_VERSION__,
      built: __HICP_BUILT__,
      files: Object.fromEntries(revisions),
    };
    // Written last: a cache with this entry holds the whole edition.
    await cache.put(META, new Response(JSON.stringify(meta)));
  } catch (err) {
    await caches.delete(CACHE);
    await tell({ type: 'failed' });
    throw err;
  }
}

sw.addEventListener('install', (e) => e.waitUntil(saveEdition()));

sw.addEventListener('activate', (e) =>
  e.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  ),
);

sw.addEventListener('message', (e) => {
  if (e.data === 'hicp-activate') e.waitUntil(sw.skipWaiting());
});

/** The saved file for a request, else the network (the saved copy may have been removed). */
async function fromSaved(key: string, request: Request): Promise<Response> {
  // caches.match, not caches.open: opening a removed cache would make it again, empty.
  const hit = await caches.match(key, { cacheName: CACHE });
  return hit ?? fetch(request);
}

sw.addEventListener('fetch', (e) => {
  const { request } = e;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Pagefind adds a cache-busting query to its entry file; the search page reads ?q= itself.
  const key = url.origin + url.pathname;
  if (revisions.has(key)) e.respondWith(fromSaved(key, request));
  else if (request.mode === 'navigate' && key.startsWith(scope))
    e.respondWith(
      fetch(request).catch(
        async () =>
          (await caches.match(full('404.html'), { cacheName: CACHE })) ?? Response.error(),
      ),
    );
});
