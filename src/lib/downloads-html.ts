/**
 * The Downloads page is built before the zip exists; these rewrites (real HTML parser) fill in the
 * zip's size and SHA-256 afterwards, and turn the page into "you are reading the offline copy" inside
 * the offline edition, where the zip itself is not included.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function rewrite(html: string, fn: (tree: Root) => void): string {
  const tree = fromHtml(html);
  fn(tree);
  return toHtml(tree);
}

export function fillDownloads(html: string, zip: { size: number; sha256: string }): string {
  return rewrite(html, (tree) =>
    visit(tree, 'element', (el: Element) => {
      if (el.properties.dataDownloadSize !== undefined) el.children = [{ type: 'text', value: `${formatSize(zip.size)} (${zip.size.toLocaleString('en-US')} bytes)` }];
      if (el.properties.dataDownloadSha !== undefined) el.children = [{ type: 'text', value: zip.sha256 }];
    }),
  );
}

/** `hostedDownloads`: absolute URL of the hosted site's Downloads page. */
export function markOfflineDownloads(html: string, hostedDownloads: string): string {
  return rewrite(html, (tree) => {
    visit(tree, (node) => {
      if ('children' in node)
        node.children = (node.children as Element[]).filter((c) => !(c.type === 'element' && c.properties.dataHostedOnly !== undefined));
    });
    visit(tree, 'element', (el: Element) => {
      if (el.properties.dataOfflineOnly !== undefined) {
        delete el.properties.hidden;
        visit(el, 'element', (a: Element) => {
          if (a.tagName === 'a' && a.properties.dataHostedLink !== undefined) a.properties.href = hostedDownloads;
        });
      }
    });
  });
}
