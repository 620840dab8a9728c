/**
 * The search UI, loaded on demand (the reader's first move, or the /search/ page). Classic script,
 * no framework. Results are built with textContent: nothing a query or excerpt holds can run.
 */
import {
  ANY_SIZE,
  filtersFromParams,
  paramsFor,
  SEARCHING,
  statusText,
  type Backend,
  type Filters,
  type Filled,
  type Found,
  type Hit,
} from './search-core';
import { KIND_LABEL, VOLUME_LABEL, type SearchKind } from '../lib/search-contract';
import { SIZES, type Size } from '../lib/ids';

/** Keys closer together than this are one burst of typing, answered when it pauses. */
const PAUSE_MS = 60;
/** A query answered sooner than this never shows "Searching…" (no flicker while typing warm). */
const BUSY_AFTER_MS = 120;
/** How long the results wait for their excerpts before they show with their summaries. */
const EXCERPT_WAIT_MS = 300;

/**
 * Paces searches by input events: one that follows a quiet field (a paste, a first key) runs at
 * once; within a burst of typing, the search runs when the typing pauses. So result texts are
 * fetched for what the reader stopped at, not for every half-typed word, and a pasted query waits
 * for nothing.
 */
function paced(run: () => void): { input(): void; cancel(): void } {
  let timer: number | undefined;
  let last = -Infinity;
  return {
    input() {
      const now = performance.now();
      const typing = now - last < PAUSE_MS;
      last = now;
      clearTimeout(timer);
      if (typing) timer = window.setTimeout(run, PAUSE_MS);
      else run();
    },
    cancel: () => clearTimeout(timer),
  };
}

const SIZE_LABEL: Record<string, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/**
 * The size the reader saved ("My organization is"): the attribute the head script sets from
 * storage before first paint, else storage itself.
 */
export function savedSize(): Size | undefined {
  let size = document.documentElement.dataset.lens;
  if (!size)
    try {
      size = localStorage.getItem('hicp-size') ?? undefined;
    } catch {
      // No storage: no saved size.
    }
  return SIZES.find((s) => s === size);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderExcerpt(p: HTMLElement, excerpt: Hit['excerpt']): void {
  p.replaceChildren(
    ...excerpt.map((s) =>
      s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text),
    ),
  );
}

function renderHit(hit: Hit): HTMLLIElement {
  const li = el('li', 'hit');
  const a = el('a');
  a.href = hit.url;
  a.append(el('span', 'badge', KIND_LABEL[hit.kind as SearchKind] ?? hit.kind));
  if (hit.id) a.append(' ', el('span', 'badge id', hit.id));
  a.append(' ', el('span', 'hit-title', hit.title));
  li.append(a);
  const tags = [
    hit.volume ? VOLUME_LABEL[hit.volume] : undefined,
    ...hit.sizes.map((s) => SIZE_LABEL[s]),
  ].filter(Boolean) as string[];
  if (tags.length) {
    const meta = el('p', 'hit-meta');
    for (const t of tags) meta.append(el('span', 'badge', t), ' ');
    li.append(meta);
  }
  const p = el('p', 'excerpt');
  renderExcerpt(p, hit.excerpt);
  li.append(p);
  return li;
}

/** Where a results box shows the words nothing matched, and how a suggestion searches. */
interface Help {
  box: HTMLElement;
  /** The address of a search for a word. */
  link: (word: string) => string;
  /** The search page also offers the A–Z page and the threats. */
  browse: boolean;
}

/**
 * A search input and its list of result links. Keyboard: ArrowDown from the field moves focus to the
 * first result, arrows move between results, Enter opens one (it is a real link), Esc closes the
 * results and returns to the field. A live region announces how many results there are; the list
 * is marked busy while a query is answered.
 */
class ResultsBox {
  private seq = 0;
  /** How many results to show; "Show more" raises it by one page. */
  private shown: number;
  /** Set on the search page: the "Show more" button. */
  more?: HTMLButtonElement;
  help?: Help;
  /** Called with each answer (the size line of the header; the search page's chips). */
  onFound?: (found: Found) => void;

  constructor(
    private input: HTMLInputElement,
    private list: HTMLElement,
    private status: HTMLElement,
    private backend: Backend,
    private getFilters: () => Filters,
    private onShow: (open: boolean) => void,
    private limit: number,
    private options: () => { saved?: Size | undefined; excerpts: number },
    private emptyRuns = false,
  ) {
    this.shown = limit;
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('aria-label', 'Search results');
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.links()[0]) {
        e.preventDefault();
        this.links()[0]!.focus();
      } else if (e.key === 'Escape') this.close(e);
    });
    list.addEventListener('keydown', (e) => {
      const links = this.links();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (e.key === 'ArrowDown' && at < links.length - 1) links[at + 1]!.focus();
      else if (e.key === 'ArrowUp') (at > 0 ? links[at - 1]! : input).focus();
      else if (e.key === 'Escape') return this.close(e);
      else return;
      e.preventDefault();
    });
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('li > a')];
  }

  /** Esc: closes the results (a second Esc clears the field). */
  onClose?: () => void;
  private close(e: KeyboardEvent): void {
    e.preventDefault();
    if (this.list.children.length || this.status.textContent) {
      this.seq++;
      this.busy(false);
      this.show({ hits: [], total: 0 }, '');
    } else this.input.value = '';
    this.input.focus();
    this.onClose?.();
  }

  private busy(on: boolean): void {
    if (on) this.list.setAttribute('aria-busy', 'true');
    else this.list.removeAttribute('aria-busy');
  }

  /** Runs the search; `more` keeps the query and shows one more page of results. */
  async run(more = false): Promise<void> {
    const query = this.input.value.trim();
    const filters = this.getFilters();
    const seq = ++this.seq;
    this.shown = more ? this.shown + this.limit : this.limit;
    const anyFilter = filters.kind.length + filters.volume.length + filters.size.length > 0;
    // With no query, the page lists every item the filters allow; the header shows nothing.
    if (!query && !(this.emptyRuns && anyFilter)) {
      this.busy(false);
      return this.show({ hits: [], total: 0 }, '');
    }
    // Pending: the list is busy at once, and says so if the answer takes a moment (never "No
    // results" for a query still being answered).
    this.busy(true);
    const slow = window.setTimeout(() => {
      if (seq !== this.seq) return;
      this.status.textContent = SEARCHING;
      if (this.help) this.help.box.hidden = true;
      this.onShow(true);
    }, BUSY_AFTER_MS);
    try {
      const found = await this.backend.search(query, filters, this.shown, this.options());
      if (seq !== this.seq) return;
      // Excerpts that arrive within a moment are drawn with the results, so nothing moves after
      // the first paint; on a slow network the summaries show first and the excerpts follow.
      const early = await Promise.race([
        found.excerpts?.catch(() => undefined),
        new Promise<undefined>((r) => setTimeout(r, EXCERPT_WAIT_MS)),
      ]);
      if (seq !== this.seq) return;
      this.show(found, query, anyFilter);
      if (early) this.place(early);
      else this.fill(found, seq);
    } catch (err) {
      if (seq === this.seq) this.fail(err);
    } finally {
      clearTimeout(slow);
      if (seq === this.seq) this.busy(false);
    }
  }

  /** Excerpts replace the summaries as they arrive, and links move to the section they are from. */
  private fill(found: Found, seq: number): void {
    void found.excerpts?.then(
      (filled) => {
        if (seq === this.seq) this.place(filled);
      },
      () => {},
    );
  }

  private place(filled: Map<number, Filled>): void {
    const items = this.list.children;
    for (const [at, f] of filled) {
      const li = items[at];
      if (!li) continue;
      li.querySelector('a')!.href = f.url;
      renderExcerpt(li.querySelector<HTMLElement>('.excerpt')!, f.excerpt);
    }
  }

  private show(found: Found, query: string, anyFilter = false): void {
    this.list.replaceChildren(...found.hits.map(renderHit));
    this.status.textContent = statusText(found, query);
    if (this.more) this.more.hidden = found.hits.length >= found.total;
    if (this.help)
      renderHelp(this.help, query && !found.total && !found.dropped ? found : undefined);
    this.onFound?.(found);
    this.onShow(query !== '' || anyFilter);
  }

  private fail(err: unknown): void {
    this.list.replaceChildren();
    this.status.textContent = 'Search could not load. Browse every item, A to Z, instead.';
    // The search page's help offers the A–Z page (the status line cannot hold a link).
    if (this.help) renderHelp(this.help, { hits: [], total: 0 });
    this.onShow(true);
    console.warn('HICP search:', err);
  }
}

/** When nothing was found: words that were probably meant, then (search page) ways to browse. */
function renderHelp(help: Help, found: Found | undefined): void {
  const { box } = help;
  box.hidden = !found || (!help.browse && !found.suggestions?.length);
  box.replaceChildren();
  if (!found) return;
  const searchLink = (word: string) => {
    const a = el('a', undefined, word);
    a.href = help.link(word);
    return a;
  };
  if (found.suggestions?.length) {
    const p = el('p', undefined, 'Did you mean ');
    found.suggestions.forEach((w, i) => p.append(i ? ', ' : '', searchLink(w)));
    p.append('?');
    box.append(p);
  }
  if (!help.browse) return;
  const p = el('p', undefined, 'Or browse: ');
  const az = el('a', undefined, 'every item, A to Z');
  // The page's own link to the A–Z page: its address is right hosted and in the offline copy.
  az.href = document.querySelector<HTMLAnchorElement>('a[data-az]')?.href ?? '#az';
  p.append(az, ', or search for a threat: ');
  ['ransomware', 'phishing', 'lost laptop', 'medical devices', 'data loss'].forEach((w, i) =>
    p.append(i ? ', ' : '', searchLink(w)),
  );
  p.append('.');
  box.append(p);
}

/**
 * On a phone the header search opens as a sheet across the top of the screen from the field's
 * focus (search-results.css, keyed on .open); it stays open while the reader uses its results,
 * fits the space above the on-screen keyboard, and closes with its Close button, Esc or a tap
 * outside it.
 */
function sheet(form: HTMLFormElement, input: HTMLInputElement, panel: HTMLElement) {
  // Hidden until the sheet opens: on a wide screen it is never shown nor a tab stop.
  const close = el('button', 'search-close', 'Close');
  close.type = 'button';
  close.hidden = true;
  form.querySelector('button[type=submit]')!.after(close);
  const phone = matchMedia('(max-width: 40rem)');
  const fit = () => {
    const vv = window.visualViewport;
    if (vv) form.style.setProperty('--room', `${Math.round(vv.height)}px`);
  };
  window.visualViewport?.addEventListener('resize', fit);
  const open = () => {
    if (!phone.matches) return;
    fit();
    form.classList.add('open');
    close.hidden = false;
  };
  const shut = () => {
    form.classList.remove('open');
    close.hidden = true;
    panel.hidden = true;
  };
  input.addEventListener('focus', open);
  if (document.activeElement === input) open();
  close.addEventListener('click', () => {
    shut();
    input.blur();
  });
  return { shut, isOpen: () => form.classList.contains('open') };
}

/**
 * The panel the header's results drop into, made when search.js arrives: reading pages do not carry
 * its markup. "All results" leads to the form's own target (a file in the offline copy).
 */
function headerPanel(form: HTMLFormElement): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  panel.innerHTML =
    '<p role="status" class="search-status"></p><p class="all-results"><a>All results, with filters</a></p><ul id="site-search-results" class="hits"></ul>';
  panel.querySelector('a')!.setAttribute('href', form.getAttribute('action')!);
  // Inside the field's box: on a phone the box is the sheet the results open in.
  (form.querySelector('.search-box') ?? form).append(panel);
  return panel;
}

/** The search field in the header of every page: results drop down below it. */
function initHeader(form: HTMLFormElement, backend: Backend): void {
  const input = form.querySelector('input')!;
  const panel = headerPanel(form);
  const all = panel.querySelector<HTMLAnchorElement>('.all-results a')!;
  // The line on the size results are ranked for, and the "did you mean" box: made here, so reading
  // pages do not carry them.
  const sizeLine = el('p', 'search-size');
  sizeLine.hidden = true;
  panel.querySelector('[role=status]')!.after(sizeLine);
  const helpBox = el('div', 'search-help');
  helpBox.hidden = true;
  panel.append(helpBox);
  const sheetOf = sheet(form, input, panel);
  // "Show all sizes" in the panel sets the saved size aside for this page's searches only.
  let allSizes = false;
  const searchPage = new URL(form.action);
  const box = new ResultsBox(
    input,
    panel.querySelector('ul')!,
    panel.querySelector('[role=status]')!,
    backend,
    () => ({ kind: [], volume: [], size: [] }),
    (open) => {
      panel.hidden = !open;
      all.search = paramsFor(input.value.trim(), { kind: [], volume: [], size: [] });
    },
    8,
    () => ({ saved: allSizes ? undefined : savedSize(), excerpts: 8 }),
  );
  box.help = {
    box: helpBox,
    link: (word) => {
      searchPage.search = paramsFor(word, { kind: [], volume: [], size: [] });
      return searchPage.href;
    },
    browse: false,
  };
  box.onFound = (found) =>
    renderSizeLine(sizeLine, found, allSizes, () => {
      allSizes = !allSizes;
      void box.run();
    });
  box.onClose = () => {
    if (!input.value) sheetOf.shut();
  };
  const search = paced(() => void box.run());
  input.addEventListener('input', () => {
    backend.preload?.(input.value);
    // The "All results" link follows the field at once, not only when results arrive.
    all.search = paramsFor(input.value.trim(), { kind: [], volume: [], size: [] });
    // Index chunks for the words are already on their way; results when the typing pauses.
    search.input();
  });
  // The results close when the reader clicks or tabs away from the search box.
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) sheetOf.shut();
  });
  form.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    // Focus leaving for the page (a tap inside the sheet moves it nowhere: relatedTarget null).
    if (to && !form.contains(to)) sheetOf.shut();
    else if (!to && !sheetOf.isOpen()) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (panel.querySelector('li')) panel.hidden = false;
  });
  if (input.value) void box.run();
}

/**
 * The header's line on the size results are ranked for: from the query's words, or the size the
 * reader saved, with a button to rank all sizes alike for now (the saved size itself stays).
 */
function renderSizeLine(
  line: HTMLElement,
  found: Found,
  allSizes: boolean,
  toggle: () => void,
): void {
  const saved = savedSize();
  line.replaceChildren();
  line.hidden = !(found.hits.length && (found.size || (allSizes && saved)));
  if (line.hidden) return;
  const button = el('button', 'size-toggle');
  button.type = 'button';
  if (found.sizeFrom === 'query')
    line.append(`${SIZE_LABEL[found.size!]} organizations first, as your words ask.`);
  else if (found.sizeFrom === 'saved') {
    line.append(`${SIZE_LABEL[found.size!]} organizations first: your saved size. `);
    button.textContent = 'Rank all sizes alike';
    line.append(button);
  } else if (allSizes && saved) {
    line.append('All sizes ranked alike. ');
    button.textContent = `${SIZE_LABEL[saved]} organizations first`;
    line.append(button);
  }
  button.addEventListener('click', toggle);
}

/** The /search/ page: query and filters live in the URL, so searches can be shared and Back works. */
function initPage(page: HTMLElement, backend: Backend): void {
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const chips = page.querySelector<HTMLElement>('.chips')!;
  /** The size filter the reader removed ("any"): the saved size is not ticked again. */
  let anySize = false;
  const getFilters = (): Filters => ({
    kind: boxes.filter((b) => b.checked && b.name === 'kind').map((b) => b.value),
    volume: boxes.filter((b) => b.checked && b.name === 'volume').map((b) => b.value),
    size: [
      ...boxes.filter((b) => b.checked && b.name === 'size').map((b) => b.value),
      ...(anySize && !boxes.some((b) => b.checked && b.name === 'size') ? [ANY_SIZE] : []),
    ],
  });
  const results = page.querySelector<HTMLElement>('#search-results')!;
  const box = new ResultsBox(
    input,
    results,
    page.querySelector('#search-status')!,
    backend,
    getFilters,
    (open) => page.classList.toggle('has-query', open),
    // Ten a page, as search engines show: each shown result is one more file to fetch.
    10,
    () => ({ saved: savedSize(), excerpts: 10 }),
    true,
  );
  box.more = page.querySelector<HTMLButtonElement>('#search-more')!;
  box.help = {
    box: page.querySelector<HTMLElement>('#search-help')!,
    link: (word) => paramsFor(word, { kind: [], volume: [], size: [] }),
    browse: true,
  };
  box.more.addEventListener('click', () => void box.run(true));
  const count = page.querySelector<HTMLElement>('.filter-count')!;
  const sizeBoxes = boxes.filter((b) => b.name === 'size');
  // A chip for each ticked size ("Small only ×"): one tap removes it.
  const showChips = () => {
    const ticked = sizeBoxes.filter((b) => b.checked);
    chips.replaceChildren(
      ...ticked.map((b) => {
        const label = SIZE_LABEL[b.value]!;
        const chip = el('button', 'chip', `${label}${ticked.length === 1 ? ' only' : ''} `);
        chip.type = 'button';
        // The name starts with the visible words (the × is a symbol): "Small only: remove".
        chip.setAttribute('aria-label', `${label}${ticked.length === 1 ? ' only' : ''}: remove`);
        chip.append(el('span', undefined, '×'));
        chip.firstElementChild!.setAttribute('aria-hidden', 'true');
        chip.addEventListener('click', () => {
          b.checked = false;
          anySize = true;
          commit();
          input.focus();
        });
        return chip;
      }),
    );
  };
  const countFilters = () => {
    const n = boxes.filter((b) => b.checked).length;
    count.textContent = n ? `(${n})` : '';
    showChips();
  };
  // The size the reader saved is ticked for their first search here, as a chip they can remove;
  // an address that names sizes (or "any", once removed) is followed as it is.
  let savedDone = false;
  const tickSaved = () => {
    const saved = savedSize();
    if (savedDone || anySize || !saved || !input.value.trim()) return;
    savedDone = true;
    if (sizeBoxes.some((b) => b.checked)) return;
    for (const b of sizeBoxes) b.checked = b.value === saved;
    countFilters();
  };
  // One history entry per search: the first keystroke after a search opens a new entry, later
  // keystrokes update it, and Enter or a filter closes it. So Back returns to the previous search.
  let editing = false;
  const fromUrl = () => {
    editing = false;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const f = filtersFromParams(params);
    anySize = f.size.includes(ANY_SIZE);
    if (f.size.length) savedDone = true;
    for (const b of boxes) b.checked = (f[b.name as keyof Filters] ?? []).includes(b.value);
    countFilters();
    tickSaved();
    sync(false);
    void box.run();
  };
  const sync = (push: boolean) => {
    const url = location.pathname + paramsFor(input.value.trim(), getFilters());
    if (url !== location.pathname + location.search)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
  };
  const search = paced(() => {
    tickSaved();
    sync(!editing);
    editing = true;
    void box.run();
  });
  input.addEventListener('input', () => {
    backend.preload?.(input.value);
    search.input();
  });
  const commit = () => {
    tickSaved();
    countFilters();
    search.cancel();
    sync(!editing);
    editing = false;
    void box.run();
  };
  for (const b of boxes)
    b.addEventListener('change', () => {
      if (b.name === 'size' && !b.checked && !sizeBoxes.some((s) => s.checked)) anySize = true;
      commit();
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    commit();
  });
  window.addEventListener('popstate', fromUrl);
  // This script loads on the form's first use: what the reader typed or ticked before it arrived is
  // the first search. An address with a search is read as before.
  const started =
    !page.classList.contains('has-query') &&
    (input.value.trim() !== '' || boxes.some((b) => b.checked));
  if (started) {
    countFilters();
    tickSaved();
    sync(true);
    editing = document.activeElement === input;
    void box.run();
  } else fromUrl();
}

export function startSearch(backend: Backend): void {
  // search.js loads on the reader's first move: fetch the records and Pagefind now, not on the
  // first keystroke.
  backend.preload?.('');
  const page = document.getElementById('search-page');
  if (page) initPage(page, backend);
  const header = document.getElementById('site-search') as HTMLFormElement | null;
  if (header && !page) initHeader(header, backend);
}
