/**
 * The list of data files: deterministic bytes, and a content change changes exactly the files that
 * carry it (run over the small fixture content, no build needed).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContentTree, MIN_FIXTURE } from '../../../tests/support/content-tree';
import { openDataContext } from '../../../tests/support/open-data';
import { dataFiles, llmsText } from './files';

const hashes = (contentDir: string) =>
  Object.fromEntries(dataFiles(openDataContext(contentDir)).map((f) => [f.file, f.sha256]));

describe('open-data files', () => {
  test('the same content gives the same bytes; size and hash are of the UTF-8 text', () => {
    const a = dataFiles(openDataContext());
    const b = dataFiles(openDataContext());
    expect(a.map((f) => f.sha256)).toEqual(b.map((f) => f.sha256));
    for (const f of a) expect(f.bytes).toBe(Buffer.byteLength(f.text, 'utf8'));
    expect(a.map((f) => f.file)).toEqual([
      'hicp.json',
      'hicp.schema.json',
      'threats.csv',
      'practices.csv',
      'sub-practices.csv',
      'oscal/hicp-catalog.json',
      'oscal/hicp-profile-small.json',
      'oscal/hicp-profile-medium.json',
      'oscal/hicp-profile-large.json',
      'oscal/hicp-csf-mapping.json',
      'oscal/hicp-csf2-mapping.json',
    ]);
  });

  test('a changed sub-practice title changes the data that carry it, and their hashes', () => {
    const before = hashes(makeContentTree());
    const file = join(MIN_FIXTURE, 'sub-practices', '1.M.A.mdx');
    const original = readFileSync(file, 'utf8');
    const title = /^title: .*$/m.exec(original)![0];
    const changed = makeContentTree({
      'sub-practices/1.M.A.mdx': original.replace(title, 'title: "A renamed sub-practice"'),
    });
    const after = hashes(changed);
    const ctx = openDataContext(changed);
    expect(ctx.graph.subPractice('1.M.A').data.title).toBe('A renamed sub-practice');
    for (const f of ['hicp.json', 'sub-practices.csv', 'oscal/hicp-catalog.json'])
      expect(after[f], f).not.toBe(before[f]);
    for (const f of [
      'hicp.schema.json',
      'threats.csv',
      'practices.csv',
      'oscal/hicp-csf-mapping.json',
      'oscal/hicp-csf2-mapping.json',
    ])
      expect(after[f], f).toBe(before[f]);
    expect(dataFiles(ctx).find((f) => f.file === 'sub-practices.csv')!.text).toContain(
      '"A renamed sub-practice"',
    );
  });

  test('under a sub-path every link in the data carries the base', () => {
    const ctx = openDataContext('content', '/docs/hicp/');
    const json = JSON.parse(dataFiles(ctx).find((f) => f.file === 'hicp.json')!.text);
    expect(json.subPractices[0].url).toBe('https://hicp-guide.test/docs/hicp/sub-practices/1-s-a/');
    expect(llmsText(ctx)).toContain('(https://hicp-guide.test/docs/hicp/data/hicp.json)');
  });

  test('llms.txt links every volume and every data file', () => {
    const ctx = openDataContext();
    const text = llmsText(ctx);
    expect(text.startsWith('# HICP Guide\n\n> ')).toBe(true);
    for (const v of ctx.graph.volumes)
      expect(text).toContain(`](https://hicp-guide.test${ctx.urls.volume(v.data.volume)})`);
    for (const f of dataFiles(ctx)) expect(text).toContain(`](https://hicp-guide.test${f.url})`);
    expect(text).toContain('(https://hicp-guide.test/sub-practices/4-m-d/index.md)');
  });
});
