/**
 * A page's Content-Security-Policy: every inline script and style allowed by its SHA-256 hash,
 * everything else only from the site itself. Used by the "csp" step (hosted pages) and the offline
 * edition (file://).
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface CspOptions {
  /** Pagefind compiles WebAssembly: hosted pages that can search need 'wasm-unsafe-eval'. */
  wasm: boolean;
  /** The offline copy runs from file://, where 'self' matches no file: allow file: sources there. */
  offline: boolean;
}

export function policyFor(tree: Root, o: CspOptions): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'script' && el.properties.src === undefined) scripts.add(hash(toString(el)));
    if (el.tagName === 'style') styles.add(hash(toString(el)));
  });
  const self = o.offline ? "'self' file:" : "'self'";
  return [
    `default-src ${self}`,
    `script-src ${self}${o.wasm ? " 'wasm-unsafe-eval'" : ''} ${[...scripts].sort().join(' ')}`.trim(),
    `style-src ${self} ${[...styles].sort().join(' ')}`.trim(),
    `img-src ${self} data:`,
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${self}`,
  ].join('; ');
}

/** Adds (or replaces) the page's CSP meta tag, right after <meta charset>. */
export function applyCsp(tree: Root, o: CspOptions): void {
  let head: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'head') head = el;
  });
  if (!head) return;
  head.children = head.children.filter(
    (c) =>
      !(
        c.type === 'element' &&
        String(c.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy'
      ),
  );
  const policy = policyFor(tree, o);
  const at = head.children.findIndex(
    (c) => c.type === 'element' && c.tagName === 'meta' && c.properties.charSet !== undefined,
  );
  head.children.splice(at + 1, 0, {
    type: 'element',
    tagName: 'meta',
    properties: { httpEquiv: 'Content-Security-Policy', content: policy },
    children: [],
  });
}
