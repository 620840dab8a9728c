/**
 * The Downloads page is built before the zip exists; these rewrites of its tree fill in the
 * zip's size and SHA-256 afterwards, and turn the page into "you are reading the offline copy" inside
 * the offline edition, where the zip itself is not included.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { formatSize } from '../../page-data/downloads';

export function fillDownloads(tree: Root, zip: { size: number; sha256: string }): void {
  visit(tree, 'element', (el: Element) => {
    if (el.properties.dataDownloadSize !== undefined)
      el.children = [
        {
          type: 'text',
          value: `${formatSize(zip.size)} (${zip.size.toLocaleString('en-US')} bytes)`,
        },
      ];
    if (el.properties.dataDownloadSha !== undefined)
      el.children = [{ type: 'text', value: zip.sha256 }];
  });
}

/**
 * `hostedDownloads`: absolute URL of the hosted site's Downloads page; undefined when no SITE_URL is
 * configured, and then the link becomes plain text (there is no address to send the reader to).
 */
export function markOfflineDownloads(tree: Root, hostedDownloads: string | undefined): void {
  // Its data-hosted-only parts (the zip link) are already gone: see html.ts.
  visit(tree, 'element', (el: Element) => {
    if (el.properties.dataOfflineOnly !== undefined) {
      delete el.properties.hidden;
      visit(el, 'element', (a: Element) => {
        if (a.tagName !== 'a' || a.properties.dataHostedLink === undefined) return;
        if (hostedDownloads) a.properties.href = hostedDownloads;
        else {
          a.tagName = 'span';
          delete a.properties.href;
        }
      });
    }
  });
}
