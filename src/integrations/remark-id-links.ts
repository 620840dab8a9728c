/**
 * remark plugin: turns prose mentions of items (4.M.D, Practice 4, Threat 2) into links, through
 * the URL module. A mention of an ID that does not exist fails the build with file and line.
 * Mentions inside headings, links and code are left as they are. Inside a Technical Volume's files
 * (content/volumes/small/, content/volumes/medium-large/), "Practice 4" names that volume's chapter,
 * so a small practice reading Volume 1 stays in the small chapters.
 */
import type { Root, PhrasingContent, Text } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { findMentions, type ItemRef } from '../lib/ids';
import { createUrls } from '../lib/urls';

export interface IdLinkOptions {
  base?: string;
  /** Answers whether an item exists and what its title is. */
  resolve: (ref: ItemRef) => { title: string } | undefined;
}

const SKIP_INSIDE = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** The Technical Volume a content file belongs to, from its path. */
function volumeOfFile(path: string | undefined): 'small' | 'medium-large' | undefined {
  const m = /(?:^|[\\/])volumes[\\/](small|medium-large)[\\/]/.exec(path ?? '');
  return m ? (m[1] as 'small' | 'medium-large') : undefined;
}

export function remarkIdLinks(options: IdLinkOptions) {
  const urls = createUrls(options.base ?? '/');
  return (tree: Root, file: VFile) => {
    const volume = volumeOfFile(file.path);
    const href = (ref: ItemRef) =>
      volume && ref.kind === 'practice' ? urls.chapter(volume, ref.number) : urls.item(ref);
    const edits: {
      parent: { children: PhrasingContent[] };
      node: Text;
      parts: PhrasingContent[];
    }[] = [];
    visitParents(tree, (node, ancestors) => {
      if (SKIP_INSIDE.has(node.type)) return SKIP;
      if (node.type !== 'text') return undefined;
      const mentions = findMentions(node.value);
      if (!mentions.length) return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of mentions) {
        const item = options.resolve(m.ref);
        if (!item) {
          const where = node.position ? `:${node.position.start.line}` : '';
          throw new Error(
            `${file.path ?? 'content'}${where}: "${m.text}" names an item that does not exist. Fix: correct the ID, or reword so that it is not read as an ID.`,
          );
        }
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({
          type: 'link',
          url: href(m.ref),
          title: item.title,
          data: { hProperties: { className: ['id-link'] } },
          children: [{ type: 'text', value: m.text }],
        });
        last = m.index + m.text.length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      edits.push({
        parent: ancestors[ancestors.length - 1] as unknown as { children: PhrasingContent[] },
        node,
        parts,
      });
      return undefined;
    });
    for (const { parent, node, parts } of edits) {
      const i = parent.children.indexOf(node);
      parent.children.splice(i, 1, ...parts);
    }
  };
}
