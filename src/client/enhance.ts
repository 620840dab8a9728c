/**
 * enhance.js (a classic script, so it runs from file:// too), loaded by the page script on the
 * reader's first move: heading anchors that copy their link, the Cite box's accessed date, address
 * and Copy buttons, the short link's copying, the "On this page" marker, and the Menu's Esc and tap
 * outside. Marks <html data-enhanced> when done.
 */
import { pageAddress } from './page-address';

// The live region that tells screen readers "Copied" (made here: a cold page carries nothing for it).
const live = document.createElement('p');
live.id = 'copy-status';
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);
const { url: pageUrl, configured } = pageAddress();
const say = (text: string) => {
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
  if (!configured && pageUrl) text = text.replaceAll(pre.dataset.url!, pageUrl);
  pre.textContent = text;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-link';
  b.textContent = 'Copy';
  b.setAttribute('aria-label', `Copy citation: ${pre.previousElementSibling?.textContent}`);
  b.addEventListener('click', () => copy(pre.textContent!, b));
  pre.after(b);
});

// The "Short link" beside an item's ID badge (a plain link in the page, so nothing moves now) copies
// the public address of its /go/ page instead of following it. From file:// with no public address
// configured there is none to share: it stays a link.
document.querySelectorAll<HTMLAnchorElement>('.eyebrow .copy-link').forEach((a) => {
  if (!pageUrl) return;
  const short = new URL(a.getAttribute('href')!, pageUrl).href.replace(/index\.html$/, '');
  a.title = short;
  a.setAttribute('aria-label', 'Copy short link');
  a.addEventListener('click', (e) => {
    e.preventDefault();
    copy(short, a);
  });
});

// "Back to top" on phones and narrow screens, where the list beside the text (and its own "Back to
// top") is hidden: a button in the corner once the reader is a screen down. Styled here through the
// CSSOM (the CSP allows it), so a cold page carries no rule for it; paper never shows it.
const toTop = document.querySelector<HTMLAnchorElement>('.toc .to-top a');
const narrow = matchMedia('screen and (max-width: 79.99rem)');
if (toTop) {
  const pill = toTop.cloneNode(true) as HTMLAnchorElement;
  pill.dataset.toTop = '';
  Object.assign(pill.style, {
    position: 'fixed',
    right: '0.75rem',
    bottom: '0.75rem',
    zIndex: '10',
    padding: '0.4rem 0.8rem',
    background: 'var(--bg)',
    border: '1px solid var(--line)',
    borderRadius: '999px',
    boxShadow: '0 2px 8px #0003',
  });
  let printing = false;
  const show = () => (pill.hidden = printing || !narrow.matches || scrollY < innerHeight);
  show();
  document.body.append(pill);
  addEventListener('scroll', show, { passive: true });
  narrow.addEventListener('change', show);
  addEventListener('beforeprint', () => ((printing = true), show()));
  addEventListener('afterprint', () => ((printing = false), show()));
}

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

// Size lens, what can wait for the first move (page.ts does the rest; a "change" on a radio there
// applies that size and folds the page to it):
const root = document.documentElement;
const lensTo = (size: string | null) =>
  document
    .querySelector(`input[name=lens][value="${size ?? ''}"]`)
    ?.dispatchEvent(new Event('change'));
// a page back from the back-forward cache takes the size chosen since on another page;
addEventListener('pageshow', (e) => {
  try {
    if (e.persisted) lensTo(localStorage.getItem('hicp-size'));
  } catch {
    // No storage: the page keeps its size.
  }
});
// paper with no size chosen gets every size's group of "At your size", as without JavaScript;
addEventListener('beforeprint', () => {
  if (!root.dataset.lens)
    document
      .querySelectorAll<HTMLDetailsElement>('details[data-at]')
      .forEach((d) => (d.open = true));
});
addEventListener('afterprint', () => lensTo(root.dataset.lens ?? ''));
// and a link into a folded section opens it, then goes there.
addEventListener('hashchange', () => {
  const target = document.getElementById(location.hash.slice(1));
  for (let d = target; d; d = d.parentElement) if (d instanceof HTMLDetailsElement) d.open = true;
  target?.scrollIntoView();
});

// The Menu closes as other menus do: with Esc (focus back on its button) and a tap outside it.
const menu = document.querySelector<HTMLDetailsElement>('details.menu');
if (menu) {
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')!.focus();
  });
  document.addEventListener('click', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  });
}

root.dataset.enhanced = '';
