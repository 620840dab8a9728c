/**
 * Finding elements in a built page's tree by a test function. The steps read every page of the
 * site, and a CSS selector engine (hast-util-select) costs about ten times as much as a plain walk,
 * so hot loops use these.
 */
import type { Element, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';

/** The first element under `root` (itself excluded) that `test` accepts, in document order. */
export function findElement(
  root: Root | Element,
  test: (el: Element) => boolean,
): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (el: Element) => {
    if (el === root || !test(el)) return;
    found = el;
    return EXIT;
  });
  return found;
}

/** Every element under `root` (itself excluded) that `test` accepts, in document order. */
export function findElements(root: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (el: Element) => {
    if (el !== root && test(el)) found.push(el);
  });
  return found;
}
