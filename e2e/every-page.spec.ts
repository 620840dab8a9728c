/**
 * The graph implies every item page, and a reader can click through them. Each page's own gates (200,
 * one h1, a title, no console error, axe, no sideways scroll) run in quality.spec.ts, one load per page.
 */
import { expect, test } from '@playwright/test';
import { graph, urls } from './helpers';
import { sitePages } from '../src/lib/site-map';

const pages = sitePages(graph, urls).filter((p) => p.kind !== 'redirect');
test('the graph implies every item page', () => {
  expect(pages.filter((p) => p.kind === 'threat')).toHaveLength(5);
  expect(pages.filter((p) => p.kind === 'practice')).toHaveLength(10);
  expect(pages.filter((p) => p.kind === 'sub-practice')).toHaveLength(89);
});

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
