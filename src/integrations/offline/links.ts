/**
 * The offline edition's link rewriting: every link becomes relative and names a file
 * (…/index.html), so the copy works when opened from disk. The URL ↔ file rules themselves are in
 * src/lib/urls.ts.
 */
import { dirOf, fileOf, isExternal, relativePath } from '../../lib/urls';

/**
 * Rewrites one URL found on page `pageFile` for the offline copy. Root-relative URLs (under `base`)
 * and relative ones become relative file paths; external URLs and pure fragments stay as they are.
 */
export function offlineUrl(value: string, pageFile: string, base = '/'): string {
  const v = value.trim();
  if (v === '' || v.startsWith('#') || isExternal(v)) return value;
  const hashAt = v.indexOf('#');
  const fragment = hashAt >= 0 ? v.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? v.slice(0, hashAt) : v;
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt >= 0 ? beforeHash.slice(queryAt) : '';
  let path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  if (path.startsWith('/')) {
    path = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
  } else {
    path = resolveRelative(dirOf(pageFile), path);
  }
  return relativePath(pageFile, fileOf(path)) + query + fragment;
}

function resolveRelative(dir: string, rel: string): string {
  const parts = (dir + rel).split('/');
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (p === '..') out.pop();
    else if (p !== '.' && (p !== '' || i === parts.length - 1)) out.push(p);
  });
  return out.join('/');
}

/** srcset: "a.png 1x, /b.png 2x" with each URL rewritten. */
export function offlineSrcset(value: string, pageFile: string, base = '/'): string {
  return value
    .split(',')
    .map((part) => {
      const [url, ...descriptor] = part.trim().split(/\s+/);
      return [offlineUrl(url ?? '', pageFile, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/** CSS text: every url(...) rewritten (url() with quotes or without). */
export function offlineCss(css: string, pageFile: string, base = '/'): string {
  return css.replace(
    /url\(\s*(['"]?)([^'")]+)\1\s*\)/g,
    (_all, q: string, url: string) => `url(${q}${offlineUrl(url, pageFile, base)}${q})`,
  );
}
