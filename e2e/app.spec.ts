/**
 * The hosted guide kept on a phone (service worker, src/client/sw.ts + keep.ts): nothing loads until
 * the reader asks; once saved, every page and search work with no network; a second build reaches a
 * saved copy without mixing editions; removing it leaves no cache; the manifest, icons, worker size,
 * CSP and accessibility hold; the offline zip carries none of it.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { buildSite, serveDir, type Served, type TestBuild } from '../tests/support/build';
import { ROOT, urls } from './helpers';
import { guard, saveGuide } from './saved-app';

const PHONE = { width: 390, height: 844 };
const PREFIX = 'hicp-guide-';

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const editionOfPage = (page: Page) => page.locator('header [data-keep]').getAttribute('data-build');

test.describe('before the reader asks', () => {
  test('a reading page loads only its enhancements and saves nothing; the control shows the size first', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(urls.subPractice('4.M.D'), { waitUntil: 'networkidle' });
    // Wait for the script itself rather than a fixed time: on a loaded CI machine 300 ms was too
    // short, and the list was still empty.
    const enhance = page.waitForRequest((r) => new URL(r.url()).pathname === urls.enhanceScript());
    await page.mouse.wheel(0, 4000);
    await enhance;
    await page.waitForTimeout(500); // room for anything else the move would (wrongly) fetch
    // Scrolling is a first move: it fetches enhance.js (copy links, the Cite box) and warms search
    // (search.js, its styles, the record set, Pagefind's first files); nothing is saved.
    const fetched = requests.filter((p) => p !== urls.subPractice('4.M.D') && p !== '/favicon.svg');
    expect(fetched[0]).toBe(urls.enhanceScript());
    expect(
      fetched
        .slice(1)
        .filter(
          (p) => !/^\/(search\.js|search-results\.css|search-records\.json|pagefind\/)/.test(p),
        ),
    ).toEqual([]);
    // On a phone the control sits in the header's Menu.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.locator('.menu [data-keep]')).toBeVisible();
    await expect(page.locator('.menu [data-keep-status]')).toContainText(
      /about \d+(\.\d)? MB to download \(\d+(\.\d)? MB on the device\)/,
    );
    expect(await registrations(page)).toBe(0);
    expect(await cacheNames(page)).toEqual([]);
  });

  test('the worker is one small classic script of the site, no imports from elsewhere', () => {
    const sw = readFileSync(join(ROOT, 'dist', 'sw.js'));
    expect(gzipSync(sw).length).toBeLessThanOrEqual(10 * 1024);
    const text = sw.toString('utf8');
    expect(text).not.toMatch(/importScripts|\bimport\s*\(|^\s*import\s/m);
    expect(text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  test('the manifest validates and its icons exist at their sizes', async ({ page, request }) => {
    await page.goto(urls.home());
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await request.get(href!);
    expect(res.ok()).toBe(true);
    const m = await res.json();
    expect(m).toMatchObject({
      name: 'HICP Guide',
      short_name: expect.any(String),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    expect(m.short_name.length).toBeLessThanOrEqual(12);
    const themes = await page
      .locator('meta[name=theme-color]')
      .evaluateAll((ms) => ms.map((x) => x.getAttribute('media')));
    expect(themes).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    const icons = m.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const need of ['192x192 any', '512x512 any', '512x512 maskable'])
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toContain(need);
    const apple = await page.locator('link[rel=apple-touch-icon]').getAttribute('href');
    for (const icon of [...icons, { src: apple!, sizes: '180x180', type: 'image/png' }]) {
      const png = await (await request.get(icon.src)).body();
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      expect(icon.type).toBe('image/png');
    }
  });

  test('the offline zip carries no worker, manifest, icons or control', () => {
    const files = unzipSync(
      readFileSync(join(ROOT, 'dist', 'downloads', 'hicp-guide-offline.zip')),
    );
    const names = Object.keys(files).map((f) => f.replace(/^hicp-guide-offline\//, ''));
    for (const gone of ['sw.js', 'keep.js', 'manifest.webmanifest'])
      expect(names).not.toContain(gone);
    expect(names.filter((n) => n.startsWith('icons/'))).toEqual([]);
    for (const page of ['index.html', 'downloads/index.html', 'threats/2/index.html']) {
      const html = Buffer.from(files[`hicp-guide-offline/${page}`]!).toString('utf8');
      // (page.ts, inlined everywhere, still names [data-keep]: it finds no such element there.)
      expect(html, page).not.toMatch(/<[a-z]+ [^>]*data-keep|rel="manifest"|sw\.js|keep\.js/);
    }
  });
});

test.describe('saved on a phone', () => {
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  test.beforeAll(async ({ browser, baseURL }) => {
    context = await browser.newContext({ viewport: PHONE, baseURL });
    page = await context.newPage();
    problems = guard(page);
  });
  test.afterAll(() => context.close());

  test('the control is accessible before and after saving (light and dark)', async () => {
    await page.goto(urls.downloads());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const r = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
        .analyze();
      expect(r.violations.map((v) => v.id)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('save the guide: size first, progress, then when the saved copy was built', async () => {
    const seen = await saveGuide(page);
    expect(seen.some((s) => /Saving the guide on this device: \d+ of \d+ files/.test(s))).toBe(
      true,
    );
    const names = await cacheNames(page);
    expect(names).toEqual([PREFIX + (await editionOfPage(page))]);
    expect(problems).toEqual([]);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(r.violations.map((v) => v.id)).toEqual([]);
  });

  test('with no network: home → Threat 2 → Practice 4 → 4.M.D, search, theme, size and filters', async () => {
    const lens = (size: string) =>
      page.getByRole('group', { name: 'Showing' }).getByRole('radio', { name: size, exact: true });
    await page.goto(urls.practice(4));
    await lens('Small').check();
    await page.goto(urls.home());
    await page.getByRole('button', { name: /dark theme/i }).click();
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.locator('main').getByRole('link', { name: 'Ransomware Attack' }).first().click();
    await expect(page).toHaveURL(urls.threat(2));
    await expect(page.locator('p.edition')).toContainText('HHS has published a 2023 edition');
    await page
      .locator('section[aria-labelledby="mitigating-practices"] ul')
      .getByRole('link', { name: 'Data Protection and Loss Prevention' })
      .click();
    await expect(page).toHaveURL(urls.practice(4));
    // The size choice still applies offline: a small organization's view folds the rest.
    await expect(lens('Small')).toBeChecked();
    await expect(page.locator('main li.card', { hasText: '4.M.A' }).first()).toBeHidden();
    await lens('All sizes').check();
    await page
      .locator('main')
      .getByRole('link', { name: /4\.M\.D/ })
      .first()
      .click();
    await expect(page).toHaveURL(urls.subPractice('4.M.D'));
    await expect(page.locator('main')).toContainText('4.M.D');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    const field = page.getByRole('searchbox', { name: 'Search HICP Guide' });
    await field.fill('backup');
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
    ).toBeVisible();
    await page.goto(`${urls.search()}?q=1.M.B`);
    await expect(page.locator('#search-status')).toContainText('result');
    await expect(page.locator('#search-results > li a').first()).toHaveAttribute(
      'href',
      urls.subPractice('1.M.B'),
    );
    // The size filter still applies: only items for small organizations.
    await page.goto(`${urls.search()}?q=backup&size=small`);
    await expect(page.locator('#search-status')).toContainText('result');
    // On a phone the filters fold into one "Filters (n)" control; the box itself is what counts.
    await expect(page.locator('input[type="checkbox"][name="size"][value="small"]')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(problems).toEqual([]);
    await context.setOffline(false);
  });

  test('remove the saved copy: the caches are gone and the site still works online', async () => {
    await page.goto(urls.downloads());
    await page
      .locator('main [data-keep]')
      .getByRole('button', { name: 'Remove the saved copy' })
      .click();
    // It asks first: nothing is removed until the reader confirms.
    await expect(page.locator('main [data-keep-status]')).toContainText(
      'Remove the saved copy from this device?',
    );
    expect(await cacheNames(page)).toHaveLength(1);
    await page.locator('main [data-keep]').getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(page.locator('main [data-keep-status]')).toContainText(
      'The saved copy is removed',
    );
    expect(await cacheNames(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await page.goto(urls.threat(2));
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await expect(page.locator('h1')).toContainText('Ransomware Attack');
    expect(await cacheNames(page)).toEqual([]);
  });
});

test.describe('a second build is published while the first is saved', () => {
  const CHANGED = 'Second build fixture: this sentence exists only in the newer edition.';
  let first = '';
  let second: TestBuild;
  let server: Served;
  let content = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // The first build is the shared dist/, copied so the server can be swapped underneath it.
    first = mkdtempSync(join(tmpdir(), 'hicp-app-first-'));
    cpSync(join(ROOT, 'dist'), first, { recursive: true });
    content = join(mkdtempSync(join(tmpdir(), 'hicp-app-content-')), 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const threat = join(content, 'threats', '2.mdx');
    writeFileSync(threat, `${readFileSync(threat, 'utf8').trimEnd()}\n\n${CHANGED}\n`);
    second = buildSite({ HICP_CONTENT_DIR: content });
    expect(second.status, second.output).toBe(0);
    server = await serveDir(first);
  });
  test.afterAll(() => {
    server?.close();
    second?.cleanup();
    rmSync(first, { recursive: true, force: true });
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  test('the reload prompt appears, then every page is from the second build and the first cache is gone', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = guard(page);
    const { origin } = server;
    await saveGuide(page, origin);
    const firstEdition = (await editionOfPage(page))!;
    await page.goto(origin + urls.threat(2));
    await expect(page.locator('main')).not.toContainText(CHANGED);
    const other = await context.newPage();
    await other.goto(origin + urls.practice(4));

    // Publish: the same origin now serves the second build.
    server.close();
    server = await serveDir(second.dist, '/', Number(new URL(origin).port));
    await page.goto(origin + urls.threat(2));
    // Until the reader reloads, the saved first edition is what they read.
    await expect(page.locator('main')).not.toContainText(CHANGED);
    expect(await editionOfPage(page)).toBe(firstEdition);
    const prompt = page.locator('.keep-update');
    await expect(prompt).toContainText('A newer version of the guide is available — reload', {
      timeout: 60_000,
    });
    const both = await cacheNames(page);
    expect(both).toContain(PREFIX + firstEdition);
    expect(both).toHaveLength(2);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
    expect(r.violations.map((v) => v.id)).toEqual([]);

    // The other open tab reloads into the new edition too.
    const otherReloaded = other.waitForEvent('load');
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'reload' }).click(),
    ]);
    await otherReloaded;
    const secondEdition = (await editionOfPage(page))!;
    expect(secondEdition).not.toBe(firstEdition);
    await expect(page.locator('main')).toContainText(CHANGED);
    expect(await editionOfPage(other)).toBe(secondEdition);
    expect(await cacheNames(page)).toEqual([PREFIX + secondEdition]);

    await context.setOffline(true);
    for (const path of [
      urls.home(),
      urls.threat(2),
      urls.practice(4),
      urls.subPractice('4.M.D'),
      urls.downloads(),
    ]) {
      await page.goto(origin + path);
      expect(await editionOfPage(page), path).toBe(secondEdition);
    }
    await page.goto(`${origin}${urls.search()}?q=${encodeURIComponent('Second build fixture')}`);
    // The new sentence is indexed (under the last heading of Threat 2): search is the new edition's.
    await expect(page.locator('#search-results > li a').first()).toHaveAttribute(
      'href',
      new RegExp(`^${urls.threat(2)}(#|$)`),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
