/**
 * The only script of a reading page (inlined, minified, classic, so it runs from file:// too): the
 * theme toggle, heading anchors that copy their link, the Cite box's address and date, the "On this
 * page" marker, and the loader that fetches search only when a reader starts to search. Reading never
 * depends on it.
 */

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

// The public address: the configured site's (canonical link), else the address the page is read at
// on a hosted copy. From file:// without a configured site there is no address worth sharing.
const live = document.getElementById('copy-status');
const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
const hosted = /^https?:$/.test(location.protocol);
const pageUrl = canonical ? canonical.href : hosted ? location.href.split('#')[0]! : '';
// The printed permalink, when the build has no public address: the address this page is read at.
const here = document.querySelector('[data-here]');
if (here && pageUrl) here.textContent = pageUrl;
const say = (text: string) => {
  if (!live) return;
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 60);
};
// Shows "Copied" on the control itself for a moment, and tells screen readers through the live region.
function copy(text: string, shown: HTMLElement): void {
  const done = (ok: boolean) => {
    say(ok ? 'Copied' : 'Copy failed: select and copy by hand');
    shown.dataset.copied = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => delete shown.dataset.copied, 1600);
  };
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      done(document.execCommand('copy'));
    } catch {
      done(false);
    }
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext)
    navigator.clipboard.writeText(text).then(() => done(true), fallback);
  else fallback();
}

// Headings are their own anchors: a "#" link beside each one goes to the section and copies its URL.
// It sits beside the heading, not inside it, so the heading's accessible name stays its text; the
// box it sits in is in the HTML already (src/integrations/heading-wraps.ts), so nothing moves.
document.querySelectorAll<HTMLElement>('main .heading-wrap').forEach((wrap) => {
  const h = wrap.firstElementChild!;
  const a = document.createElement('a');
  a.className = 'h-anchor';
  a.href = `#${h.id}`;
  a.textContent = '#';
  a.setAttribute('aria-label', `Copy link to “${h.textContent}”`);
  if (pageUrl) a.addEventListener('click', () => copy(`${pageUrl}#${h.id}`, a));
  wrap.append(a);
});

// Cite box: today's date as the accessed date, the page's own address when no site is configured.
const today = new Date().toISOString().slice(0, 10);
document.querySelectorAll<HTMLElement>('pre[data-copy]').forEach((pre) => {
  let text = pre.textContent!.replaceAll(pre.dataset.date!, today);
  if (!canonical && pageUrl) text = text.replaceAll(pre.dataset.url!, pageUrl);
  pre.textContent = text;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-link';
  b.textContent = 'Copy';
  b.setAttribute('aria-label', `Copy citation: ${pre.previousElementSibling?.textContent}`);
  b.addEventListener('click', () => copy(pre.textContent!, b));
  pre.after(b);
});

// "On this page": marks the section being read (wide screens show the list beside the text).
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc ol a')];
if (tocLinks.length && 'IntersectionObserver' in window) {
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        for (const l of tocLinks)
          if (l.hash === `#${e.target.id}`) l.setAttribute('aria-current', 'true');
          else l.removeAttribute('aria-current');
      }
    },
    { rootMargin: '0px 0px -70% 0px' },
  );
  for (const l of tocLinks) {
    const target = document.getElementById(decodeURIComponent(l.hash.slice(1)));
    if (target) seen.observe(target);
  }
}

// Size lens ("My organization is"): CSS folds what does not apply via <html data-lens>, which the
// head script sets from storage before first paint; here the choice is shown and remembered.
document.querySelectorAll<HTMLElement>('.lens-form').forEach((f) => {
  f.querySelectorAll('input').forEach((r) => (r.checked = r.value === (root.dataset.lens ?? '')));
  f.hidden = false;
  f.addEventListener('change', (e) => {
    const size = (e.target as HTMLInputElement).value;
    if (size) root.dataset.lens = size;
    else delete root.dataset.lens;
    try {
      localStorage.setItem('hicp-size', size);
    } catch {
      // No storage: the choice lasts for this page.
    }
  });
});

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
