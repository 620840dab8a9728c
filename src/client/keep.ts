/**
 * keep.js: the "Keep this guide on this device" control (src/components/KeepOffline.astro). Loaded by
 * page.ts only when a reader asks to save, or on pages a saved copy already serves (to say when it
 * was built and to offer a newer edition). Registers sw.js, shows its progress, offers removal, and
 * when a newer edition has been saved in the background offers a reload that switches every open
 * page at once (so no two editions are ever on screen together).
 */

import { CACHE_PREFIX as PREFIX, META_FILE, type SavedMeta } from './saved-edition';

const boxes = [...document.querySelectorAll<HTMLElement>('[data-keep]')];
const first = boxes[0]!;
const swUrl = new URL(first.dataset.sw!, location.href).href;
const scope = new URL('.', swUrl).href;
const edition = first.dataset.build ?? '';
const container = navigator.serviceWorker;
const wasControlled = Boolean(container.controller);
const idleText = first.querySelector('[data-keep-status]')?.textContent?.trim() ?? '';
let saving = false;
// Where a page has two controls (the Downloads page), only one announces its changes.
const primary = boxes.find((b) => b.closest('main')) ?? first;
for (const box of boxes)
  if (box !== primary) box.querySelector('[data-keep-status]')?.removeAttribute('role');

// The controls only this script uses are made here, so that the HTML every page carries (the
// control sits in every page's Menu) holds only the status line and the Keep button.
function button(text: string, attribute: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'keep-button';
  b.textContent = text;
  b.setAttribute(attribute, '');
  b.hidden = true;
  return b;
}
for (const box of boxes) {
  const bar = document.createElement('progress');
  bar.setAttribute('data-keep-progress', '');
  bar.setAttribute('aria-label', 'Saving the guide');
  bar.hidden = true;
  // Removing asks first: the copy took minutes to download, and a phone may have no network to
  // download it again.
  box.append(
    bar,
    button('Remove the saved copy', 'data-keep-remove'),
    button('Yes, remove it', 'data-keep-confirm'),
    button('No, keep it', 'data-keep-cancel'),
  );
}

type State = 'idle' | 'saving' | 'saved' | 'confirm';
/** Which control each state shows (the status line always shows). */
const SHOWN: Record<string, State[]> = {
  '[data-keep-save]': ['idle'],
  '[data-keep-progress]': ['saving'],
  '[data-keep-remove]': ['saved'],
  '[data-keep-confirm]': ['confirm'],
  '[data-keep-cancel]': ['confirm'],
};

function each<T extends Element>(selector: string, fn: (el: T) => void): void {
  for (const box of boxes) box.querySelectorAll<T>(selector).forEach(fn);
}
function show(state: State, text: string): void {
  each<HTMLElement>('[data-keep-status]', (p) => (p.textContent = text));
  for (const [selector, states] of Object.entries(SHOWN))
    each<HTMLElement>(selector, (el) => (el.hidden = !states.includes(state)));
  for (const box of boxes) box.dataset.keepState = state;
}
function progress(done: number, total: number): void {
  each<HTMLProgressElement>('[data-keep-progress]', (p) => {
    p.max = total;
    p.value = done;
  });
  show('saving', `Saving the guide on this device: ${done} of ${total} files…`);
}

/** The saved edition's description, if a complete one is on the device. */
async function savedEdition(): Promise<SavedMeta | undefined> {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
  names.sort((a, b) => Number(b === PREFIX + edition) - Number(a === PREFIX + edition));
  for (const name of names) {
    const meta = await (await caches.open(name)).match(scope + META_FILE);
    if (meta) return meta.json();
  }
  return undefined;
}
async function showSaved(): Promise<void> {
  const saved = await savedEdition();
  if (!saved) return show('idle', idleText);
  show(
    'saved',
    `This guide is kept on this device and works with no network. Saved copy built on ${saved.built}.`,
  );
}

function activated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('the save did not finish'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

async function save(): Promise<void> {
  if (saving) return;
  saving = true;
  show('saving', 'Saving the guide on this device…');
  try {
    // Asks the browser not to clear the copy when space runs low (granted silently or not at all).
    await navigator.storage?.persist?.().catch(() => false);
    const reg = await container.register(swUrl);
    // Already saved (active), or this first save (installing): never an update waiting for a reload.
    await activated((reg.active ?? reg.installing ?? reg.waiting)!);
    const saved = await savedEdition();
    // Published between this page's load and the save: show pages of the saved edition only.
    if (saved && edition && saved.version !== edition) return location.reload();
    await showSaved();
  } catch {
    show('idle', 'Saving did not finish (the connection may have dropped). Try again.');
  } finally {
    saving = false;
  }
}

async function remove(): Promise<void> {
  const reg = await container.getRegistration(scope);
  await reg?.unregister();
  for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
  show('idle', `The saved copy is removed. ${idleText}`);
}

function offerReload(worker: ServiceWorker): void {
  if (document.querySelector('.keep-update')) return;
  const bar = document.createElement('div');
  bar.className = 'keep-update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A newer version of the guide is available — ';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'keep-button';
  button.textContent = 'reload';
  button.addEventListener('click', () => worker.postMessage('hicp-activate'));
  text.append(button);
  bar.append(text);
  // Right after the skip link, so that stays the first thing on the page.
  const skip = document.querySelector('.skip');
  if (skip) skip.after(bar);
  else document.body.prepend(bar);
}

async function watchForUpdates(): Promise<void> {
  const reg = await container.getRegistration(scope);
  if (!reg) return;
  const watch = (w: ServiceWorker) =>
    w.addEventListener('statechange', () => {
      if (w.state === 'installed' && reg.waiting) offerReload(reg.waiting);
    });
  if (reg.waiting) offerReload(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
  if (navigator.onLine) reg.update().catch(() => undefined);
}

container.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as { hicp?: boolean; type?: string; done?: number; total?: number };
  if (m?.hicp && m.type === 'progress' && saving) progress(m.done!, m.total!);
});
container.startMessages();
// A newer edition took over (this tab's reload, or another tab's): every open page reloads into it.
container.addEventListener('controllerchange', () => {
  if (wasControlled) location.reload();
});

each<HTMLButtonElement>('[data-keep-save]', (b) => b.addEventListener('click', save));
each<HTMLButtonElement>('[data-keep-remove]', (b) =>
  b.addEventListener('click', () => {
    show(
      'confirm',
      'Remove the saved copy from this device? Until you keep it again, reading the guide will need a network.',
    );
    b.closest('[data-keep]')?.querySelector<HTMLElement>('[data-keep-cancel]')?.focus();
  }),
);
each<HTMLButtonElement>('[data-keep-confirm]', (b) => b.addEventListener('click', remove));
each<HTMLButtonElement>('[data-keep-cancel]', (b) => b.addEventListener('click', showSaved));
if (boxes.some((b) => b.dataset.keepAsked !== undefined)) void save();
else void showSaved();
if (wasControlled) void watchForUpdates();
