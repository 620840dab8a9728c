/** A tiny CSS-select helper over hast (hast-util-select), returning texts and attributes. */
import { selectAll as hastSelectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';

export function selectAll(tree: Root, selector: string) {
  const nodes = hastSelectAll(selector, tree) as Element[];
  return {
    nodes,
    text: () => nodes.map((n) => toString(n).trim().replace(/\s+/g, ' ')),
    attr: (name: string) =>
      nodes.map((n) => String(n.properties?.[name === 'class' ? 'className' : name] ?? '')),
  };
}
