/**
 * Size first (issue 22): a reader who has told us their size gets the answer on the first screen of
 * every threat and practice page, the page is right from the first frame (no layout shift), other
 * sizes are folded into real <details> (never removed), and the choice is kept. Lean: one browser
 * context per state, each page loaded once and measured in one evaluate. The offline copy and the
 * saved app are covered by the size-lens flows of checklist.spec.ts and app.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { ROOT, enhance, graph, urls } from './helpers';
import { selectAll } from './select';
import { APPLIES_TO, SIZES, type Size } from '../src/lib/ids';
import { fileOf } from '../src/lib/urls';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The bar: the answer within the first 1,300 px of a 390×844 phone. */
const FIRST_SCREENS = 1300;
const pages = [
  ...graph.threats.map((t) => urls.threat(t.data.number)),
  ...graph.practices.map((p) => urls.practice(p.data.number)),
];
const built = (url: string) =>
  fromHtml(readFileSync(join(ROOT, 'dist', fileOf(urls.sitePath(url)!)), 'utf8'));
/** The letter of a sub-practice ID's size in its URL: /sub-practices/4-s-b/. */
const LETTER: Record<Size, string> = { small: 's', medium: 'm', large: 'l' };

/** What a page shows at load: where things are (page y), and the state of every fold. */
function measure(page: Page) {
  return page.evaluate(() => {
    const y = (e: Element | null | undefined) =>
      e ? Math.round(e.getBoundingClientRect().top + scrollY) : -1;
    // Not rendered: display none, or inside a closed <details> (content-visibility: hidden).
    const shown = (e: Element) => e.checkVisibility();
    const links = [
      ...document.querySelectorAll<HTMLAnchorElement>('main a[href*="/sub-practices/"]'),
    ];
    return {
      box: y(document.querySelector('.at-size')),
      groups: [...document.querySelectorAll<HTMLDetailsElement>('details[data-at]')].map((d) => ({
        size: d.dataset.at!,
        open: d.open,
        summary: y(d.querySelector('summary')),
      })),
      folds: [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold]')].map((d) => ({
        size: d.dataset.fold!,
        open: d.open,
        summaryShown: shown(d.querySelector('summary')!),
        // What a screen reader hears must match what is on screen: content shows only when open.
        contentShown: [...d.children].some((c) => c.tagName !== 'SUMMARY' && shown(c)),
      })),
      firstShown: links.filter(shown).map((a) => ({ href: a.getAttribute('href')!, y: y(a) })),
    };
  });
}

test('at 390×844 every threat and practice page answers within the first screens, in each state', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  for (const state of ['', ...SIZES] as const) {
    const context = await browser.newContext(PHONE);
    if (state) await context.addInitScript((s) => localStorage.setItem('hicp-size', s), state);
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(url);
      const m = await measure(page);
      const where = `${url} (${state || 'no size'})`;
      expect(m.box, where).toBeGreaterThan(0);
      expect(
        m.groups.map((g) => g.size),
        where,
      ).toEqual([...SIZES]);
      if (!state) {
        // No size: the box is near the top and shows the three sizes, one folded line each.
        for (const g of m.groups) {
          expect(g.open, where).toBe(false);
          expect(g.summary, where).toBeLessThan(FIRST_SCREENS);
        }
        for (const f of m.folds)
          expect([f.open, f.summaryShown, f.contentShown], where).toEqual([true, false, true]);
        continue;
      }
      // A size: its group is open, the others folded; the first link to a sub-practice that applies
      // to it is within the first screens.
      for (const g of m.groups) expect(g.open, `${where} ${g.size}`).toBe(g.size === state);
      const letters = APPLIES_TO[state].map((s) => LETTER[s]);
      const first = m.firstShown.find((l) =>
        letters.includes(l.href.split('/').at(-2)!.split('-')[1]!),
      );
      expect(first, where).toBeDefined();
      expect(first!.y, where).toBeLessThan(FIRST_SCREENS);
      // Other sizes' sections are folded, never removed: closed, their summary line showing.
      for (const f of m.folds) {
        const applies = APPLIES_TO[state].includes(f.size as Size);
        expect([f.open, f.summaryShown, f.contentShown], `${where} fold ${f.size}`).toEqual(
          applies ? [true, false, true] : [false, true, false],
        );
      }
    }
    await context.close();
  }
});

/** The sum of layout-shift scores the page has recorded (buffered: from the start of loading). */
const layoutShift = (page: Page, withInput = false) =>
  page.evaluate(
    (withInput) =>
      new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (withInput || !e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done(sum)));
      }),
    withInput,
  );

test('a saved size is right at first paint (CLS 0); choosing one moves nothing above the control', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const saved = await browser.newContext(PHONE);
  await saved.addInitScript(() => localStorage.setItem('hicp-size', 'medium'));
  const page = await saved.newPage();
  for (const url of [urls.threat(2), urls.practice(4), urls.chapter('medium-large', 4)]) {
    await page.goto(url);
    expect(await layoutShift(page), url).toBe(0);
    await expect(page.locator('html')).toHaveAttribute('data-lens', 'medium');
  }
  await saved.close();

  for (const width of [360, 390]) {
    const context = await browser.newContext({ ...PHONE, viewport: { width, height: 844 } });
    const p = await context.newPage();
    await p.goto(urls.threat(2));
    // The four choices sit on one line (the walk found "Any size" on a line of its own).
    const tops = await p
      .locator('.lens-pick label')
      .evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(tops).size, `${width} px`).toBe(1);
    const above = () =>
      p.evaluate(() =>
        ['h1', 'main .lead', '.toc-fold', '.at-size h2', '.lens-pick'].map(
          (s) => document.querySelector(s)!.getBoundingClientRect().top + scrollY,
        ),
      );
    const before = await above();
    for (const size of ['Small', 'Large', 'All sizes']) {
      await p.getByRole('radio', { name: size, exact: true }).check();
      expect(await above(), `${width} px, ${size}`).toEqual(before);
    }
    expect(await layoutShift(p), `${width} px`).toBe(0);
    await context.close();
  }
});

test('the choice is kept and shown in words; folded sections open; print names the size', async ({
  page,
}) => {
  await page.goto(urls.practice(4));
  const showing = page.getByRole('group', { name: 'Showing' });
  await expect(showing.getByRole('radio', { name: 'All sizes' })).toBeChecked();
  await showing.getByRole('radio', { name: 'Small', exact: true }).check();
  await page.reload();
  await expect(showing.getByRole('radio', { name: 'Small', exact: true })).toBeChecked();
  // Folded, never hidden: the summary says what it holds, and it opens.
  const medium = page.locator('details[data-fold="medium"]');
  await expect(medium).toHaveCount(2);
  await expect(medium.first().locator('summary')).toHaveText(
    `What medium organizations do: ${graph.subPracticesOf(4, 'medium').length} sub-practices`,
  );
  await expect(page.locator('#what-medium-organizations-do')).toBeHidden();
  await medium.first().locator('summary').click();
  await expect(page.locator('#what-medium-organizations-do')).toBeVisible();
  await expect(page.locator('#what-small-organizations-do')).toBeVisible();
  // Paper says which size it was printed for, and folded sections print as their line.
  await page.emulateMedia({ media: 'print' });
  const line = await page.evaluate(
    () => getComputedStyle(document.documentElement, '::before').content,
  );
  expect(line).toContain('Printed for a small organization');
  await expect(medium.nth(1).locator('summary')).toBeVisible();
  await expect(page.locator('#medium-sub-practices')).toBeHidden();
  await expect(page.locator('.lens-pick')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // The matrix counts the chosen size's sub-practices only, in its small muted line.
  await page.goto(urls.matrix());
  const counts = page.locator('.sp-counts').first();
  await expect(counts.locator('[data-sp-size="small"]')).toBeVisible();
  await expect(counts.locator('[data-sp-size="medium"]')).toBeHidden();
  expect(await counts.evaluate((c) => getComputedStyle(c).display)).toBe('flex');
  // Another page opens at the same size; a link into a folded group opens it.
  await page.goto(urls.threat(2));
  await expect(page.locator('#by-size-small')).toHaveJSProperty('open', true);
  await expect(page.locator('#by-size-large')).toHaveJSProperty('open', false);
  // An address into a folded group (from another page: a shared link, Start here, search) opens it.
  await page.goto(urls.home());
  await page.goto(`${urls.threat(2)}#by-size-large`);
  await expect(page.locator('#by-size-large')).toHaveJSProperty('open', true);
  await enhance(page);
  await page.evaluate(() => (location.hash = '#by-size-medium'));
  await expect(page.locator('#by-size-medium')).toHaveJSProperty('open', true);
  // With no size chosen, printing opens every size's group (as without JavaScript), then folds back.
  await page.getByRole('radio', { name: 'All sizes' }).check();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const size of SIZES)
    await expect(page.locator(`#by-size-${size}`)).toHaveJSProperty('open', true);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  for (const size of SIZES)
    await expect(page.locator(`#by-size-${size}`)).toHaveJSProperty('open', false);
});

test('without JavaScript every size is shown open and the size links work', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of [urls.threat(2), urls.practice(4), urls.chapter('medium-large', 4)]) {
    await page.goto(url);
    await expect(page.locator('.lens-pick'), url).toBeHidden();
    const states = await page
      .locator('details[data-at], details[data-fold]')
      .evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    expect(states.length, url).toBeGreaterThan(0);
    expect(states.every(Boolean), url).toBe(true);
    await expect(page.locator('details[data-fold] > summary').first()).toBeHidden();
  }
  await page.goto(urls.threat(2));
  await page.locator('.lens-links').getByRole('link', { name: 'small' }).click();
  await expect(page).toHaveURL(urls.sizeView('small'));
  await expect(page.locator('h1')).toHaveText('What applies to a small organization');
  await context.close();
});

test('home size cards remember the size and open its view; home links the checklists', async ({
  page,
}) => {
  await page.goto(urls.home());
  await page.locator('main a[href="/checklists/"]').waitFor();
  await page.getByRole('link', { name: 'Medium organizations' }).click();
  await expect(page).toHaveURL(urls.sizeView('medium'));
  expect(await page.evaluate(() => localStorage.getItem('hicp-size'))).toBe('medium');
  await page.goto(urls.threat(1));
  await expect(page.locator('#by-size-medium')).toHaveJSProperty('open', true);
});

test('the size and checklist index pages, and Start here, link where a small reader needs', () => {
  for (const url of [urls.sizes(), urls.checklists()]) {
    const hrefs = selectAll(built(url), 'main a').attr('href');
    for (const size of SIZES) {
      expect(hrefs, url).toContain(urls.sizeView(size));
      expect(hrefs, url).toContain(urls.checklist(size));
    }
    expect(hrefs, url).toContain(urls.page('sizing'));
  }
  expect(selectAll(built(urls.sizes()), 'main p').text().join(' ')).not.toMatch(/across\d/);
  for (const size of SIZES)
    expect(selectAll(built(urls.sizeView(size)), '.lead').text()[0]).toMatch(
      /across (all|\d+ of the) 10 practices/,
    );
  const start = built(urls.startSmall());
  const text = selectAll(start, 'main').text()[0]!;
  expect(text).toContain('order is our suggestion');
  // Each step says what its sub-practice is about (4.S.B's title, "Procedures", does not).
  expect(text).toContain(`Procedures — ${graph.subPractice('4.S.B').data.gist}`);
  // Each threat's small group, linked by an anchor the threat page has.
  const toThreats = selectAll(start, 'main a')
    .attr('href')
    .filter((h) => h.includes('#by-size-small'));
  expect(toThreats).toEqual(
    expect.arrayContaining(graph.threats.map((t) => urls.threatAtSize(t.data.number, 'small'))),
  );
  for (const t of graph.threats)
    expect(
      selectAll(built(urls.threat(t.data.number)), '#by-size-small').nodes,
      `T${t.data.number}`,
    ).toHaveLength(1);
});

test('with a size chosen: axe passes in light and dark, and the keyboard picks sizes with a visible ring', async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(() => localStorage.setItem('hicp-size', 'small'));
  const page = await context.newPage();
  for (const url of [urls.threat(2), urls.practice(4)]) {
    await page.goto(url);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const r = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
        .analyze();
      expect(r.violations.map((v) => `${url} ${scheme}: ${v.id}`)).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Tab lands on the chosen size (one stop for the group); arrows move the choice.
  await page.locator('.at-size h2').evaluate((h) => h.setAttribute('tabindex', '-1'));
  await page.locator('.at-size h2').focus();
  // The focus is a first move: once enhance.js has added the heading's "#" link, Tab passes it.
  await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Copy link to “At your size”' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Small', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Medium', exact: true })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-lens', 'medium');
  const ring = await page
    .locator('.lens-pick label', { has: page.locator(':focus') })
    .evaluate((l) => getComputedStyle(l).outlineWidth);
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
  await context.close();
});
