/**
 * The search UI, loaded on demand (first focus of a search field, or the /search/ page). Classic
 * script, no framework. Results are built with textContent: nothing a query or excerpt holds can run.
 */
import { filtersFromParams, paramsFor, statusText, type Backend, type Filters, type Found, type Hit } from './search-core';
import { KIND_LABEL, VOLUME_LABEL, type SearchKind } from '../lib/search-terms';

const SIZE_LABEL: Record<string, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderHit(hit: Hit, id: string): HTMLLIElement {
  const li = el('li', 'hit');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const a = el('a');
  a.href = hit.url;
  a.tabIndex = -1;
  a.append(el('span', 'badge', KIND_LABEL[hit.kind as SearchKind] ?? hit.kind));
  if (hit.id) a.append(' ', el('span', 'badge id', hit.id));
  a.append(' ', el('span', 'hit-title', hit.title));
  li.append(a);
  const tags = [hit.volume ? VOLUME_LABEL[hit.volume] : undefined, ...hit.sizes.map((s) => SIZE_LABEL[s])].filter(Boolean) as string[];
  if (tags.length) {
    const meta = el('p', 'hit-meta');
    for (const t of tags) meta.append(el('span', 'badge', t), ' ');
    li.append(meta);
  }
  const p = el('p', 'excerpt');
  for (const s of hit.excerpt) p.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
  li.append(p);
  return li;
}

/** An input that drives a list of results (ARIA combobox with a listbox popup). */
class ResultsBox {
  private hits: Hit[] = [];
  private active = -1;
  private seq = 0;

  constructor(
    private input: HTMLInputElement,
    private list: HTMLElement,
    private status: HTMLElement,
    private backend: Backend,
    private getFilters: () => Filters,
    private onShow: (open: boolean) => void,
    private limit: number,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    input.addEventListener('keydown', (e) => this.key(e));
  }

  async run(): Promise<void> {
    const query = this.input.value.trim();
    const seq = ++this.seq;
    if (!query) return this.show({ hits: [], total: 0 }, '');
    try {
      const found = await this.backend.search(query, this.getFilters(), this.limit);
      if (seq === this.seq) this.show(found, query);
    } catch (err) {
      if (seq === this.seq) this.fail(err);
    }
  }

  private show(found: Found, query: string): void {
    const { hits } = found;
    this.hits = hits;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(...hits.map((h, i) => renderHit(h, `${this.list.id}-${i}`)));
    this.status.textContent = statusText(found, query);
    const open = query !== '';
    this.input.setAttribute('aria-expanded', String(open && hits.length > 0));
    this.onShow(open);
  }

  private fail(err: unknown): void {
    this.list.replaceChildren();
    this.status.textContent = 'Search could not load. Browse the A–Z index instead.';
    this.onShow(true);
    console.warn('HICP search:', err);
  }

  private move(to: number): void {
    const items = this.list.children;
    if (!items.length) return;
    this.active = (to + items.length) % items.length;
    [...items].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const li = items[this.active] as HTMLElement;
    this.input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') this.move(this.active + 1);
    else if (e.key === 'ArrowUp') this.move(this.active - 1);
    else if (e.key === 'Enter' && this.active >= 0 && this.hits[this.active]) {
      e.preventDefault();
      location.href = (this.list.children[this.active]!.querySelector('a') as HTMLAnchorElement).href;
      return;
    } else if (e.key === 'Escape') {
      if (this.input.getAttribute('aria-expanded') === 'true' || this.status.textContent) {
        this.seq++;
        this.show({ hits: [], total: 0 }, '');
      } else this.input.value = '';
    } else return;
    e.preventDefault();
  }
}

/** The search field in the header of every page: results drop down below it. */
function initHeader(form: HTMLFormElement, backend: Backend): void {
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const box = new ResultsBox(
    input,
    panel.querySelector('ul')!,
    panel.querySelector('[role=status]')!,
    backend,
    () => ({ kind: [], volume: [], size: [] }),
    (open) => {
      panel.hidden = !open;
    },
    8,
  );
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void box.run(), 30);
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) panel.hidden = true;
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
    20,
  );
  // One history entry per search: the first keystroke after a search opens a new entry, later
  // keystrokes update it, and Enter or a filter closes it. So Back returns to the previous search.
  let editing = false;
  const fromUrl = () => {
    editing = false;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const f = filtersFromParams(params);
    for (const b of boxes) b.checked = (f[b.name as keyof Filters] ?? []).includes(b.value);
    void box.run();
  };
  const sync = (push: boolean) => {
    const url = location.pathname + paramsFor(input.value.trim(), getFilters());
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      sync(!editing);
      editing = true;
      void box.run();
    }, 30);
  });
  const commit = () => {
    clearTimeout(timer);
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
  page.classList.add('js');
  fromUrl();
  if (!input.value) input.focus();
}

export function startSearch(backend: Backend): void {
  const page = document.getElementById('search-page');
  if (page) initPage(page, backend);
  const header = document.getElementById('site-search') as HTMLFormElement | null;
  if (header && !page) initHeader(header, backend);
}
