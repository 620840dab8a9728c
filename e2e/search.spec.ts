/** Search in Chromium against the built site: relevance, IDs as typed, filters, keyboard, URL, no-JS, safety. */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element as HastElement } from 'hast';
import { join } from 'node:path';
import { chunksFor, type IndexChunk } from '../src/client/index-chunks';
import { ROOT, urls } from './helpers';

async function searchPage(page: Page, query: string, params = '') {
  await page.goto(`${urls.search()}?q=${encodeURIComponent(query)}${params}`);
  await expect(page.locator('#search-status')).toContainText('result');
  return page
    .locator('#search-results > li a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const TOP3: [string, string][] = [
  ['backups for ransomware', urls.subPractice('4.M.D')],
  ['phishing e-mail', urls.threat(1)],
  ['lost laptop', urls.threat(3)],
  ['medical device vulnerability FDA', urls.subPractice('9.L.D')],
  ['patch deadlines', urls.subPractice('7.M.D')],
  ['DMARC', urls.subPractice('1.M.A')],
  ['network segmentation', urls.subPractice('6.M.B')],
  ['security operations center', urls.subPractice('8.M.A')],
  ['incident response plan', urls.subPractice('8.M.B')],
  ['MFA', urls.subPractice('1.M.B')],
  ['data loss prevention', urls.subPractice('4.M.E')],
  ['stolen laptop encryption', urls.threat(3)],
];

for (const [query, expected] of TOP3) {
  test(`"${query}" finds ${expected} in the top 3`, async ({ page }) => {
    expect((await searchPage(page, query)).slice(0, 3)).toContain(expected);
  });
}

const FIRST: [string, string][] = [
  ['1.M.B', urls.subPractice('1.M.B')],
  ['1.m.b', urls.subPractice('1.M.B')],
  ['1-M-B', urls.subPractice('1.M.B')],
  ['T2', urls.threat(2)],
  ['P4', urls.practice(4)],
  ['P1', urls.practice(1)],
  ['what is 3.M.D?', urls.subPractice('3.M.D')],
];
for (const [query, expected] of FIRST) {
  test(`ID query "${query}" puts ${expected} first`, async ({ page }) => {
    expect((await searchPage(page, query))[0]).toBe(expected);
  });
}

test('filters narrow the results', async ({ page }) => {
  const all = await searchPage(page, 'network segmentation');
  const small = await searchPage(page, 'network segmentation', '&size=small');
  expect(small.length).toBeGreaterThan(0);
  expect(small.length).toBeLessThan(all.length);
  await expect(page.locator('#search-results .hit-meta')).toHaveCount(small.length);
  for (const meta of await page.locator('#search-results .hit-meta').allTextContents())
    expect(meta).toContain('Small');
  // The filters fold into one "Filters (n)" control that counts the checked boxes.
  await expect(page.locator('.filters summary')).toHaveText('Filters (1)');
  await page.locator('.filters summary').click();
  await expect(page.getByRole('checkbox', { name: 'Small' })).toBeChecked();

  const threats = await searchPage(page, 'ransomware', '&kind=threat');
  expect(threats.length).toBeGreaterThan(0);
  for (const url of threats) expect(url).toMatch(/^\/threats\/\d\/$/);
  await page.locator('.filters summary').click();
  await page.getByRole('checkbox', { name: 'Practice', exact: true }).check();
  await expect(page).toHaveURL(/kind=threat&kind=practice/);
  await expect(page.locator('#search-results > li a[href^="/practices/"]').first()).toBeVisible();
});

test('the query lives in the URL and Back restores the previous search', async ({ page }) => {
  await searchPage(page, 'backups');
  const input = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  await input.fill('phishing');
  await input.press('Enter');
  await expect(page).toHaveURL(/q=phishing/);
  await expect(page.locator('#search-status')).toContainText('“phishing”');
  await page.goBack();
  await expect(page).toHaveURL(/q=backups/);
  await expect(input).toHaveValue('backups');
  await expect(page.locator('#search-status')).toContainText('“backups”');
});

test('keyboard: / focuses search, arrows move, Enter opens, Esc closes', async ({ page }) => {
  await page.goto(urls.practice(4));
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  await expect(input).toBeFocused();
  await page.keyboard.type('backup strategies');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#site-search').getByRole('status')).toContainText('result');
  // The results are styled: their rules survive the build's per-page CSS pruning (search.js adds them).
  const hit = page.locator('#site-search-results .hit').first();
  await expect(hit).toHaveCSS('padding-top', /^[1-9]/);
  await expect(hit.locator('.hit-title')).toHaveCSS('font-weight', '600');
  await page.keyboard.press('Escape');
  await expect(results.first()).toBeHidden();
  await expect(input).toBeFocused();
  await page.keyboard.type(' ');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(0)).toBeFocused();
  const href = await results.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('reading pages load no search code until the reader starts to search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(urls.subPractice('4.M.D'));
  await page.mouse.wheel(0, 800);
  expect(requests.filter((p) => p.includes('pagefind') || p.endsWith('search.js'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search HICP Guide' }).focus();
  await expect.poll(() => requests.some((p) => p.endsWith('/search.js'))).toBe(true);
});

test('the search page loads its code when first used, and answers what was typed or ticked before it arrived', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // search.js is held back until the reader has typed and ticked, so both happen before it runs.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/search.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(urls.search());
  await page.mouse.wheel(0, 400);
  expect(requests.filter((p) => p.endsWith('/search.js'))).toEqual([]);
  const field = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  await field.fill('backups');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Medium', exact: true }).check();
  await expect.poll(() => requests.some((p) => p.endsWith('/search.js'))).toBe(true);
  release();
  await expect(page.locator('#search-status')).toContainText('“backups”');
  await expect(page).toHaveURL(`${urls.search()}?q=backups&size=medium`);
  for (const meta of await page.locator('#search-results .hit-meta').allTextContents())
    expect(meta).toContain('Medium');
});

test('without JavaScript the header form leads, in one more tap, to an A–Z index of every item', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(urls.threat(2));
  await page.getByRole('searchbox', { name: 'Search HICP Guide' }).fill('backups');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=backups/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await page.locator('.no-js-note').getByRole('link', { name: 'every item, A to Z' }).click();
  await expect(page).toHaveURL(urls.az());
  const az = page.locator('.az li a');
  expect(await az.count()).toBeGreaterThanOrEqual(5 + 10 + 89);
  await page.locator('.az').getByRole('link', { name: 'Backup Strategies' }).click();
  await expect(page).toHaveURL(urls.subPractice('4.M.D'));
  await context.close();
});

test('with JavaScript the search page does not say search needs JavaScript', async ({ page }) => {
  await page.goto(urls.search());
  await expect(page.getByRole('heading', { name: 'Every item, A to Z' })).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
});

test('the search page stays light: its letters lead to the A–Z page, old letter anchors included', async ({
  page,
}) => {
  await page.goto(`${urls.search()}#az-b`);
  // The long list lives on its own page; the search page keeps one link per letter.
  await expect(page.locator('#search-page li')).toHaveCount(await letters(page));
  const b = page.locator('#az-b');
  await expect(b).toBeInViewport();
  await b.click();
  await expect(page).toHaveURL(urls.azLetter('B'));
  await expect(page.getByRole('heading', { name: 'B', exact: true })).toBeInViewport();
  await expect(page.locator('.az').getByRole('link', { name: 'Backup Strategies' })).toBeVisible();
  // Titles that start with a digit: "0–9", as in the glossary, under the old anchor /search/#az-#.
  await page.goto(urls.search());
  const digits = page.locator('[id="az-#"]');
  await expect(digits).toHaveText('0–9');
  await digits.click();
  await expect(page).toHaveURL(urls.azLetter('0–9'));
  await expect(page.getByRole('heading', { name: '0–9', exact: true })).toBeInViewport();
});

async function letters(page: Page): Promise<number> {
  return page.getByRole('navigation', { name: 'A to Z', exact: true }).getByRole('link').count();
}

test('a query with HTML or script is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`${urls.search()}?q=${encodeURIComponent(evil)}`);
  await expect(page.locator('#search-status')).toContainText(evil);
  await expect(page.getByRole('searchbox', { name: 'Search HICP Guide' })).toHaveValue(evil);
  await expect(page.locator('#search-page img, #search-results script')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test('the header results link to all results with the same query', async ({ page }) => {
  await page.goto(urls.threat(1));
  await page.keyboard.press('/');
  await page.keyboard.type('phishing');
  const all = page.getByRole('link', { name: 'All results, with filters' });
  await expect(all).toBeVisible();
  await all.click();
  await expect(page).toHaveURL(`${urls.search()}?q=phishing`);
  await expect(page.locator('#search-status')).toContainText('“phishing”');
});

test('filters work with an empty query: every matching item is listed', async ({ page }) => {
  await page.goto(`${urls.search()}?kind=sub-practice&size=medium`);
  await expect(page.locator('#search-status')).toContainText('items match the filters');
  const medium = readdirSync(join(ROOT, 'content/sub-practices')).filter((f) => /\.M\./.test(f));
  await expect(page.locator('#search-status')).toHaveText(
    `${medium.length} items match the filters`,
  );
  await expect(page.locator('#search-results > li')).toHaveCount(10);
  for (const meta of await page.locator('#search-results .hit-meta').allTextContents())
    expect(meta).toContain('Medium');
  await expect(page.locator('.az-browse')).toBeHidden();
});

test('"Show more" shows the next page of results', async ({ page }) => {
  await searchPage(page, 'ransomware');
  const total = Number(
    /of (\d+) results/.exec((await page.locator('#search-status').textContent())!)![1],
  );
  expect(total).toBeGreaterThan(10);
  await expect(page.locator('#search-results > li')).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('#search-results > li')).toHaveCount(Math.min(20, total));
});

test('a glossary hit is titled with its term and opens the term', async ({ page }) => {
  const found = await searchPage(page, 'tabletop exercise');
  expect(found[0]).toBe(urls.glossary());
  const first = page.locator('#search-results > li a').first();
  await expect(first.locator('.hit-title')).toHaveText('Tabletop exercise');
  expect(new URL((await first.getAttribute('href'))!, 'http://x').hash).toBe('#tabletop-exercise');
});

test('the walk-through questions get a sensible first result', async ({ page }) => {
  const cases: [string, string][] = [
    ['what should a small practice do about ransomware', urls.threat(2)],
    // A code's own page first; it lists 4.M.D, the second result.
    ['PR.IP-4', urls.csfCode('PR.IP-4')],
    ['7md', urls.subPractice('7.M.D')],
  ];
  for (const [query, expected] of cases)
    expect((await searchPage(page, query))[0], query).toBe(expected);
  // A typo: searched as the word meant, which names Threat 1.
  expect((await searchPage(page, 'phising'))[0]).toBe(urls.threat(1));
  await expect(page.locator('#search-status')).toContainText('(searched for “phishing”)');
  // "small practice ransomware": something written for small organizations (a small sub-practice,
  // a chapter of the small volume or the small start page), and no large-only item ahead of it.
  const small = await searchPage(page, 'small practice ransomware');
  const largeAt = small.findIndex((u) => /-l-[a-z]\/$/.test(u));
  const smallAt = small.findIndex((u) => /-s-[a-z]\/$|\/(volumes|start)\/small\//.test(u));
  expect(smallAt).toBeGreaterThanOrEqual(0);
  if (largeAt >= 0) expect(smallAt).toBeLessThan(largeAt);
});

test('a query that names an item puts it first: a threat by words of its name, others by title', async ({
  page,
}) => {
  const cases: [string, string][] = [
    ['phishing', urls.threat(1)],
    ['medical devices', urls.threat(5)],
    ['data loss prevention', urls.subPractice('4.M.E')],
    ['security operations center', urls.subPractice('8.M.A')],
    ['cybersecurity policies', urls.practice(10)],
    // More than the threat's name: the sub-practice that answers it leads.
    ['backups for ransomware', urls.subPractice('4.M.D')],
  ];
  for (const [query, expected] of cases)
    expect((await searchPage(page, query))[0], query).toBe(expected);
});

test('nothing found: nearest words and ways to browse instead of a bare "No results"', async ({
  page,
}) => {
  await page.goto(`${urls.search()}?q=zzqxv`);
  await expect(page.locator('#search-status')).toHaveText('No results for “zzqxv”');
  const help = page.locator('#search-help');
  await expect(help.getByRole('link', { name: 'ransomware' })).toBeVisible();
  await help.getByRole('link', { name: 'every item, A to Z' }).click();
  await expect(page).toHaveURL(urls.az());
});

test('phone: results come first, filters fold into one control, nothing shifts', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  const page = await context.newPage();
  // Shifts of anything inside the search page (the header's own late changes are the header's).
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[])
        if (e.sources.some((s) => (s.node as Element | undefined)?.closest?.('#search-page')))
          w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${urls.search()}?q=backups`);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  const box = await page.locator('#search-results > li').first().boundingBox();
  expect(box!.y + box!.height).toBeLessThan(844);
  await expect(page.getByRole('checkbox', { name: 'Small' })).toBeHidden();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  await context.close();
});

test('the index comes in small chunks; the search page holds the Pagefind files to preload', () => {
  // Each query word fetches one chunk: Pagefind's default chunks were 25 KB each (gzip already).
  const dir = join(ROOT, 'dist/pagefind/index');
  const sizes = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
  expect(sizes.length).toBeGreaterThan(20);
  expect(Math.max(...sizes)).toBeLessThan(10 * 1024);
  const tree = fromHtml(readFileSync(join(ROOT, 'dist/search/index.html'), 'utf8'));
  // Inside a template: nothing is preloaded until the page's script adds them.
  expect(selectAll('link[rel=preload], link[rel=modulepreload]', tree)).toHaveLength(0);
  const template = selectAll('template[data-search-preloads]', tree)[0] as HastElement | undefined;
  const preloads = selectAll('link', template!.content).map((l) => String(l.properties.href));
  // Script, entry file (under the build's tag), WebAssembly, metadata.
  expect(preloads).toHaveLength(4);
  for (const href of preloads)
    expect(existsSync(join(ROOT, 'dist', href.split('?')[0]!)), href).toBe(true);
  // The chunk table search.js preloads from: every chunk of the index, in word order.
  const chunks = JSON.parse(String(template!.properties.dataIndexChunks)) as string[][];
  expect(chunks.map(([, , file]) => `${file}.pf_index`).sort()).toEqual(readdirSync(dir).sort());
  for (let i = 1; i < chunks.length; i++) expect(chunks[i - 1]![1]! < chunks[i]![0]!).toBe(true);
});

test('the search page preloads Pagefind only when its address holds a search', async ({ page }) => {
  const preloads = () =>
    page
      .locator('head link[rel=preload], head link[rel=modulepreload]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(urls.search());
  expect(await preloads()).toEqual([]);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  // Pagefind's own requests for its entry file and index chunks (from its worker).
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch' && /pagefind-entry|\/index\//.test(r.url()))
      asked.push(r.url());
  });
  await page.goto(`${urls.search()}?q=what+should+we+back+up+for+ransomware`);
  await expect(page.locator('#search-status')).toContainText('result');
  // Each was preloaded at that very address: the entry file under the build's tag (not a new
  // address per view) and the chunks of "back" and "ransomware", none for the stop words.
  expect(asked.some((u) => u.includes('pagefind-entry.json?ts='))).toBe(true);
  expect(asked.some((u) => u.includes('/index/'))).toBe(true);
  const preloaded = await preloads();
  for (const url of asked) expect(preloaded, url).toContain(url);
  const table = JSON.parse(
    (await page.locator('template[data-index-chunks]').getAttribute('data-index-chunks'))!,
  ) as IndexChunk[];
  expect(
    preloaded.filter((u) => u.includes('/index/')).map((u) => u.match(/(\w+)\.pf_index$/)![1]),
  ).toEqual(chunksFor(['back', 'ransomware'], table));
});
