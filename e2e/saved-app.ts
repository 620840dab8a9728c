/** Driving the "Keep this guide on this device" control, shared by the app and sub-path specs. */
import { expect, type Page } from '@playwright/test';
import { urls } from './helpers';

export /** Records CSP violations and script errors of a page. */
function guard(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED/.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  return problems;
}

export /** Keeps the guide from the Downloads page (prefix: origin and base, no trailing slash). */
async function saveGuide(page: Page, prefix = ''): Promise<string[]> {
  await page.goto(prefix + urls.downloads());
  const control = page.locator('main [data-keep]');
  await expect(control).toBeVisible();
  await expect(control.locator('[data-keep-status]')).toContainText(
    /about \d+(\.\d)? (MB|KB) to download/,
  );
  // Every status the control shows, in order, to see the progress that passes quickly here.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const status = document.querySelector('main [data-keep-status]')!;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await control.getByRole('button', { name: 'Keep this guide on this device' }).click();
  await expect(control.locator('[data-keep-status]')).toContainText(
    /kept on this device .* Saved copy built on \d{4}-\d{2}-\d{2}\./,
    { timeout: 60_000 },
  );
  await expect(control.getByRole('button', { name: 'Remove the saved copy' })).toBeVisible();
  return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}
