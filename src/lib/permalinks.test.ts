import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectPermalinks, lostPermalinks } from './permalinks';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hicp-perma-'));
  for (const [p, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), html);
  }
  return root;
}

const page = (...ids: string[]) => `<h1 id="top">T</h1>${ids.map((i) => `<h2 id="${i}">${i}</h2>`).join('')}`;

describe('permalink manifest', () => {
  const before = collectPermalinks(site({ 'index.html': page(), 'threats/2/index.html': page('what-it-is', 'first-steps'), 'old/index.html': page('a') }));

  test('collects every page and heading anchor', () => {
    expect(before).toEqual({ '/': ['top'], '/old/': ['a', 'top'], '/threats/2/': ['first-steps', 'top', 'what-it-is'] });
  });

  test('names the URL of a removed page and the anchor of a removed heading', () => {
    const after = collectPermalinks(site({ 'index.html': page(), 'threats/2/index.html': page('what-it-is') }));
    expect(lostPermalinks(before, after)).toEqual(['/old/', '/threats/2/#first-steps']);
  });

  test('a redirect page and an anchor alias keep the promise', () => {
    const after = collectPermalinks(
      site({
        'index.html': page(),
        'threats/2/index.html': `${page('what-it-is', 'next-steps')}<span class="anchor-alias" id="first-steps"></span>`,
        'new/index.html': page('a'),
        'old/index.html': '<meta http-equiv="refresh" content="0; url=/new/"><a href="/new/">moved</a>',
      }),
    );
    expect(lostPermalinks(before, after)).toEqual([]);
  });
});
