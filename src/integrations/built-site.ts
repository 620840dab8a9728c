/**
 * The finished site as the post-build steps see it: every HTML page read and parsed once (file, URL,
 * hast tree), every other file by name. Steps change the trees; the pipeline writes each page once,
 * at the end. Node only.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createUrls, type Urls } from '../lib/urls';

/**
 * Absolute paths of every file under a folder, in a stable (sorted) order; `skip` leaves out a file
 * or a whole folder by its absolute path.
 */
export function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      if (skip(p)) return [];
      return statSync(p).isDirectory() ? filesUnder(p, skip) : [p];
    });
}

/**
 * Site paths ("threats/2/index.html", forward slashes) of every file under a folder, sorted;
 * `skip` leaves out a file or a whole folder by its site path ("pagefind").
 */
export function sitePathsUnder(
  dir: string,
  skip: (sitePath: string) => boolean = () => false,
): string[] {
  const sitePath = (f: string) => relative(dir, f).split('\\').join('/');
  return filesUnder(dir, (p) => skip(sitePath(p))).map(sitePath);
}

export interface BuiltPage {
  /** Site path of the HTML file: "threats/2/index.html". */
  file: string;
  /** The URL it serves, with the base: "/docs/hicp/threats/2/". */
  url: string;
  tree: Root;
}

/** Parse, change, serialize: for a step that rewrites HTML it is handed as text. */
export function rewriteHtml(html: string, change: (tree: Root) => void): string {
  const tree = fromHtml(html);
  change(tree);
  return toHtml(tree);
}

export class BuiltSite {
  readonly urls: Urls;
  /** Every file of the site (site paths, sorted), HTML included. */
  readonly files: string[];
  readonly pages: BuiltPage[];
  private readonly byFile: Map<string, BuiltPage>;

  constructor(
    readonly dist: string,
    base: string,
  ) {
    this.urls = createUrls(base);
    this.files = sitePathsUnder(dist);
    this.pages = this.files
      .filter((f) => f.endsWith('.html'))
      .map((file) => ({
        file,
        url: this.urls.ofFile(file),
        tree: fromHtml(readFileSync(join(dist, file), 'utf8')),
      }));
    this.byFile = new Map(this.pages.map((p) => [p.file, p]));
  }

  private frozen: Map<string, string> | undefined;

  page(file: string): BuiltPage | undefined {
    return this.byFile.get(file);
  }

  /** Adds a page made by a step rather than by Astro (written with the others at the end). */
  addPage(file: string, tree: Root): BuiltPage {
    if (this.byFile.has(file)) throw new Error(`${file} is already a page of the built site`);
    const page = { file, url: this.urls.ofFile(file), tree };
    this.pages.push(page);
    this.byFile.set(file, page);
    return page;
  }

  /** Every page's HTML as its tree is now, by file. */
  serialize(): Map<string, string> {
    return new Map(this.pages.map((p) => [p.file, toHtml(p.tree)]));
  }

  /**
   * The pages' final HTML, serialized once: the last step calls it when it changes no page after,
   * and `write` writes these very strings instead of serializing again.
   */
  freeze(): Map<string, string> {
    this.frozen = this.serialize();
    return this.frozen;
  }

  /** Writes every page: once per build, after the last step. */
  write(): void {
    const html = this.frozen ?? this.serialize();
    for (const p of this.pages) {
      const target = join(this.dist, p.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, html.get(p.file)!);
    }
  }
}

/** The target of a `<meta http-equiv="refresh" content="0; url=…">` element, if it is one. */
export function refreshTarget(el: Element): string | undefined {
  if (el.tagName !== 'meta' || String(el.properties.httpEquiv ?? '').toLowerCase() !== 'refresh')
    return undefined;
  const m = /url=(.+)$/i.exec(String(el.properties.content ?? ''));
  return m ? m[1]!.trim() : undefined;
}
