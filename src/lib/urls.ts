/**
 * The only place that decides URLs (DESIGN.md, firm). Pages, links, search records, redirects and
 * exports all call it, and every rule between a URL and the file that serves it lives here too.
 * URLs are promises to trainers: change one only with a redirect. Browser-safe (no Node imports).
 *
 * Vocabulary: a *URL* is root-relative with the base ("/docs/hicp/threats/2/"); a *site path* is the
 * same without the base and without the leading slash ("threats/2/"); a *file* is the site path of
 * the HTML file that serves it ("threats/2/index.html").
 */
import type { ItemRef, ShortRef, Size } from './ids';
import type { VolumeKey } from './schemas';

export function subPracticeSlug(id: string): string {
  return id.toLowerCase().replaceAll('.', '-');
}

/** A NIST CSF code in a URL: lower case, dots as dashes ("PR.IP-4" → "pr-ip-4", "RC" → "rc"). */
export function csfSlug(code: string): string {
  return code.toLowerCase().replaceAll('.', '-');
}

/** A letter's anchor on the A–Z page: "az-b"; titles that start with a digit or sign, "az-0-9". */
export function azLetterId(letter: string): string {
  return /^[a-z]$/i.test(letter) ? `az-${letter.toLowerCase()}` : 'az-0-9';
}

/** A link that leaves the site: a scheme ("https:", "mailto:") or protocol-relative ("//host"). */
export function isExternal(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
}

/** Directory part of a file or site path: "a/b/index.html" → "a/b/". */
export function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A site path as the file that serves it: "threats/2/" → "threats/2/index.html". */
export function fileOf(sitePath: string): string {
  if (sitePath === '' || sitePath.endsWith('/')) return `${sitePath}index.html`;
  const last = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  return last.includes('.') ? sitePath : `${sitePath}/index.html`;
}

/** The site path a file serves: "threats/2/index.html" → "threats/2/", "index.html" → "". */
export function sitePathOf(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html')
    ? file.slice(0, -'index.html'.length)
    : file;
}

/** Relative path from one file of the site to another (both site paths, no leading slash). */
export function relativePath(fromFile: string, toFile: string): string {
  const from = dirOf(fromFile).split('/').filter(Boolean);
  const to = toFile.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  const rel = '../'.repeat(from.length - i) + to.slice(i).join('/');
  return rel === '' ? './' : rel;
}

/** A base path with a leading and a trailing slash: "docs/hicp" → "/docs/hicp/". */
export function normalizeBase(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}

/** The anchor of one size's group in a threat page's "At your size" box: "by-size-small". */
export const threatSizeAnchor = (size: Size) => `by-size-${size}`;

export function createUrls(base = '/') {
  const root = normalizeBase(base);
  const at = (path: string) => root + path;
  const u = {
    base: root,
    home: () => at(''),
    threats: () => at('threats/'),
    threat: (n: number) => at(`threats/${n}/`),
    /** What one size starts with about a threat: its group in the threat page's "At your size". */
    threatAtSize: (n: number, size: Size) => at(`threats/${n}/#${threatSizeAnchor(size)}`),
    practices: () => at('practices/'),
    practice: (n: number) => at(`practices/${n}/`),
    subPractices: () => at('sub-practices/'),
    subPractice: (id: string) => at(`sub-practices/${subPracticeSlug(id)}/`),
    volume: (v: VolumeKey) => at(`volumes/${v}/`),
    chapter: (v: Exclude<VolumeKey, 'main'>, practice: number) => at(`volumes/${v}/${practice}/`),
    /** The whole volume on one page, for printing and PDF. */
    printVolume: (v: VolumeKey) => at(`volumes/${v}/print/`),
    page: (slug: string) => at(`${slug}/`),
    matrix: () => at('matrix/'),
    /** "Start here: small practice": the first actions for a small organization, in order. */
    startSmall: () => at('start/small/'),
    /** Every fact we could not confirm against the publication, with where to check it. */
    unconfirmed: () => at('unconfirmed/'),
    /** What is known of the 2023 edition HHS has published since the one this site renders. */
    edition2023: () => at('edition-2023/'),
    /** The three sizes: what each follows, how to tell which you are, their views and checklists. */
    sizes: () => at('sizes/'),
    /** What an organization of a size follows, practice by practice (works without JavaScript). */
    sizeView: (size: Size) => at(`sizes/${size}/`),
    /** The three checklists, and what each holds. */
    checklists: () => at('checklists/'),
    /** The self-assessment checklist of a size. */
    checklist: (size: Size) => at(`checklists/${size}/`),
    /** The checklist script, loaded by checklist pages only. */
    checklistScript: () => at('checklist.js'),
    /** The checklist's import reader and OSCAL writers: checklist.js loads it, beside itself, on first use. */
    checklistToolsScript: () => at('checklist-tools.js'),
    /** Copy links, the Cite box and the "On this page" marker: loaded on a reader's first move. */
    enhanceScript: () => at('enhance.js'),
    glossary: () => at('glossary/'),
    glossaryTerm: (slug: string) => at(`glossary/#${slug}`),
    about: () => at('about/'),
    search: () => at('search/'),
    /** Every item by title, like a book's index (works without JavaScript). */
    az: () => at('a-z/'),
    azLetter: (letter: string) => at(`a-z/#${azLetterId(letter)}`),
    downloads: () => at('downloads/'),
    /** The offline edition's zip, offered on the Downloads page. */
    offlineZip: () => at('downloads/hicp-guide-offline.zip'),
    accessibility: () => at('accessibility/'),
    /** NIST CSF 1.1 index, and one page per function, category or subcategory HICP cites. */
    csf: () => at('csf/'),
    csfCode: (code: string) => at(`csf/${csfSlug(code)}/`),
    /** NIST CSF 2.0 index, and one page per 2.0 element HICP reaches ("/csf/2.0/pr-ds-11/"). */
    csf2: () => at('csf/2.0/'),
    csf2Code: (id: string) => at(`csf/2.0/${csfSlug(id)}/`),
    /** An element's section on the CSF 2.0 index (the functions and categories only it shows). */
    csf2Section: (id: string) => at(`csf/2.0/#${csfSlug(id)}`),
    /** An open-data file, by its path under data/ ("hicp.json", "oscal/hicp-catalog.json"). */
    data: (file: string) => at(`data/${file}`),
    /** What the site is and where things are, for assistants (llmstxt.org). */
    llmsTxt: () => at('llms.txt'),
    /** The plain Markdown version of an item page, beside its HTML: ".../4-m-d/index.md". */
    itemMarkdown: (ref: ItemRef) => `${u.item(ref)}index.md`,
    /**
     * An item's link-preview image ("og/4-m-d.png", "og/threat-2.png"), or the one every other page
     * shares ("og/site.png"). Drawn by the build; not part of the offline or the saved copy.
     */
    previewImage: (ref?: ItemRef) =>
      at(
        `og/${
          !ref
            ? 'site'
            : ref.kind === 'subPractice'
              ? subPracticeSlug(ref.id)
              : `${ref.kind}-${ref.number}`
        }.png`,
      ),
    /** A file from public/ (favicon, downloads). */
    asset: (file: string) => at(file),
    /** Short link for any id (T2, P4, 4.M.D, PR.IP-4); a redirect page to the canonical URL. */
    go: (label: string) => at(`go/${label}/`),
    /** Every short link, listed. */
    goIndex: () => at('go/'),
    /** Where a short link leads. */
    shortTarget: (ref: ShortRef): string =>
      ref.kind === 'csf'
        ? u.csfCode(ref.code)
        : ref.kind === 'csf2'
          ? u.csf2Code(ref.id)
          : u.item(ref),
    /** The canonical page of an item reference. */
    item: (ref: ItemRef): string =>
      ref.kind === 'threat'
        ? u.threat(ref.number)
        : ref.kind === 'practice'
          ? u.practice(ref.number)
          : u.subPractice(ref.id),
    /** Site-root path to an absolute URL on the configured site. */
    absolute: (path: string, site: string) => new URL(path, site).href,
    /** The URL of a site path ("threats/2/" → "/docs/hicp/threats/2/"). */
    ofSitePath: (sitePath: string) => at(sitePath),
    /** The URL a built file serves ("threats/2/index.html" → "/threats/2/"). */
    ofFile: (file: string) => at(sitePathOf(file)),
    /** The site path of a URL under the base, or undefined when it is outside the base. */
    sitePath: (url: string): string | undefined =>
      url.startsWith(root) ? url.slice(root.length) : undefined,
    /** The file that serves a URL under the base ("/threats/2/#why" → "threats/2/index.html"). */
    fileOfUrl: (url: string): string | undefined => {
      const path = u.sitePath(url.split(/[?#]/)[0]!);
      return path === undefined ? undefined : fileOf(path);
    },
  };
  return u;
}

export type Urls = ReturnType<typeof createUrls>;
