/** The hosted site also works under a sub-path when built with BASE_PATH (e.g. http://host/docs/hicp/). */
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
