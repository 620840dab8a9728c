import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { testBuildsIgnorer } from './test-builds-watch';

const root = '/repo';
const own = join(root, '.test-builds', 'dev-abc', 'content');

describe('testBuildsIgnorer', () => {
  const ignored = testBuildsIgnorer(root, own);

  it('ignores other test builds and their files', () => {
    expect(ignored('/repo/.test-builds/build-x')).toBe(true);
    expect(ignored('/repo/.test-builds/edited-y/content/sub-practices/4.M.D.mdx')).toBe(true);
    expect(ignored('/repo/.test-builds/dev-abc/cache/data-store.json')).toBe(true);
  });

  it('keeps the dev server’s own content and the folders above it', () => {
    expect(ignored('/repo/.test-builds')).toBe(false);
    expect(ignored('/repo/.test-builds/dev-abc')).toBe(false);
    expect(ignored(own)).toBe(false);
    expect(ignored(join(own, 'sub-practices', '4.M.D.mdx'))).toBe(false);
  });

  it('leaves the rest of the project alone, with or without a content copy', () => {
    expect(ignored('/repo/src/pages/index.astro')).toBe(false);
    expect(ignored('content/threats/1.mdx')).toBe(false);
    const plain = testBuildsIgnorer(root, undefined);
    expect(plain('/repo/.test-builds/build-x/dist/index.html')).toBe(true);
    expect(plain('/repo/content/threats/1.mdx')).toBe(false);
  });
});
