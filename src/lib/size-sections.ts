/**
 * The prose sections of a practice page that speak to one size ("What small organizations do").
 * The content gate requires all three on every practice, and the build folds the ones for other
 * sizes when a reader has chosen a size (src/integrations/rehype-size-folds.ts): both read the
 * heading text from here, so an edited heading fails the build instead of silently not folding.
 */
import { SIZES, type Size } from './ids';

export const sizeSectionHeading = (size: Size) => `What ${size} organizations do`;

/** The size a level-2 heading of a practice body speaks to, if it is one of those sections. */
export function sizeOfSection(heading: string): Size | undefined {
  return SIZES.find((size) => heading.trim() === sizeSectionHeading(size));
}
