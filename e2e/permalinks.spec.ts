/** Links are promises: the committed permalink manifest holds, and every short link lands right. */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import {
  collectPermalinks,
  lostPermalinks,
  manifestPath,
  readManifest,
} from '../src/integrations/permalinks';
import { BuiltSite } from '../src/integrations/built-site';
import { shortLinks } from '../src/lib/short-links';
import { ROOT, enhance, graph, urls } from './helpers';
import { selectAll } from './select';

test('every URL and heading anchor in permalinks.json still exists (or is redirected)', () => {
  const promised = readManifest(manifestPath(ROOT));
  expect(Object.keys(promised).length).toBeGreaterThan(300);
  expect(
    lostPermalinks(promised, collectPermalinks(new BuiltSite(join(ROOT, 'dist'), '/').pages)),
  ).toEqual([]);
});

test('short links in each spelling are served as pages that forward to their target', async ({
  request,
}) => {
  // Every spelling's file is checked in e2e/previews.spec.ts; here the server serves a sample.
  const labels = shortLinks(graph).map((l) => l.label);
  const sample = ['T2', 't2', 'P10', '4.M.D', '4.m.d', '4-M-D', '4-m-d', '4MD', '4md'];
  sample.push('PR.IP-4', 'pr.ip-4', 'PR.AA-03', 'pr.aa-03');
  for (const label of sample) {
    expect(labels, label).toContain(label);
    const l = shortLinks(graph).find((x) => x.label === label)!;
    const res = await request.get(urls.go(label));
    expect(res.status(), label).toBe(200);
    const doc = fromHtml(await res.text());
    expect(selectAll(doc, 'meta[http-equiv="refresh"]').attr('content')[0], label).toBe(
      `0; url=${urls.shortTarget(l.ref)}`,
    );
    expect(selectAll(doc, 'main a').attr('href')[0]).toBe(urls.shortTarget(l.ref));
  }
});

test('a short link with a fragment lands on that section', async ({ page }) => {
  await page.goto(`${urls.go('4.m.d')}#how-to-measure`);
  await expect(page).toHaveURL(`${urls.subPractice('4.M.D')}#how-to-measure`);
});

// The e2e build has no SITE_URL unless one is given: then a hosted page's own address stands in
// for the public one (tests/site-url.test.ts checks a build with SITE_URL set).
const SITE = process.env.SITE_URL;

test('copy link puts the exact public URL, with its anchor, on the clipboard', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL}${urls.subPractice('4.M.D')}`);
  await enhance(page);
  const pageUrl = new URL(urls.subPractice('4.M.D'), SITE ?? baseURL).href;
  await page.getByRole('link', { name: 'Copy link to “How to implement”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${pageUrl}#how-to-implement`,
  );
  // The short link beside the ID badge copies the item's /go/ address and says "Copied"; without
  // JavaScript it is a link to that address.
  const short = page.locator('.eyebrow').getByRole('link', { name: 'Copy short link' });
  await expect(short).toHaveText('Short link');
  await expect(short).toHaveAttribute('href', urls.go('4.M.D'));
  await short.click();
  await expect(short).toHaveAttribute('data-copied', 'Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(urls.go('4.M.D'), SITE ?? baseURL).href,
  );
  await context.close();
});

test('cite gives HICP Guide as author, the HHS source, URL and date as plain text, Markdown and BibTeX', async ({
  page,
  baseURL,
}) => {
  await page.goto(urls.subPractice('4.M.D'));
  // Opening the box is the first move: enhance.js then writes today's date and the address in.
  await page.getByText('Cite this page').click();
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
  const [text, markdown, bibtex] = await page.locator('.cite pre').allTextContents();
  const pageUrl = new URL(urls.subPractice('4.M.D'), SITE ?? baseURL).href;
  const today = new Date().toISOString().slice(0, 10);
  const volume = graph.volume('medium-large').data.title;
  const year = String(new Date().getFullYear());
  expect(text).toBe(
    `HICP Guide. "4.M.D Backup Strategies." ${year}. ${pageUrl} (accessed ${today}). An independent rendering of: HHS 405(d) Task Group, ${graph.site.title}, ${volume} (2018 edition).`,
  );
  expect(markdown).toContain(`"[4.M.D Backup Strategies](${pageUrl})."`);
  expect(bibtex).toContain(`url = {${pageUrl}}`);
  expect(bibtex).toContain(`urldate = {${today}}`);
});

test('sharing metadata on every kind of page', async ({ request }) => {
  for (const url of [
    urls.home(),
    urls.threat(1),
    urls.practice(3),
    urls.subPractice('9.L.D'),
    urls.glossary(),
  ]) {
    const doc = fromHtml(await (await request.get(url)).text());
    for (const sel of [
      'meta[name="description"]',
      'meta[property="og:title"]',
      'meta[name="twitter:card"]',
    ])
      expect(selectAll(doc, sel).nodes, `${url} ${sel}`).toHaveLength(1);
    // A canonical address (and og:url) only when the site's public address is configured.
    for (const sel of ['link[rel="canonical"]', 'meta[property="og:url"]'])
      expect(selectAll(doc, sel).nodes, `${url} ${sel}`).toHaveLength(SITE ? 1 : 0);
  }
  const sitemap = await request.get('/sitemap-0.xml');
  if (!SITE) expect(sitemap.status()).toBe(404);
  else {
    const xml = await sitemap.text();
    expect(xml).toContain('/sub-practices/4-m-d/</loc>');
    expect(xml).not.toContain('/go/');
  }
});

test('print opens with the site, the edition and the permalink, and cards print their short link', async ({
  page,
}) => {
  await page.goto(urls.subPractice('4.M.D'));
  await enhance(page);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.toc', '.sidebar', '.prev-next', '.h-anchor', '.breadcrumbs'])
    await expect(page.locator(sel).first()).toBeHidden();
  await expect(page.locator('.eyebrow .copy-link')).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('/sub-practices/4-m-d/');
  // Page 1 opens with the footer (independent rendering, the site's name, the edition), then the
  // edition notice and the text; the footer's links to other pages stay off paper.
  const footer = page.locator('footer');
  await expect(footer).toContainText('Independent rendering');
  await expect(footer).toContainText('HICP Guide presents the facts of the 2018 edition');
  const top = async (sel: string) => (await page.locator(sel).first().boundingBox())!.y;
  expect(await top('footer')).toBeLessThan(await top('p.edition'));
  expect(await top('p.edition')).toBeLessThan(await top('main'));
  await expect(footer.getByRole('link', { name: 'Accessibility' })).toBeHidden();
  // A link card's ID badge prints as its short link: "/go/4.M.D/".
  const badge = page.locator('main .card .badge.id').first();
  const id = await badge.textContent();
  expect(
    await badge.evaluate((b) => [
      getComputedStyle(b, '::before').content,
      getComputedStyle(b, '::after').content,
    ]),
  ).toEqual(['"/go/"', '"/"']);
  expect(id).toMatch(/^(T\d|P\d+|\d+\.[SML]\.[A-Z])$/);
});
