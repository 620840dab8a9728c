import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkIdLinks } from './remark-id-links';
import type { ItemRef } from '../lib/ids';

const known = new Set(['4.M.D', 'T2', 'P4']);
const resolve = (ref: ItemRef) => {
  const key =
    ref.kind === 'subPractice' ? ref.id : `${ref.kind === 'threat' ? 'T' : 'P'}${ref.number}`;
  return known.has(key) ? { title: `Title of ${key}` } : undefined;
};

async function render(md: string, base = '/', path = 'content/x.mdx') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkIdLinks, { base, resolve })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ path, value: md }));
  return String(file);
}

describe('remarkIdLinks', () => {
  test('links sub-practice, practice and threat mentions', async () => {
    const html = await render('Do 4.M.D for Practice 4 against Threat 2.');
    expect(html).toContain(
      '<a href="/sub-practices/4-m-d/" title="Title of 4.M.D" class="id-link">4.M.D</a>',
    );
    expect(html).toContain(
      '<a href="/practices/4/" title="Title of P4" class="id-link">Practice 4</a>',
    );
    expect(html).toContain(
      '<a href="/threats/2/" title="Title of T2" class="id-link">Threat 2</a>',
    );
  });
  test("inside a Technical Volume, a practice names that volume's chapter", async () => {
    const html = await render(
      'Start with Practice 4 and 4.M.D.',
      '/',
      '/x/content/volumes/small/index.mdx',
    );
    expect(html).toContain('<a href="/volumes/small/4/" title="Title of P4" class="id-link">');
    expect(html).toContain('href="/sub-practices/4-m-d/"');
    expect(await render('Practice 4', '/', '/x/content/volumes/main/index.mdx')).toContain(
      'href="/practices/4/"',
    );
  });
  test('uses the base path', async () => {
    expect(await render('See 4.M.D.', '/docs/hicp/')).toContain(
      'href="/docs/hicp/sub-practices/4-m-d/"',
    );
  });
  test('leaves headings, code and existing links alone', async () => {
    const html = await render('## About 4.M.D\n\n`4.M.D` and [4.M.D](https://hicp-guide.test)');
    expect(html).not.toContain('id-link');
  });
  test('fails on an id that does not exist, with file and line', async () => {
    await expect(render('line one\n\nThen 4.M.Z.')).rejects.toThrow(
      /content\/x\.mdx:3: "4\.M\.Z" names an item that does not exist/,
    );
  });
});
