/**
 * The search UI, loaded on demand (first focus of a search field, or the /search/ page). Classic
 * script, no framework. Results are built with textContent: nothing a query or excerpt holds can run.
 */
import {
  filtersFromParams,
  paramsFor,
  statusText,
  type Backend,
  type Filters,
  type Found,
  type Hit,
} from './search-core';
import { KIND_LABEL, VOLUME_LABEL, type SearchKind } from '../lib/search-contract';

/** Keys closer together than this are one burst of typing, answered when it pauses. */
const PAUSE_MS = 60;

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
  for (const s of hit.excerpt)
    p.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
  li.append(p);
  return li;
}

/**
 * A search input and its list of result links. Keyboard: ArrowDown from the field moves focus to the
 * first result, arrows move between results, Enter opens one (it is a real link), Esc closes the
 * results and returns to the field. A live region announces how many results there are.
 */
class ResultsBox {
  private seq = 0;
  /** How many results to show; "Show more" raises it by one page. */
  private shown: number;
  /** Set on the search page: the "Show more" button and the no-results help. */
  more?: HTMLButtonElement;
  help?: HTMLElement;

  constructor(
    private input: HTMLInputElement,
    private list: HTMLElement,
    private status: HTMLElement,
    private backend: Backend,
    private getFilters: () => Filters,
    private onShow: (open: boolean) => void,
    private limit: number,
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

  private close(e: KeyboardEvent): void {
    e.preventDefault();
    if (this.list.children.length || this.status.textContent) {
      this.seq++;
      this.show({ hits: [], total: 0 }, '');
    } else this.input.value = '';
    this.input.focus();
  }

  /** Runs the search; `more` keeps the query and shows one more page of results. */
  async run(more = false): Promise<void> {
    const query = this.input.value.trim();
    const filters = this.getFilters();
    const seq = ++this.seq;
    this.shown = more ? this.shown + this.limit : this.limit;
    const anyFilter = filters.kind.length + filters.volume.length + filters.size.length > 0;
    // With no query, the page lists every item the filters allow; the header shows nothing.
    if (!query && !(this.emptyRuns && anyFilter)) return this.show({ hits: [], total: 0 }, '');
    try {
      const found = await this.backend.search(query, filters, this.shown);
      if (seq === this.seq) this.show(found, query, anyFilter);
    } catch (err) {
      if (seq === this.seq) this.fail(err);
    }
  }

  private show(found: Found, query: string, anyFilter = false): void {
    this.list.replaceChildren(...found.hits.map(renderHit));
    this.status.textContent = statusText(found, query);
    if (this.more) this.more.hidden = found.hits.length >= found.total;
    if (this.help) renderHelp(this.help, query && !found.total ? found : undefined);
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

/** When nothing was found: words that were probably meant, then the ways to browse. */
function renderHelp(help: HTMLElement, found: Found | undefined): void {
  help.hidden = !found;
  help.replaceChildren();
  if (!found) return;
  const searchLink = (word: string) => {
    const a = el('a', undefined, word);
    a.href = paramsFor(word, { kind: [], volume: [], size: [] });
    return a;
  };
  if (found.suggestions?.length) {
    const p = el('p', undefined, 'Did you mean ');
    found.suggestions.forEach((w, i) => p.append(i ? ', ' : '', searchLink(w)));
    p.append('?');
    help.append(p);
  }
  const p = el('p', undefined, 'Or browse: ');
  const az = el('a', undefined, 'every item, A to Z');
  // The page's own link to the A–Z page: its address is right hosted and in the offline copy.
  az.href = document.querySelector<HTMLAnchorElement>('a[data-az]')?.href ?? '#az';
  p.append(az, ', or search for a threat: ');
  ['ransomware', 'phishing', 'lost laptop', 'medical devices', 'data loss'].forEach((w, i) =>
    p.append(i ? ', ' : '', searchLink(w)),
  );
  p.append('.');
  help.append(p);
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
    '<p role="status" class="search-status"></p><ul id="site-search-results" class="hits"></ul><p class="all-results"><a>All results, with filters</a></p>';
  panel.querySelector('a')!.setAttribute('href', form.getAttribute('action')!);
  form.append(panel);
  return panel;
}

/** The search field in the header of every page: results drop down below it. */
function initHeader(form: HTMLFormElement, backend: Backend): void {
  const input = form.querySelector('input')!;
  const panel = headerPanel(form);
  const all = panel.querySelector<HTMLAnchorElement>('.all-results a')!;
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
  );
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
    if (!form.contains(e.target as Node)) panel.hidden = true;
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (panel.querySelector('li')) panel.hidden = false;
  });
  if (input.value) void box.run();
}

/** The /search/ page: query and filters live in the URL, so searches can be shared and Back works. */
function initPage(page: HTMLElement, backend: Backend): void {
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const getFilters = (): Filters => ({
    kind: boxes.filter((b) => b.checked && b.name === 'kind').map((b) => b.value),
    volume: boxes.filter((b) => b.checked && b.name === 'volume').map((b) => b.value),
    size: boxes.filter((b) => b.checked && b.name === 'size').map((b) => b.value),
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
    true,
  );
  box.more = page.querySelector<HTMLButtonElement>('#search-more')!;
  box.help = page.querySelector<HTMLElement>('#search-help')!;
  box.more.addEventListener('click', () => void box.run(true));
  const count = page.querySelector<HTMLElement>('.filter-count')!;
  const countFilters = () => {
    const n = boxes.filter((b) => b.checked).length;
    count.textContent = n ? `(${n})` : '';
  };
  // One history entry per search: the first keystroke after a search opens a new entry, later
  // keystrokes update it, and Enter or a filter closes it. So Back returns to the previous search.
  let editing = false;
  const fromUrl = () => {
    editing = false;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const f = filtersFromParams(params);
    for (const b of boxes) b.checked = (f[b.name as keyof Filters] ?? []).includes(b.value);
    countFilters();
    void box.run();
  };
  const sync = (push: boolean) => {
    const url = location.pathname + paramsFor(input.value.trim(), getFilters());
    if (url !== location.pathname + location.search)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
  };
  const search = paced(() => {
    sync(!editing);
    editing = true;
    void box.run();
  });
  input.addEventListener('input', () => {
    backend.preload?.(input.value);
    search.input();
  });
  const commit = () => {
    countFilters();
    search.cancel();
    sync(!editing);
    editing = false;
    void box.run();
  };
  for (const b of boxes) b.addEventListener('change', commit);
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
    sync(true);
    editing = document.activeElement === input;
    void box.run();
  } else fromUrl();
}

export function startSearch(backend: Backend): void {
  // search.js loads on the field's first focus: fetch Pagefind and its WebAssembly now, not on the
  // first keystroke.
  backend.preload?.('');
  const page = document.getElementById('search-page');
  if (page) initPage(page, backend);
  const header = document.getElementById('site-search') as HTMLFormElement | null;
  if (header && !page) initHeader(header, backend);
}
