/**
 * The inline script of every page (minified, classic, so it runs from file:// too): what must be
 * right at first paint (the theme control, the size lens, the printed permalink) and the loaders of
 * everything else. The Keep control's script loads when asked; search.js and enhance.js (copy links,
 * the Cite box, the "On this page" marker, the Menu's Esc) on the reader's first move.
 * Reading never depends on any of it.
 */

/** Loads a script file of the site (search.js, keep.js, enhance.js) when a page first needs it. */
function addScript(src: string): void {
  const s = document.createElement('script');
  s.src = src;
  document.head.append(s);
}

// Theme: follows the system until the reader picks one; the button says what a click will do.
const root = document.documentElement;
const toggle = document.getElementById('theme-toggle');
if (toggle) {
  const dark = () =>
    root.dataset.theme
      ? root.dataset.theme === 'dark'
      : matchMedia('(prefers-color-scheme: dark)').matches;
  // Its name is the theme a click gives (so no aria-pressed, which would contradict a changing name);
  // phones show only the symbol, the words stay for screen readers.
  const label = () => {
    const d = dark();
    toggle.innerHTML = `<span aria-hidden="true">${d ? '☀' : '☾'}</span><span class="tw"> ${d ? 'Light' : 'Dark'} theme</span>`;
  };
  toggle.hidden = false;
  label();
  toggle.addEventListener('click', () => {
    root.dataset.theme = dark() ? 'light' : 'dark';
    try {
      localStorage.setItem('hicp-theme', root.dataset.theme);
    } catch {
      // Storage can be off (private modes, some file:// setups): the theme then lasts for this page.
    }
    label();
  });
}

// The printed permalink, marked only when the build has no public address: the address this page is
// read at, on a hosted copy (from file:// no address is worth printing).
const here = document.querySelector('[data-here]');
if (here && /^https?:$/.test(location.protocol)) here.textContent = location.href.split('#')[0]!;

// Size lens ("Showing: All sizes · Small · Medium · Large"). The head script sets <html data-lens>
// from storage before first paint, and CSS keyed on it marks the choice and makes the page look as it
// should from the first frame: other sizes' sections (<details data-fold>, open as built) show only
// their summary line, and "At your size" (<details data-at>, one per size) only the chosen size's
// group. Here the <details> are then really opened and closed, so a screen reader hears the truth and
// a tap opens them (one the address points into stays open); the radios are ticked; and a new choice
// is remembered (the home page's size cards remember theirs with a script of their own). enhance.js
// adds printing, the back-forward cache and in-page links. Selected by attributes, not classes: the styles step keeps
// every CSS rule whose class a page's inline script names, and this is on every page.
// HICP: small → small; medium → medium; large → medium and large.
const radios = document.querySelectorAll<HTMLInputElement>('input[name=lens]');
const syncFolds = (keep?: Element | null) => {
  const lens = root.dataset.lens;
  document
    .querySelectorAll<HTMLDetailsElement>('details[data-fold],details[data-at]')
    .forEach((d) => {
      const at = d.getAttribute('data-at');
      const size = d.getAttribute('data-fold');
      d.open =
        (!!keep && d.contains(keep)) ||
        (at ? lens === at : !lens || lens === size || (lens === 'large' && size === 'medium'));
    });
  radios.forEach((r) => (r.checked = r.value === (lens ?? '')));
  root.dataset.folds = '';
};
const setLens = (size: string) => {
  if (size) root.dataset.lens = size;
  else delete root.dataset.lens;
  try {
    localStorage.setItem('hicp-size', size);
  } catch {
    // No storage: the choice lasts for this page.
  }
  syncFolds();
};
syncFolds(location.hash ? document.getElementById(location.hash.slice(1)) : null);
radios.forEach((r) => r.addEventListener('change', () => setLens(r.value)));

// Search loads with enhance.js, on the reader's first move (below), so its files are on their way
// before the reader reaches the search box; a page only looked at fetches none of them. The search
// page loads it at once when its address holds a search (search.js then picks up what was typed or
// ticked meanwhile).
const form = document.getElementById('site-search') as HTMLFormElement | null;
const field = form?.querySelector('input');
const searchPage = document.getElementById('search-page');
let loaded = false;
const load = () => {
  const host = searchPage ?? form;
  if (loaded || !host) return;
  loaded = true;
  addScript(host.dataset.script!);
};
if (searchPage?.classList.contains('has-query')) load();
document.addEventListener('keydown', (e) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '');
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing) return;
  const target = document.getElementById('search-q') ?? field;
  if (target) {
    // The search field may sit inside the closed Menu on phones: open it first.
    target.closest('details')?.setAttribute('open', '');
    e.preventDefault();
    target.focus();
  }
});

// "Keep this guide on this device": shown where a service worker can run (not from file://). Its
// script loads when the reader asks, or at once on a page a saved copy serves (to offer updates).
const keep = document.querySelectorAll<HTMLElement>('[data-keep]');
if (keep.length && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    addScript(keep[0]!.dataset.script!);
  };
  keep.forEach((k) => {
    k.hidden = false;
    k.querySelector('[data-keep-save]')?.addEventListener(
      'click',
      () => {
        k.dataset.keepAsked = '';
        start();
      },
      { once: true },
    );
  });
  if (navigator.serviceWorker.controller) start();
}

// Enhancements and search wait for the reader's first move (pointer, touch, key, scroll or focus): a
// page that is only looked at costs nothing more, and enhance.js, a file of its own, is fetched once
// per visit.
const enhanceScript = document.body.dataset.script;
if (enhanceScript) {
  const moves = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'scroll', 'focusin'];
  const enhance = () => {
    for (const m of moves) removeEventListener(m, enhance, true);
    addScript(enhanceScript);
    load();
  };
  for (const m of moves) addEventListener(m, enhance, { capture: true, passive: true });
}
