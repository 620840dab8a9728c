/**
 * rehype plugin: in a practice's body (content/practices/<n>.mdx), wraps each "What <size>
 * organizations do" section (its h2 and what follows, up to the next h2) in the fold the page's own
 * size sections use (SizeFold.astro): <details class="fold" data-fold="<size>" open> with a summary
 * that says what it holds. A reader who chose another size sees that one line and can open it; with
 * no size chosen it reads as before. A practice body without all three sections fails the build
 * (the content gate reports it first, with the fix).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SIZES, type Size } from '../lib/ids';
import { sizeOfSection, sizeSectionHeading } from '../lib/size-sections';

export interface SizeFoldOptions {
  /** How many sub-practices of a practice are of a size (the summary line says so). */
  count: (practice: number, size: Size) => number;
}

/** The practice a content file is the body of: content/practices/4.mdx → 4. */
export function practiceOfFile(path: string | undefined): number | undefined {
  const m = /(?:^|[\\/])practices[\\/](\d+)\.mdx$/.exec(path ?? '');
  return m ? Number(m[1]) : undefined;
}

/** "What large organizations do: 2 sub-practices" (or "no large sub-practices"). */
export function foldSummary(size: Size, count: number): string {
  const what =
    count === 0 ? `no ${size} sub-practices` : `${count} sub-practice${count === 1 ? '' : 's'}`;
  return `${sizeSectionHeading(size)}: ${what}`;
}

const isH2 = (node: RootContent): node is Element =>
  node.type === 'element' && node.tagName === 'h2';

export function rehypeSizeFolds(options: SizeFoldOptions) {
  return (tree: Root, file: VFile) => {
    const practice = practiceOfFile(file.path);
    if (practice === undefined) return;
    const out: RootContent[] = [];
    const found = new Set<Size>();
    let fold: Element | undefined;
    for (const node of tree.children) {
      if (isH2(node)) {
        const size = sizeOfSection(toString(node));
        fold = undefined;
        if (size) {
          found.add(size);
          fold = {
            type: 'element',
            tagName: 'details',
            properties: { className: ['fold'], dataFold: size, open: true },
            children: [
              {
                type: 'element',
                tagName: 'summary',
                properties: {},
                children: [
                  { type: 'text', value: foldSummary(size, options.count(practice, size)) },
                ],
              },
            ],
          };
          out.push(fold);
        }
      }
      if (fold) fold.children.push(node as ElementContent);
      else out.push(node);
    }
    const missing = SIZES.filter((s) => !found.has(s));
    if (missing.length)
      throw new Error(
        `${file.path}: the practice has no "## ${sizeSectionHeading(missing[0]!)}" section, which the size lens folds for readers of other sizes. Fix: add it, spelled exactly so.`,
      );
    tree.children = out;
  };
}
