/**
 * The public address rule (issue 12): with SITE_URL set, links and citations use it everywhere
 * (canonical, sitemap, Cite box, print edition, the offline copy's link home); without it the build
 * warns and no page points at a made-up host. The unset case is also what e2e/reading.spec.ts sees.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type TestBuild } from './support/build';
import { filesUnder } from '../src/integrations/built-site';

const SITE = 'https://hicp-guide.test';
let build: TestBuild;
beforeAll(() => {
  build = buildSite({ SITE_URL: SITE });
}, 240_000);
afterAll(() => build?.cleanup());

const read = (...parts: string[]) => readFileSync(join(build.dist, ...parts), 'utf8');

test('a build with SITE_URL uses it for canonical links, the sitemap, citations and print', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output).not.toContain('SITE_URL is not set');
  const threat = read('threats', '2', 'index.html');
  expect(threat).toContain(`<link rel="canonical" href="${SITE}/threats/2/">`);
  expect(threat).toMatch(new RegExp(`<pre data-copy[^>]*>[^<]*${SITE}/threats/2/`));
  expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}/sub-practices/4-m-d/</loc>`);
  expect(read('volumes', 'small', 'print', 'index.html')).toContain(
    `href="${SITE}/volumes/small/"`,
  );
  const offlineHome = readFileSync(join(build.offline, 'hicp-guide-offline', 'index.html'), 'utf8');
  expect(offlineHome).toMatch(new RegExp(`class="offline-marker"[^>]*>[^<]*<a href="${SITE}/"`));
});

test('no built file of that build names the old placeholder host', () => {
  const files = [...filesUnder(build.dist), ...filesUnder(build.offline)];
  expect(files.length).toBeGreaterThan(300);
  expect(files.filter((f) => readFileSync(f).toString('latin1').includes('example.org'))).toEqual(
    [],
  );
  expect(existsSync(join(build.dist, 'downloads', 'hicp-guide-offline.zip'))).toBe(true);
});
