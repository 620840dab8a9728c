/** The hosted site also works under a sub-path when built with BASE_PATH (e.g. http://host/docs/hicp/). */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite } from '../tests/support/site-links';
import { ROOT } from './helpers';

const BASE = '/docs/hicp/';
const PORT = 4396;
let out = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  out = join(mkdtempSync(join(tmpdir(), 'hicp-subpath-')), 'dist');
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
    {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: BASE },
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stderr + build.stdout).toBe(0);
  server = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--dir', out, '--port', String(PORT), '--base', BASE],
    { cwd: ROOT, stdio: 'ignore' },
  );
  await new Promise((r) => setTimeout(r, 800));
});

test.afterAll(() => server?.kill());

test('every link and anchor resolves under the sub-path', () => {
  const { problems, pages } = checkSite(out, BASE);
  expect(pages).toBeGreaterThan(200);
  expect(problems).toEqual([]);
});

test('pages, short links and search work under the sub-path', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}`;
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
