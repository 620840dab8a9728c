/**
 * What an organization of one size follows, practice by practice, for the size views and the
 * checklists. Straight from graph.applicableTo (small → small; medium → medium; large → medium and
 * large): no list of IDs is kept here.
 */
import type { Graph } from '../lib/graph';
import { APPLIES_TO, SIZES, type Size } from '../lib/ids';

/** Size labels: one home, src/lib/ids.ts. */
export { SIZE_LABEL as SIZE_NAME } from '../lib/ids';

/**
 * Who each size is, in one line of our own (the sizing page, content/pages/sizing.mdx, says how to
 * tell in full): the home page's size cards and the size and checklist index pages.
 */
export const SIZE_WHO: Record<Size, string> = {
  small: 'Few staff and systems, and nobody working full time on IT or security.',
  medium: 'Hundreds of staff, some IT staff, and no round-the-clock security center.',
  large: 'Thousands of staff, and systems by the thousand.',
};

/** Which sub-practice sizes a size follows, in words: "medium and large". */
export const appliesInWords = (size: Size) => APPLIES_TO[size].join(' and ');

export function practicesForSize(graph: Graph, size: Size) {
  return graph.practices
    .map((practice) => ({
      practice,
      items: graph.applicableTo(size, practice.data.number),
    }))
    .filter((group) => group.items.length > 0);
}

export const sizePaths = () => SIZES.map((size) => ({ params: { size } }));
