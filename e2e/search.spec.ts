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

// Which words find which items in the top 3: the query set (tests/search-queries.yaml), in both
// engines at once, in e2e/search-parity.spec.ts.

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

test("reading pages load no search code until the reader's first move, then all of it at once", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(urls.subPractice('4.M.D'));
  await page.waitForLoadState('networkidle');
  const search = (p: string) =>
    p.includes('pagefind') || p.endsWith('search.js') || p.endsWith('search-records.json');
  expect(requests.filter(search)).toEqual([]);
  // The first move (not the field's focus) starts search.js, the record set and Pagefind's first
  // files together, before the reader reaches the search box.
  await page.mouse.move(10, 300);
  for (const file of ['/search.js', '/search-records.json', '/pagefind/pagefind-entry.json'])
    await expect.poll(() => requests.some((p) => p.endsWith(file)), file).toBe(true);
  await expect(page.getByRole('searchbox', { name: 'Search HICP Guide' })).not.toBeFocused();
});

test('while a query is answered: "Searching…", busy, never "No results"; the saved size is a chip', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('hicp-size', 'small'));
  // Pagefind is held back until the test has seen the pending state.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/pagefind/**', async (route) => {
    await held;
    await route.continue();
  });
  const statuses: string[] = [];
  await page.exposeFunction('sawStatus', (t: string) => statuses.push(t));
  await page.goto(urls.search());
  await page.evaluate(() => {
    const status = document.getElementById('search-status')!;
    const w = window as unknown as { sawStatus: (t: string) => void };
    new MutationObserver(() => w.sawStatus(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const field = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  const status = page.locator('#search-status');
  // Too short to search: it says what to type.
  await field.fill('ba');
  await expect(status).toHaveText('Keep typing: search words need three letters or more.');
  await field.fill('backups');
  await expect(status).toHaveText('Searching…');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'true');
  // The saved size is ticked for the search, as a chip that removes it.
  const chip = page.getByRole('button', { name: 'Small only: remove' });
  await expect(chip).toHaveText('Small only ×');
  release();
  await expect(status).toContainText('for “backups”');
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
  expect(statuses.filter((t) => t.includes('No results'))).toEqual([]);
  await expect(page).toHaveURL(/size=small/);
  for (const meta of await page.locator('#search-results .hit-meta').allTextContents())
    expect(meta).not.toMatch(/Medium|Large/);
  const total = async () => Number(/(\d+) results? for/.exec(await status.innerText())?.[1]);
  const onlySmall = await total();
  await chip.click();
  await expect(chip).toBeHidden();
  await expect(page).toHaveURL(/size=any/);
  // Every size again, the saved one still ranked first.
  await expect.poll(total).toBeGreaterThan(onlySmall);
});

test('phone: the header search is a sheet at 390 and 360 px; Tab skips the hidden submit; the Menu closes with Esc and a tap outside', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('hicp-size', 'medium'));
  await page.goto(urls.practice(4));
  const input = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  const panel = page.locator('#site-search .search-panel');
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: 844 });
    await input.click();
    await input.fill('ransomware');
    await expect(panel.getByRole('link').first()).toBeVisible();
    // The field runs across the screen; "All results" and the first results show without scrolling.
    const field = (await input.boundingBox())!;
    expect(field.width, `${width} px`).toBeGreaterThan(width * 0.6);
    const all = (await panel
      .getByRole('link', { name: 'All results, with filters' })
      .boundingBox())!;
    expect(all.y + all.height).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    // Ranked for the saved size, and it says so; the threat opens at its medium group.
    await expect(panel.locator('.search-size')).toContainText('Medium organizations first');
    await expect(panel.locator('#site-search-results a').first()).toHaveAttribute(
      'href',
      /threats\/2\/#by-size-medium$/,
    );
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await input.fill('');
  }
  // The submit button is hidden on phones and no tab stop: Tab goes from the field to the sheet's
  // Close, then out of the sheet (which closes) to the theme.
  await input.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#theme-toggle')).toBeFocused();
  await expect(page.locator('#site-search')).not.toHaveClass(/open/);
  const menu = page.locator('details.menu');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(menu.locator('summary')).toBeFocused();
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open');
  // A tap on the page outside the open panel (below it, or beside it when it is full height).
  const panelBox = (await menu.locator('.menu-panel').boundingBox())!;
  const below = panelBox.y + panelBox.height + 10;
  await page.mouse.click(
    below < 834 ? 200 : Math.max(5, panelBox.x - 10),
    below < 834 ? below : 600,
  );
  await expect(menu).not.toHaveAttribute('open');
  await context.close();
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
