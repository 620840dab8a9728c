/**
 * The offline edition as a reader gets it: the zip (not the folder the build left) unzipped into a
 * temp folder and opened from file:// in Chromium, with JavaScript on and off.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { fromHtml } from 'hast-util-from-html';
import { checkSite, htmlFiles } from '../tests/support/site-links';
import { unzipOffline, type Unzipped } from '../tests/support/build';
import { fileOf } from '../src/lib/urls';
import { shortLinks } from '../src/lib/short-links';
import { ROOT, enhance, graph, urls } from './helpers';
import { selectAll } from './select';

let zip: Unzipped;
let folder = '';
test.beforeAll(() => {
  zip = unzipOffline(join(ROOT, 'dist', 'downloads', 'hicp-guide-offline.zip'));
  expect(zip.tops).toEqual(['hicp-guide-offline']);
  folder = zip.folder;
});
test.afterAll(() => zip?.cleanup());

const fileUrl = (path: string) => pathToFileURL(join(folder, path)).href;

/** Fails the test on console errors and on any request that leaves the disk. */
function guard(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
  return problems;
}

async function walk(page: Page) {
  await page.goto(fileUrl('index.html'));
  await expect(page.locator('.offline-marker')).toContainText(
    /Offline copy · built \d{4}-\d{2}-\d{2} · edition 2018/,
  );
  // The edition notice, linking the page of what changed in the copy itself.
  await expect(page.locator('p.edition')).toContainText('This is the 2018 edition of HICP');
  await expect(page.locator('p.edition a')).toHaveAttribute('href', 'edition-2023/index.html');
  expect(
    await page.evaluate(
      () => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle,
    ),
  ).toBe('solid');
  await page.locator('main').getByRole('link', { name: 'Ransomware Attack' }).click();
  await expect(page).toHaveURL(fileUrl('threats/2/index.html'));
  await page
    .locator('section[aria-labelledby="mitigating-practices"] ul')
    .getByRole('link', { name: 'Data Protection and Loss Prevention' })
    .click();
  await expect(page).toHaveURL(fileUrl('practices/4/index.html'));
  // The card (without JavaScript "At your size" lists 4.M.D too, for medium and for large).
  await page.locator('main li.card').getByRole('link', { name: 'Backup Strategies' }).click();
  await expect(page).toHaveURL(fileUrl('sub-practices/4-m-d/index.html'));
  await page.locator('main a.id-link').first().click();
  await expect(page).toHaveURL(/\/index\.html$/);
  await page.goBack();
  await expect(page).toHaveURL(fileUrl('sub-practices/4-m-d/index.html'));
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(fileUrl('sub-practices/4-m-e/index.html'));
}

test('from file://: home → threat → practice → sub-practice and back, styled, nothing fetched from the network', async ({
  page,
}) => {
  const problems = guard(page);
  await walk(page);
  expect(problems).toEqual([]);
});

test('from file:// with JavaScript off: the same walk, and search says it needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = guard(page);
  await walk(page);
  await page.goto(fileUrl('search/index.html'));
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await page.locator('.no-js-note').getByRole('link', { name: 'every item, A to Z' }).click();
  await expect(page).toHaveURL(fileUrl('a-z/index.html'));
  expect(await page.locator('.az li a').count()).toBeGreaterThanOrEqual(104);
  expect(problems).toEqual([]);
  await context.close();
});

test('from file://: the first move brings the heading anchors, and search results are styled', async ({
  page,
}) => {
  const problems = guard(page);
  await page.goto(fileUrl('sub-practices/4-m-d/index.html'));
  await expect(page.locator('.h-anchor')).toHaveCount(0);
  await enhance(page);
  expect(await page.locator('main .h-anchor').count()).toBeGreaterThanOrEqual(3);
  // The header's results panel gets its stylesheet from the copy too.
  await page.keyboard.press('/');
  await page.keyboard.type('backups');
  await expect(page.locator('.search-panel .hit').first()).toBeVisible();
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('.search-panel')!).position),
  ).toBe('absolute');
  expect(problems).toEqual([]);
});

for (const [query, expected] of [
  ['1.M.B', 'sub-practices/1-m-b/index.html'],
  ['backups for ransomware', 'sub-practices/4-m-d/index.html'],
  ['T2', 'threats/2/index.html'],
  ['lost laptop', 'threats/3/index.html'],
  ['PR.DS-11', 'csf/2.0/pr-ds-11/index.html'],
] as const) {
  test(`offline search "${query}" puts ${expected} first`, async ({ page }) => {
    const problems = guard(page);
    await page.goto(fileUrl('practices/4/index.html'));
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    const first = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      .first()
      .locator('a');
    await expect(first).toBeVisible();
    const href = await first.getAttribute('href');
    expect(href).not.toMatch(/^(https?:|\/)/);
    await first.click();
    await expect(page).toHaveURL(
      new RegExp(`${fileUrl(expected).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#.*)?$`),
    );
    expect(problems).toEqual([]);
  });
}

test('offline search page: filters and the query in the URL', async ({ page }) => {
  const problems = guard(page);
  await page.goto(`${fileUrl('search/index.html')}?q=network%20segmentation&size=small`);
  await expect(page.locator('#search-status')).toContainText('result');
  const metas = await page.locator('#search-results .hit-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const m of metas) expect(m).toContain('Small');
  expect(problems).toEqual([]);
});

test('offline search page: nothing found offers the A–Z page of the copy', async ({ page }) => {
  const problems = guard(page);
  await page.goto(`${fileUrl('search/index.html')}?q=zzqxv`);
  await page.locator('#search-help').getByRole('link', { name: 'every item, A to Z' }).click();
  await expect(page).toHaveURL(fileUrl('a-z/index.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every item, A to Z');
  expect(problems).toEqual([]);
});

test('theme toggle and short links work offline', async ({ page }) => {
  await page.goto(fileUrl('go/T2/index.html'));
  await expect(page).toHaveURL(fileUrl('threats/2/index.html'));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('every href and src of the offline copy is relative, names a file, and resolves (anchors included)', () => {
  const { problems, pages } = checkSite(folder, '/', true);
  expect(pages).toBeGreaterThan(200);
  expect(problems).toEqual([]);
});

test('the Downloads page offers the zip with its real size and SHA-256', async ({ page }) => {
  const { createHash } = await import('node:crypto');
  const zip = readFileSync(join(ROOT, 'dist', 'downloads', 'hicp-guide-offline.zip'));
  await page.goto('/downloads/');
  await expect(page.locator('[data-download-sha]')).toHaveText(
    createHash('sha256').update(zip).digest('hex'),
  );
  await expect(page.locator('[data-download-size]')).toContainText(
    `${zip.length.toLocaleString('en-US')} bytes`,
  );
  const res = await page.request.get(
    (await page
      .getByRole('link', { name: 'hicp-guide-offline.zip' })
      .getAttribute('href')) as string,
  );
  expect(res.status()).toBe(200);
  expect((await res.body()).length).toBe(zip.length);
});

test('inside the offline copy the Downloads page points to the hosted site instead of a missing zip', async ({
  page,
}) => {
  await page.goto(fileUrl('downloads/index.html'));
  await expect(page.getByText('You are reading the offline copy')).toBeVisible();
  // A link to the hosted Downloads page only when the build knows the public address (SITE_URL).
  const hosted = page.getByRole('link', { name: 'Downloads page of the hosted site' });
  if (process.env.SITE_URL)
    await expect(hosted).toHaveAttribute('href', /^https?:\/\/[^/]+\/downloads\/$/);
  else {
    await expect(hosted).toHaveCount(0);
    await expect(page.getByText('Downloads page of the hosted site')).toBeVisible();
  }
  await expect(page.locator('[data-download-sha]')).toHaveCount(0);
});

test('no module script in the offline copy, every page says its edition, and every short link, in each spelling, forwards to its target file', () => {
  for (const file of htmlFiles(folder)) {
    const doc = fromHtml(readFileSync(file, 'utf8'));
    expect(selectAll(doc, 'script[type="module"]').nodes, file).toHaveLength(0);
    if (!file.includes('/go/') && selectAll(doc, 'meta[http-equiv="refresh"]').nodes.length === 0)
      expect(selectAll(doc, 'p.edition a').attr('href')[0], file).toMatch(
        file.endsWith('/edition-2023/index.html')
          ? /^index\.html$/
          : /^(\.\.\/)*edition-2023\/index\.html$/,
      );
  }
  for (const l of shortLinks(graph)) {
    const doc = fromHtml(readFileSync(join(folder, 'go', l.label, 'index.html'), 'utf8'));
    const target = `../../${fileOf(urls.shortTarget(l.ref).slice(1))}`;
    expect(selectAll(doc, 'meta[http-equiv="refresh"]').attr('content')[0], l.label).toBe(
      `0; url=${target}`,
    );
  }
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  return violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

// One test per page, so a slow machine never pushes one long walk past its time limit.
for (const path of ['index.html', 'sub-practices/4-m-d/index.html', 'search/index.html']) {
  test(`offline page ${path} passes axe (WCAG 2.2 AA) in both themes, marker included`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const found: string[] = [];
    await page.goto(fileUrl(path));
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      found.push(...(await axeViolations(page, `${path} ${theme}`)));
    }
    expect(found).toEqual([]);
  });
}

test('offline search results pass axe (WCAG 2.2 AA)', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(fileUrl('search/index.html'));
  await page.keyboard.press('/');
  await page.keyboard.type('backups');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await axeViolations(page, 'search results')).toEqual([]);
});
