/** Search in Chromium against the built site: relevance, IDs as typed, filters, keyboard, URL, no-JS, safety. */
import { expect, test, type Page } from '@playwright/test';
import { urls } from './helpers';

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
  await expect(page.getByRole('checkbox', { name: 'Small' })).toBeChecked();

  const threats = await searchPage(page, 'ransomware', '&kind=threat');
  expect(threats.length).toBeGreaterThan(0);
  for (const url of threats) expect(url).toMatch(/^\/threats\/\d\/$/);
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

test('without JavaScript the header form leads to an A–Z index of every item', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(urls.threat(2));
  await page.getByRole('searchbox', { name: 'Search HICP Guide' }).fill('backups');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=backups/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  const az = page.locator('.az li a');
  expect(await az.count()).toBeGreaterThanOrEqual(5 + 10 + 89);
  await page.locator('.az').getByRole('link', { name: 'Backup Strategies' }).click();
  await expect(page).toHaveURL(urls.subPractice('4.M.D'));
  await context.close();
});

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
