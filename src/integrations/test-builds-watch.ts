/**
 * What `astro dev` does not watch: the other test builds in .test-builds/. A dev-server test runs
 * over a content copy there (HICP_CONTENT_DIR) while other tests build whole sites beside it; the
 * dev server reacting to their files broke its page ("An error occurred.") in a full test run.
 * Its own content folder, and the folders above it, stay watched.
 */
import { resolve, sep } from 'node:path';

export function testBuildsIgnorer(
  root = process.cwd(),
  content = process.env.HICP_CONTENT_DIR,
): (path: string) => boolean {
  const builds = resolve(root, '.test-builds');
  const own = content ? resolve(root, content) : undefined;
  const within = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
  return (path) => {
    const p = resolve(root, path);
    if (!within(p, builds) || p === builds) return false;
    return !own || !(within(p, own) || within(own, p));
  };
}
