/**
 * Quality gates over every page: it answers with one h1 and a title and no errors, WCAG 2.2 AA (axe)
 * in light and dark theme on desktop and a 360 px screen, no sideways scrolling at 360 px, keyboard order with a visible focus ring, only allow-listed external links, and a strict
 * Content-Security-Policy that the pages work under.
 */
import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles } from '../tests/support/site-links';
import { sitePages } from '../src/lib/site-map';
import { ROOT, enhance, graph, templateSample, urls } from './helpers';
import { selectAll } from './select';

const pages = sitePages(graph, urls).filter((p) => p.kind !== 'redirect');
const CHUNK = 12;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * After one full run per page (light, desktop), the other combinations run only the rules they can
 * change: the theme changes colours (contrast), the screen width changes layout (target sizes,
 * scrolling regions, reflow) and which elements show (the phone's Menu button), so the phone runs
 * check contrast too, in both themes. The same verdict in a fraction of the time.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];
const WIDTH_RULES = [
  'target-size',
  'scrollable-region-focusable',
  'meta-viewport',
  'meta-viewport-large',
];

/** Every page of most kinds, the first few of each one-template kind: see the page loop. */
const sampled = templateSample(pages);

/** axe-core's own script: given to each page before its own scripts run (see `axe`). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

interface AxeRun {
  /** Only these rules (all WCAG 2.2 AA rules when absent). */
  rules?: string[];
  /** Only this part of the page (a selector; the whole document when absent). */
  within?: string;
  /** The theme to set first. */
  theme?: 'light' | 'dark';
}

/**
 * axe on the page as it is now, in one round trip. Pages given `withAxe` have axe as an init script
 * (Chromium keeps it compiled: ~10 ms a page against ~150–200 ms to send and compile its 550 KB with
 * each load, as AxeBuilder does on every run); other pages get it injected once.
 */
async function axe(page: Page, label: string, run: AxeRun = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return axeLoaded(page, label, run);
}

async function axeLoaded(page: Page, label: string, run: AxeRun): Promise<string[]> {
  const violations = await page.evaluate(
    ([tags, { rules, within, theme }]) => {
      if (theme) document.documentElement.dataset.theme = theme;
      return (
        window as unknown as {
          axe: { run(c: object, o: object): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe
        .run(within ? { include: [within] } : document, {
          runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        })
        .then((r) => r.violations);
    },
    [TAGS, run] as const,
  );
  return violations.map(
    (v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
  );
}

const withAxe = (page: Page) => page.addInitScript(AXE_SOURCE);

/**
 * Every page is loaded once for all its page-level gates: it answers 200 with one h1 and a title, logs
 * no console error, requests nothing from another origin, passes axe in both themes at both widths,
 * and does not scroll sideways at 360 px.
 */
for (let i = 0; i < pages.length; i += CHUNK) {
  const chunk = pages.slice(i, i + CHUNK);
  test(`pages ${i + 1}–${i + chunk.length}: 200, one h1, a title, no console errors or third-party requests; axe WCAG 2.2 AA light and dark, desktop and 360 px; nothing scrolls sideways at 360 px`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    page.on('console', (m) => m.type() === 'error' && found.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => found.push(`${page.url()}: ${e.message}`));
    page.on(
      'request',
      (r) =>
        new URL(r.url()).origin !== new URL(baseURL!).origin &&
        found.push(`third-party request: ${r.url()}`),
    );
    await withAxe(page);
    for (const p of chunk) {
      await page.setViewportSize({ width: 1280, height: 900 });
      const res = await page.goto(p.url);
      expect(res?.status(), p.url).toBe(200);
      const [h1s, title] = await page.evaluate(() => [
        document.querySelectorAll('h1').length,
        document.title,
      ]);
      expect(h1s, `${p.url}: one h1`).toBe(1);
      expect(`${title}`.length, `${p.url}: a title`).toBeGreaterThan(5);
      // Desktop: everything in light, contrast in dark. Then one resize to 360 px: contrast in dark
      // and the layout rules (and contrast) in light, then sideways scrolling. Past the first few
      // pages of a one-template kind, the second-theme and phone runs look at the page's own content
      // (main): its header, sidebar and footer are the template's, checked on those first pages.
      const whole = sampled.has(p.url);
      const within = whole ? undefined : 'main';
      const check = async (label: string, run: AxeRun) =>
        found.push(...(await axeLoaded(page, `${p.url} ${label}`, run)));
      await check('light 1280px', { theme: 'light' });
      await check('dark 1280px', { theme: 'dark', rules: THEME_RULES, within });
      await page.setViewportSize({ width: 360, height: 740 });
      if (whole) await check('dark 360px', { theme: 'dark', rules: THEME_RULES });
      const rules = whole ? [...WIDTH_RULES, ...THEME_RULES] : WIDTH_RULES;
      await check('light 360px', { theme: 'light', rules, within });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) found.push(`${p.url}: ${overflow} px too wide at 360 px`);
    }
    expect(found).toEqual([]);
  });
}

test('axe also passes with search results open and on the search page with filters', async ({
  page,
}) => {
  await page.goto(urls.practice(4));
  await page.keyboard.press('/');
  await page.keyboard.type('backups');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();
  const found = await axe(page, 'header results');
  await page.goto(`${urls.search()}?q=phishing&size=small`);
  await expect(page.locator('#search-status')).toContainText('result');
  found.push(...(await axe(page, 'search page')));
  expect(found).toEqual([]);
});

test('Tab reaches every interactive element in order, each with a visible focus ring', async ({
  page,
}) => {
  for (const url of [urls.subPractice('4.M.D'), urls.home(), urls.search()]) {
    await page.goto(url);
    // The first key press would load the heading anchors mid-count: load them first.
    await enhance(page);
    const expected = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ]
        .filter(
          (el) =>
            el.checkVisibility({ visibilityProperty: true }) &&
            !el.hasAttribute('disabled') &&
            el.tabIndex >= 0,
        )
        // The "On this page" marker moves as focus scrolls the page: compare without it.
        .map((el) => el.outerHTML.replace(' aria-current="true"', '').slice(0, 80)),
    );
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          html: el.outerHTML.replace(' aria-current="true"', '').slice(0, 80),
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      expect(info.ring, `${url}: no focus ring on ${info.html}`).toBe(true);
      reached.push(info.html);
    }
    expect(reached, url).toEqual(expected);
  }
});

const ALLOWED_HOSTS = [
  '405d.hhs.gov',
  'www.hhs.gov',
  'hhs.gov',
  'www.nist.gov',
  'nvlpubs.nist.gov',
];
/** The site's own host, when the build was given one (SITE_URL). */
const OWN_HOST = process.env.SITE_URL ? new URL(process.env.SITE_URL).host : undefined;
if (OWN_HOST) ALLOWED_HOSTS.push(OWN_HOST);

test('external links go only to the allow-list, each with rel="noopener"', () => {
  const problems: string[] = [];
  for (const file of htmlFiles(join(ROOT, 'dist'))) {
    const doc = fromHtml(readFileSync(file, 'utf8'));
    for (const a of selectAll(doc, 'a[href^="http"]').nodes) {
      const href = String(a.properties.href);
      const host = new URL(href).host;
      const rel = String(a.properties.rel ?? '');
      const own = host === OWN_HOST;
      if (!ALLOWED_HOSTS.includes(host))
        problems.push(`${relative(ROOT, file)}: ${href} is not on the allow-list`);
      else if (!own && !rel.includes('noopener'))
        problems.push(`${relative(ROOT, file)}: ${href} lacks rel="noopener"`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page has a Content-Security-Policy without unsafe-inline, and pages work under it', async ({
  page,
}) => {
  for (const file of htmlFiles(join(ROOT, 'dist'))) {
    const doc = fromHtml(readFileSync(file, 'utf8'));
    const policy = selectAll(doc, 'meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(policy, file).toHaveLength(1);
    expect(policy[0]).not.toContain('unsafe-inline');
    expect(policy[0]).toMatch(/script-src 'self'/);
  }
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  await page.goto(urls.subPractice('4.M.D'));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.keyboard.press('/');
  await page.keyboard.type('ransomware');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
  ).toBeVisible();
  await page.goto(`${urls.search()}?q=T2`);
  await expect(page.locator('#search-status')).toContainText('result');
  expect(violations).toEqual([]);
});
