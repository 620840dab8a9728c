/**
 * The only script of a reading page (inlined, minified, classic, so it runs from file:// too): the
 * theme toggle, copy-link buttons, and the loader that fetches search only when a reader starts to
 * search. Reading never depends on it.
 */

// Theme: follows the system until the reader picks one with the toggle; the choice is remembered.
const root = document.documentElement;
const toggle = document.getElementById('theme-toggle');
if (toggle) {
  const dark = () =>
    root.dataset.theme
      ? root.dataset.theme === 'dark'
      : matchMedia('(prefers-color-scheme: dark)').matches;
  const label = () => toggle.setAttribute('aria-pressed', String(dark()));
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

// Copy link: a button beside each heading with an id, each item card and each citation. It copies
// the public (canonical) URL, so a link copied from the offline copy still works for others.
const live = document.getElementById('copy-status');
const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
const pageUrl = canonical ? canonical.href : location.href.split('#')[0]!;
const say = (text: string) => {
  if (!live) return;
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 60);
};
function copy(text: string): void {
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      document.execCommand('copy');
      say('Copied');
    } catch {
      say('Copy failed: select and copy by hand');
    }
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext)
    navigator.clipboard.writeText(text).then(() => say('Copied'), fallback);
  else fallback();
}
function button(label: string, text: string, caption = 'Copy link'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-link';
  b.setAttribute('aria-label', label);
  b.textContent = caption;
  b.addEventListener('click', () => copy(text));
  return b;
}
document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]').forEach((h) => {
  const wrap = document.createElement('div');
  wrap.className = 'heading-wrap';
  h.replaceWith(wrap);
  wrap.append(h, button(`Copy link to “${h.textContent}”`, `${pageUrl}#${h.id}`));
});
document.querySelectorAll<HTMLElement>('.card[data-permalink]').forEach((card) => {
  card.append(
    ' ',
    button(
      `Copy link to ${card.querySelector('a')?.textContent ?? 'item'}`,
      card.dataset.permalink!,
    ),
  );
});
document
  .querySelectorAll<HTMLElement>('pre[data-copy]')
  .forEach((pre) => pre.after(button('Copy citation', pre.textContent ?? '', 'Copy')));

// Search loads only when a reader starts to search: first focus or input, or the / key.
const form = document.getElementById('site-search') as HTMLFormElement | null;
const field = form?.querySelector('input');
let loaded = false;
const load = () => {
  if (loaded || !form) return;
  loaded = true;
  const s = document.createElement('script');
  s.src = form.dataset.script!;
  document.head.append(s);
};
field?.addEventListener('focus', load);
field?.addEventListener('input', load);
document.addEventListener('keydown', (e) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '');
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing) return;
  const target = document.getElementById('search-q') ?? field;
  if (target) {
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
    const s = document.createElement('script');
    s.src = keep[0]!.dataset.script!;
    document.head.append(s);
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
