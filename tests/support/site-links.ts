/**
 * Checks a built site folder: every internal href/src/form action resolves to a file, every #fragment exists on
 * its target page, and every page can be reached from the home page. Parses HTML with a real parser.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { filesUnder, refreshTarget } from '../../src/integrations/built-site';
import { isExternal } from '../../src/lib/urls';

export { filesUnder };

export interface PageFacts {
  ids: Set<string>;
  links: { attr: string; value: string }[];
}

export function readPage(html: string): PageFacts {
  const tree = fromHtml(html);
  const facts: PageFacts = { ids: new Set(), links: [] };
  visit(tree, 'element', (el) => {
    const p = el.properties ?? {};
    if (typeof p.id === 'string') facts.ids.add(p.id);
    if (el.tagName === 'a' && typeof p.name === 'string') facts.ids.add(p.name);
    for (const attr of ['href', 'src', 'action'] as const) {
      const v = p[attr];
      if (typeof v === 'string') facts.links.push({ attr, value: v });
    }
    const refresh = refreshTarget(el);
    if (refresh !== undefined) facts.links.push({ attr: 'refresh', value: refresh });
  });
  return facts;
}

/** Absolute paths of every HTML file under a folder. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/**
 * `base` is the URL path the site is served under ("/" or "/docs/hicp/"). With `filesOnly` (the
 * offline edition) every internal link must be relative and name a file, never a bare folder.
 */
export function checkSite(
  dist: string,
  base = '/',
  filesOnly = false,
): { problems: LinkProblem[]; pages: number; links: number } {
  const files = filesUnder(dist).map((f) => relative(dist, f).split('\\').join('/'));
  const html = files.filter((f) => f.endsWith('.html'));
  const facts = new Map(html.map((f) => [f, readPage(readFileSync(join(dist, f), 'utf8'))]));
  const problems: LinkProblem[] = [];
  let links = 0;

  /** Maps a link on `page` to the file it names (or undefined when it leaves the site). */
  const target = (
    page: string,
    value: string,
  ): { file?: string; fragment?: string; external: boolean } => {
    if (isExternal(value)) return { external: true };
    const [pathPart, fragment] = value.split('#', 2) as [string, string | undefined];
    if (pathPart === '') return { file: page, fragment, external: false };
    let path = pathPart.split('?')[0]!;
    if (path.startsWith('/')) {
      if (!path.startsWith(base))
        return { file: `(outside base ${base}) ${path}`, fragment, external: false };
      path = path.slice(base.length);
    } else {
      path = posix.join(posix.dirname(page), path);
    }
    path = posix.normalize(path).replace(/^\.\//, '');
    if (path === '.' || path === '') path = 'index.html';
    else if (path.endsWith('/')) path += 'index.html';
    else if (!existsSync(join(dist, path)) && existsSync(join(dist, path, 'index.html')))
      path += '/index.html';
    return {
      file: decodeURIComponent(path),
      fragment: fragment && decodeURIComponent(fragment),
      external: false,
    };
  };

  const reached = new Set<string>();
  const queue = ['index.html'];
  while (queue.length) {
    const page = queue.pop()!;
    if (reached.has(page)) continue;
    reached.add(page);
    for (const l of facts.get(page)?.links ?? []) {
      const t = target(page, l.value);
      if (t.file?.endsWith('.html') && facts.has(t.file) && !reached.has(t.file))
        queue.push(t.file);
    }
  }

  for (const [page, f] of facts) {
    for (const l of f.links) {
      const t = target(page, l.value);
      if (t.external) continue;
      links += 1;
      if (filesOnly) {
        const path = l.value.split(/[?#]/)[0]!;
        if (path.startsWith('/'))
          problems.push({
            page,
            link: l.value,
            problem: 'not relative: breaks when opened from disk',
          });
        else if (path !== '' && (path.endsWith('/') || path === '.' || path === '..'))
          problems.push({
            page,
            link: l.value,
            problem: 'names a folder, not a file: file:// shows a directory listing',
          });
      }
      if (!t.file || !files.includes(t.file)) {
        problems.push({ page, link: l.value, problem: `no file ${t.file}` });
        continue;
      }
      if (t.fragment && t.file.endsWith('.html') && !facts.get(t.file)!.ids.has(t.fragment))
        problems.push({
          page,
          link: l.value,
          problem: `no element with id "${t.fragment}" in ${t.file}`,
        });
    }
    if (!reached.has(page) && page !== '404.html' && !page.startsWith('go/'))
      problems.push({
        page,
        link: '',
        problem: 'orphan: no chain of links from the home page reaches it',
      });
  }
  return { problems, pages: html.length, links };
}
