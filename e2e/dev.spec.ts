import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../tests/support/dev-server';

// npm run dev: an edit to one MDX file shows in the open page, and the content gate still reports a
// mistake, in the terminal and over the page, then lets the page back once it is fixed.
let dev: DevServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  dev = await startDevServer();
});
test.afterAll(() => dev?.stop());

test('an edit shows in the open page; a content mistake is reported in the terminal and the page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = join(dev.content, 'sub-practices', '4.M.D.mdx');
  const original = readFileSync(file, 'utf8');
  const sentence = 'A backup you have never restored is a hope, not a plan.';
  expect(original).toContain(sentence);
  const edit = (text: string) => writeFileSync(file, original.replace(sentence, text));

  await page.goto(`${dev.origin}/sub-practices/4-m-d/`);
  // The first visit may be answered while Vite is still optimizing dependencies, and the page then
  // reloads itself: the heading can take longer than the default 5 s on a loaded machine.
  await expect(page.locator('h1')).toContainText('Backup Strategies', { timeout: 60_000 });

  // A plain edit: the new words appear in the page that is open.
  edit('Test a restore every quarter, and write down how long it took.');
  await expect(page.getByText('write down how long it took')).toBeVisible({ timeout: 30_000 });

  // A mistake the gate catches (an ID that does not exist): the terminal and the page both say so.
  edit('See 4.M.Z for more.');
  await expect
    .poll(() => dev.output(), { timeout: 30_000 })
    .toMatch(/4\.M\.D\.mdx[\s\S]*"4\.M\.Z" names 4\.M\.Z, which does not exist/);
  // The page reloads by itself (the content changed) and shows the gate's message.
  await expect(page.getByText('names 4.M.Z, which does not exist').first()).toBeVisible({
    timeout: 30_000,
  });
  expect(dev.output()).toContain('fix: correct the ID');

  // Fixed: the page renders again, the mention now a link.
  edit('See 4.M.C for more.');
  await expect.poll(() => dev.output(), { timeout: 30_000 }).toContain('content mistakes fixed');
  // The open page may be reloading itself for the same change, which aborts a navigation: retry.
  await expect(async () => {
    await page.goto(`${dev.origin}/sub-practices/4-m-d/`);
    await expect(page.locator('main a[href="/sub-practices/4-m-c/"]').first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 30_000 });
});
