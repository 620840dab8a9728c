/** What a reader does in a real browser: keyboard, theme, small screens, previous/next, short links. */
import { expect, test } from '@playwright/test';
import { urls } from './helpers';

test('the skip link is the first Tab stop, visible when focused, and moves focus to the content', async ({
  page,
}) => {
  await page.goto(urls.subPractice('4.M.D'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('theme follows the system and the toggle overrides it across pages', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(urls.home());
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(18, 22, 28)');
  // The button says what a click will do: on a dark page it offers the light theme, and back.
  const toggle = page.locator('#theme-toggle');
  await expect(toggle).toHaveAccessibleName('Light theme');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Dark theme');
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.goto(urls.practice(4));
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('pages fit a 360 px screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const url of [
    urls.home(),
    urls.threat(5),
    urls.practice(7),
    urls.subPractice('7.M.D'),
    urls.matrix(),
    urls.volume('medium-large'),
    urls.glossary(),
  ]) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('previous and next walk a volume in order', async ({ page }) => {
  await page.goto(urls.subPractice('4.M.E'));
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(urls.subPractice('4.L.A'));
  await page.getByRole('link', { name: /^Previous/ }).click();
  await expect(page).toHaveURL(urls.subPractice('4.M.E'));
});

test('short links land on the canonical page', async ({ page }) => {
  for (const [label, target] of [
    ['T2', urls.threat(2)],
    ['P4', urls.practice(4)],
    ['4.M.D', urls.subPractice('4.M.D')],
  ] as const) {
    await page.goto(urls.go(label));
    await expect(page).toHaveURL(target);
  }
});

test('the table of contents links to headings on the page', async ({ page }) => {
  await page.goto(urls.threat(1));
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
});

test('reading needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(urls.subPractice('1.M.B'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Multifactor Authentication for Remote E-mail Access',
  );
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await page
    .getByRole('link', { name: /Practice 1: E-mail Protection Systems/ })
    .first()
    .click();
  await expect(page).toHaveURL(urls.practice(1));
  await context.close();
});
