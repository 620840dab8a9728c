/** Every URL the graph knows exists in the build, answers 200, has one h1 and a title, and logs no console error. */
import { expect, test } from '@playwright/test';
import { graph, urls } from './helpers';
import { sitePages } from '../src/lib/site-map';

const pages = sitePages(graph, urls).filter((p) => p.kind !== 'redirect');
const CHUNK = 20;

test('the graph implies every item page', () => {
  expect(pages.filter((p) => p.kind === 'threat')).toHaveLength(5);
  expect(pages.filter((p) => p.kind === 'practice')).toHaveLength(10);
  expect(pages.filter((p) => p.kind === 'sub-practice')).toHaveLength(89);
});

for (let i = 0; i < pages.length; i += CHUNK) {
  const chunk = pages.slice(i, i + CHUNK);
  test(`pages ${i + 1}–${i + chunk.length}: 200, one h1, a title, no console errors, no third-party requests`, async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    // No third parties: every request stays on the site's own origin.
    page.on(
      'request',
      (r) =>
        new URL(r.url()).origin !== new URL(baseURL!).origin &&
        errors.push(`third-party request: ${r.url()}`),
    );
    for (const p of chunk) {
      const res = await page.goto(p.url);
      expect(res?.status(), p.url).toBe(200);
      await expect(page.locator('h1'), p.url).toHaveCount(1);
      expect((await page.title()).length, p.url).toBeGreaterThan(5);
    }
    expect(errors).toEqual([]);
  });
}

test('click from home to a threat, a practice, a sub-practice, and back', async ({ page }) => {
  await page.goto(urls.home());
  await page.locator('main').getByRole('link', { name: 'Ransomware Attack' }).click();
  await expect(page).toHaveURL(urls.threat(2));
  await page
    .locator('section[aria-labelledby="mitigating-practices"] ul')
    .getByRole('link', { name: 'Data Protection and Loss Prevention' })
    .click();
  await expect(page).toHaveURL(urls.practice(4));
  await page.locator('main').getByRole('link', { name: 'Backup Strategies' }).click();
  await expect(page).toHaveURL(urls.subPractice('4.M.D'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backup Strategies');
  await page.goBack();
  await expect(page).toHaveURL(urls.practice(4));
  await page.goBack();
  await expect(page).toHaveURL(urls.threat(2));
  await page.goBack();
  await expect(page).toHaveURL(urls.home());
});
