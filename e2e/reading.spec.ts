/**
 * The reading experience of issue 12: a one-bar header on phones with a Menu that works without
 * JavaScript, the volume sidebar, no sideways scrolling anywhere (hosted and offline), threat pages
 * listing what each size does (checked against the graph), heading anchors that say "Copied", and no
 * placeholder address in any built file.
 */
import { expect, test, type Browser } from '@playwright/test';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { filesUnder } from '../src/integrations/built-site';
import { sitePages, type PageKind } from '../src/lib/site-map';
import { fileOf, type Urls } from '../src/lib/urls';
import { SIZES } from '../src/lib/ids';
import { ROOT, enhance, graph, templateSample, urls } from './helpers';
import { selectAll } from './select';
import { fromHtml } from 'hast-util-from-html';

const pages = sitePages(graph, urls).filter((p) => p.kind !== 'redirect');
/** One page of every kind (the first the site map lists), plus the search and start pages. */
const oneOfEachKind = [
  ...new Map(pages.map((p) => [p.kind, p.url] as [PageKind, string])).values(),
  urls.search(),
  urls.startSmall(),
];

for (const width of [360, 390])
  test(`the header is one bar of at most 64 px at ${width} px on every kind of page`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: true });
    const page = await context.newPage();
    for (const url of oneOfEachKind) {
      await page.goto(url);
      const box = await page.locator('.site-header').boundingBox();
      expect(box!.height, url).toBeLessThanOrEqual(64);
      // Name, Menu and (when JavaScript runs) the theme control all sit inside the screen.
      for (const sel of ['.brand', '.menu summary', '#theme-toggle']) {
        const b = await page.locator(sel).boundingBox();
        expect(b!.x + b!.width, `${url} ${sel}`).toBeLessThanOrEqual(width);
      }
    }
    await context.close();
  });

async function sidewaysScroll(browser: Browser, addresses: string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const address of addresses) {
    await page.goto(address);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`${address}: ${overflow} px too wide`);
  }
  await context.close();
  return wide;
}

// Hosted pages are checked for sideways scrolling in quality.spec.ts, in the same load as axe.

function unzipOffline(): string {
  const out = mkdtempSync(join(tmpdir(), 'hicp-reading-'));
  const files = unzipSync(readFileSync(join(ROOT, 'dist', 'downloads', 'hicp-guide-offline.zip')));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), data);
  }
  return join(out, 'hicp-guide-offline');
}

test('the offline copy does not scroll sideways at 360 px, on every kind of page', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const folder = unzipOffline();
  const site = (u: Urls, url: string) => pathToFileURL(join(folder, fileOf(u.sitePath(url)!))).href;
  expect(
    await sidewaysScroll(
      browser,
      // Every page of the hosted site is checked in quality.spec.ts; the offline copy differs in its
      // links and marker, the same on every page of a template: a sample of the one-template kinds.
      [...templateSample(pages)].map((url) => site(urls, url)),
    ),
  ).toEqual([]);
  // The offline marker is one line, so header and marker together stay small.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(site(urls, urls.subPractice('4.S.B')));
  expect((await page.locator('.offline-marker').boundingBox())!.height).toBeLessThanOrEqual(30);
  await context.close();
});

test('the Menu opens without JavaScript and holds the links and the current volume', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(urls.subPractice('4.S.B'));
  const menu = page.locator('details.menu');
  await expect(menu.getByRole('link', { name: 'Threats' })).toBeHidden();
  await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: 'Threats' })).toBeVisible();
  const current = menu.locator('.vtree a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', urls.subPractice('4.S.B'));
  // "On this page" sits under the title, folded.
  const fold = page.locator('details.toc-fold');
  await expect(fold).toBeVisible();
  expect(await fold.getAttribute('open')).toBeNull();
  const h1 = (await page.locator('h1').boundingBox())!;
  expect((await fold.boundingBox())!.y).toBeGreaterThan(h1.y);
  await context.close();
});

test('the sidebar shows the current volume and marks the current item', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const [url, volume] of [
    [urls.subPractice('7.M.D'), 'medium-large'],
    [urls.chapter('small', 4), 'small'],
    [urls.threat(2), 'main'],
    [urls.practice(9), 'main'],
  ] as const) {
    await page.goto(url);
    const side = page.locator('aside.sidebar');
    await expect(side).toBeVisible();
    await expect(side.locator('.vtree-title a')).toHaveAttribute('href', urls.volume(volume));
    const current = side.locator('a[aria-current="page"]');
    await expect(current, url).toHaveCount(1);
    await expect(current).toHaveAttribute('href', url);
  }
  await context.close();
});

test('each threat page lists exactly the sub-practices the graph gives each size', async ({
  request,
}) => {
  for (const t of graph.threats) {
    const n = t.data.number;
    const doc = fromHtml(await (await request.get(urls.threat(n))).text());
    // A size's group in "At your size": what to start with, then the rest.
    const group = (size: string) => selectAll(doc, `#by-size-${size} a`).attr('href');
    for (const size of SIZES) {
      const applies = new Set(graph.applicableTo(size).map((s) => s.data.id));
      const expected = graph
        .subPracticesForThreat(n)
        .filter((s) => applies.has(s.data.id))
        .map((s) => urls.subPractice(s.data.id));
      expect(expected.length, `threat ${n} ${size}`).toBeGreaterThan(0);
      // The large group names the medium ones under Medium organizations instead of repeating them.
      const shown = new Set(
        size === 'large' ? [...group('medium'), ...group('large')] : group(size),
      );
      expect([...shown].sort(), `threat ${n} ${size}`).toEqual(expected.sort());
    }
  }
});

test('ransomware: small organizations start with small sub-practices only', async ({ page }) => {
  await page.goto(urls.threat(2));
  const first = page.locator('#by-size-small .at-list a');
  expect(await first.count()).toBeGreaterThanOrEqual(3);
  for (const href of await first.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href).toMatch(/\/sub-practices\/\d+-s-[a-z]\/$/);
});

test('enhancements wait for the first move, then anchor every section heading', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(urls.subPractice('4.M.D'), { waitUntil: 'networkidle' });
  expect(requested).not.toContain(urls.enhanceScript());
  await expect(page.locator('.h-anchor')).toHaveCount(0);
  await enhance(page);
  expect(requested).toContain(urls.enhanceScript());
  const boxes = await page.locator('main .heading-wrap').count();
  expect(boxes).toBeGreaterThanOrEqual(3);
  await expect(page.locator('main .heading-wrap > .h-anchor')).toHaveCount(boxes);
});

// A reader's first tap loads enhance.js; if what it adds moved the page, that tap could land on the
// wrong control (it did: a long heading rewrapped above the Downloads page's "Keep" button).
for (const width of [360, 390, 1280])
  test(`nothing on the page moves when the enhancements arrive, at ${width} px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    for (const url of [...oneOfEachKind, urls.downloads()]) {
      await page.goto(url);
      // Every laid-out box in the main content and the footer, except what enhance.js adds.
      const layout = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main *, footer')]
            .filter((e) => !e.closest('.h-anchor, .copy-link, details:not([open]) > :not(summary)'))
            .map((e) => {
              const r = e.getBoundingClientRect();
              return `${e.tagName} ${r.left + scrollX},${r.top + scrollY} ${r.width}x${r.height}`;
            }),
        );
      const before = await layout();
      await enhance(page);
      expect(await layout(), url).toEqual(before);
    }
    await context.close();
  });

test('on a wide screen, "On this page" marks the section being read', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(urls.threat(1));
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const links = toc.locator('ol a');
  const third = (await links.nth(2).getAttribute('href'))!;
  // Scrolling is the first move: enhance.js loads and marks the section at the top of the screen.
  await page.evaluate((id) => document.querySelector(id)!.scrollIntoView(), third);
  await expect(toc.locator(`a[href="${third}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  await context.close();
});

test('a heading anchor goes to its section, copies its address and shows "Copied"', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL}${urls.subPractice('4.M.D')}`);
  await enhance(page);
  const anchor = page.getByRole('link', { name: 'Copy link to “How to implement”' });
  await anchor.click();
  await expect(anchor).toHaveAttribute('data-copied', 'Copied');
  await expect(page).toHaveURL(/#how-to-implement$/);
  // Without a configured SITE_URL the page's own address is copied; with one, the public address.
  const canonical = await page.evaluate(
    () => document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${canonical ?? `${baseURL}${urls.subPractice('4.M.D')}`}#how-to-implement`,
  );
  // Cards carry no copy buttons any more.
  await expect(page.locator('.card button')).toHaveCount(0);
  await context.close();
});

test('no built file, hosted or offline, contains the placeholder address', () => {
  const found: string[] = [];
  for (const dir of ['dist', 'dist-offline'])
    for (const file of filesUnder(join(ROOT, dir)))
      if (readFileSync(file).toString('latin1').includes('example.org')) found.push(file);
  expect(found).toEqual([]);
  expect(filesUnder(join(ROOT, 'dist')).length).toBeGreaterThan(300);
});

test('small practices are pointed at their start page and the small chapters', async ({ page }) => {
  await page.goto(urls.home());
  await page.getByRole('link', { name: /Start here: the first seven things/ }).click();
  await expect(page).toHaveURL(urls.startSmall());
  const steps = page.locator('.start-steps > li');
  await expect(steps).toHaveCount(7);
  for (const href of await steps
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href).toMatch(/\/sub-practices\/\d+-s-[a-z]\/$/);
  await page.goto(urls.volume('small'));
  await expect(page.locator('main .start-callout a')).toHaveAttribute('href', urls.startSmall());
  for (const n of [1, 2, 3])
    await expect(
      page
        .locator('main')
        .getByRole('link', { name: `Practice ${n}`, exact: true })
        .first(),
    ).toHaveAttribute('href', urls.chapter('small', n));
});

test('every unconfirmed fact is on the "could not confirm" page, once', async ({ request }) => {
  const html = await (await request.get(urls.unconfirmed())).text();
  const entries = [
    ...graph.threats,
    ...graph.practices,
    ...graph.subPractices,
    ...graph.volumes,
    ...graph.chapters,
    ...graph.pages,
  ].filter((e) => (e.data as { unconfirmed?: string }).unconfirmed);
  expect(entries.length).toBeGreaterThan(10);
  const list = /<ul class="unconfirmed-list">(.*?)<\/ul>/s.exec(html)![1]!;
  const listed = [...list.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]);
  expect(listed).toHaveLength(entries.length);
  expect(new Set(listed).size).toBe(entries.length);
});

test('the glossary has an A–Z bar whose letters land on terms', async ({ page }) => {
  await page.goto(urls.glossary());
  const letters = page.getByRole('navigation', { name: 'Glossary, A to Z' }).getByRole('link');
  expect(await letters.count()).toBeGreaterThan(10);
  for (const href of await letters.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    await expect(page.locator(`h2[id="${href.slice(1)}"]`)).toHaveCount(1);
});

test('the theme button names what a click will do', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(urls.threat(2));
  const toggle = page.locator('#theme-toggle');
  await expect(toggle).toHaveAccessibleName('Dark theme');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Light theme');
});
