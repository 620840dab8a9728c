/**
 * The hosted site also works under a sub-path when built with BASE_PATH (e.g. http://host/docs/hicp/):
 * links, search, the offline copy and the saved app. One build serves every test here.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSite } from '../tests/support/site-links';
import {
  buildSite,
  serveDir,
  unzipOffline,
  type Served,
  type TestBuild,
} from '../tests/support/build';
import { urls } from './helpers';
import { guard, saveGuide } from './saved-app';

const BASE = '/docs/hicp/';
let build: TestBuild;
let server: Served;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  build = buildSite({ BASE_PATH: BASE });
  expect(build.status, build.output).toBe(0);
  server = await serveDir(build.dist, BASE);
});

test.afterAll(() => {
  server?.close();
  build?.cleanup();
});

test('every link and anchor resolves under the sub-path', () => {
  const { problems, pages } = checkSite(build.dist, BASE);
  expect(pages).toBeGreaterThan(200);
  expect(problems).toEqual([]);
});

test('pages, short links and search work under the sub-path', async ({ page }) => {
  const { origin } = server;
  await page.goto(`${origin}${BASE}`);
  await page.locator('main').getByRole('link', { name: 'Ransomware Attack' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}threats/2/`);
  await page.goto(`${origin}${BASE}go/4.M.D/`);
  await expect(page).toHaveURL(`${origin}${BASE}sub-practices/4-m-d/`);
  await page.keyboard.press('/');
  await page.keyboard.type('1.M.B');
  const first = page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .first()
    .locator('a');
  await expect(first).toHaveAttribute('href', `${BASE}sub-practices/1-m-b/`);
});

test('the offline copy of a sub-path build: every search result link opens a file that exists', async ({
  page,
}) => {
  const zip = unzipOffline(join(build.dist, 'downloads', 'hicp-guide-offline.zip'));
  try {
    const from = join(zip.folder, 'practices', '4', 'index.html');
    for (const query of ['ransomware', '1.M.B', 'backups']) {
      await page.goto(pathToFileURL(from).href);
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length, query).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href, query).toMatch(/^file:/);
        const file = fileURLToPath(href.split('#')[0]!);
        expect(existsSync(file), `${query} → ${href}`).toBe(true);
        expect(file.startsWith(zip.folder), href).toBe(true);
      }
    }
  } finally {
    zip.cleanup();
  }
});

// The saved app (service worker, manifest) under the sub-path: the same build serves it.
test('the worker, its scope and the manifest follow BASE_PATH; saved pages and search work offline', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems = guard(page);
  const at = (path: string) => server.origin + BASE + path.replace(/^\//, '');
  await saveGuide(page, server.origin + BASE.slice(0, -1));
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  );
  expect(scope).toBe(at('/'));
  const manifest = await (await page.request.get(at('/manifest.webmanifest'))).json();
  expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, id: BASE });
  await context.setOffline(true);
  await page.goto(at(urls.threat(2)));
  await expect(page.locator('h1')).toContainText('Ransomware Attack');
  await page.goto(`${at(urls.search())}?q=backup`);
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}`),
  );
  expect(problems).toEqual([]);
  await context.close();
});
