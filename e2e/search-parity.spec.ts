/**
 * The shared query set (tests/search-queries.yaml) against both built indexes: Pagefind through the
 * search page in Chromium (served dist/), and MiniSearch over the offline copy's files in Node (the
 * same backend code the copy runs from file://). Fails when the two engines' top 10 differ for any
 * query, when a query's `first` result is not first in both, or when either answers less than 95 %
 * of the set in its top 3; prints both shares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { parseItemRef } from '../src/lib/ids';
import {
  RECORDS_GLOBAL,
  RECORDS_JSON,
  RECORDS_SCRIPT,
  TEXT_GLOBAL,
  TEXT_SCRIPT,
  recordKeys,
  type RecordSet,
  type SearchSection,
} from '../src/lib/search-contract';
import { offlineBackend } from '../src/client/backend-offline';
import { NO_FILTERS } from '../src/client/search-core';
import { CSF_PATTERN } from '../src/client/query';
import { ROOT, urls } from './helpers';

interface Case {
  query: string;
  answers: string[];
  /** The result both engines must put first (a CSF code's own page). */
  first?: string;
}
const CASES = parse(readFileSync(join(ROOT, 'tests/search-queries.yaml'), 'utf8')) as Case[];
const TOP = 10;

/** An answer as a base-less site path: "threats/2/", "glossary/#phishing", "sizing/". */
function answerPath(answer: string): string {
  if (answer.startsWith('glossary/')) return `glossary/#${answer.slice('glossary/'.length)}`;
  if (answer.startsWith('page/')) return answer.slice('page/'.length);
  const ref = parseItemRef(answer);
  if (!ref) throw new Error(`tests/search-queries.yaml: "${answer}" is not an item ID`);
  return urls.item(ref).slice(1);
}

/** A result link as a site path: section anchors dropped, except a glossary term's own anchor. */
function resultPath(url: URL, rootPath: string): string {
  const path = url.pathname.slice(rootPath.length).replace(/index\.html$/, '');
  return path === 'glossary/' && url.hash ? `${path}${url.hash}` : path;
}

const COPY = join(ROOT, 'dist-offline/hicp-guide-offline');

/** The offline copy's record set and text, as its classic scripts set them. */
function offlineFiles(): { set: RecordSet; text: (SearchSection[] | null)[] } {
  const window: Record<string, unknown> = {};
  for (const file of [RECORDS_SCRIPT, TEXT_SCRIPT])
    runInNewContext(readFileSync(join(COPY, file), 'utf8'), { window });
  return {
    set: window[RECORDS_GLOBAL] as RecordSet,
    text: window[TEXT_GLOBAL] as (SearchSection[] | null)[],
  };
}

test('the query set: both engines answer it in the top 3 and give the same top 10', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(CASES.length).toBeGreaterThanOrEqual(100);
  const { set, text } = offlineFiles();
  const offline = offlineBackend(set, text, 'search/index.html');
  const pageUrl = new URL('file:///copy/search/index.html');

  const rows: {
    query: string;
    hosted: string[];
    offline: string[];
    expected: string[];
    first?: string;
  }[] = [];
  // One page, one query after another, as a reader searches (a page load per query took twice as
  // long).
  await page.goto(urls.search());
  const field = page.getByRole('searchbox', { name: 'Search HICP Guide' });
  for (const c of CASES) {
    await field.fill(c.query);
    await field.press('Enter');
    await expect(page.locator('#search-status')).toContainText(`“${c.query}”`);
    await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
    const hosted = (
      await page
        .locator('#search-results > li > a')
        .evaluateAll((as, n) => as.slice(0, n).map((a) => (a as HTMLAnchorElement).href), TOP)
    ).map((href) => resultPath(new URL(href), '/'));
    const found = await offline.search(c.query, NO_FILTERS, TOP);
    rows.push({
      query: c.query,
      hosted,
      offline: found.hits.map((h) => resultPath(new URL(h.url, pageUrl), '/copy/')),
      expected: c.answers.map(answerPath),
      ...(c.first ? { first: answerPath(c.first) } : {}),
    });
  }

  const answered = (top: string[], expected: string[]) =>
    top.slice(0, 3).some((p) => expected.includes(p));
  const share = (engine: 'hosted' | 'offline') =>
    rows.filter((r) => answered(r[engine], r.expected)).length / rows.length;
  const differ = rows.filter((r) => r.hosted.join(' ') !== r.offline.join(' '));
  const notFirst = rows.filter(
    (r) => r.first !== undefined && (r.hosted[0] !== r.first || r.offline[0] !== r.first),
  );
  const unanswered = rows.filter(
    (r) => !answered(r.hosted, r.expected) || !answered(r.offline, r.expected),
  );
  const top3 = (list: string[]) => list.slice(0, 3).join(', ');
  console.log(
    [
      `Query set: ${rows.length} queries.`,
      `Answered in the top 3: Pagefind (hosted) ${(share('hosted') * 100).toFixed(1)} %, MiniSearch (offline) ${(share('offline') * 100).toFixed(1)} %.`,
      `Top ${TOP} identical in both engines: ${rows.length - differ.length} of ${rows.length}.`,
      ...unanswered.map(
        (r) =>
          `  not answered: "${r.query}" hosted [${top3(r.hosted)}] offline [${top3(r.offline)}]`,
      ),
      ...differ.map((r) => `  differ: "${r.query}" hosted [${r.hosted}] offline [${r.offline}]`),
      ...notFirst.map(
        (r) =>
          `  not first: "${r.query}" wants ${r.first}: hosted [${top3(r.hosted)}] offline [${top3(r.offline)}]`,
      ),
    ].join('\n'),
  );
  expect(
    notFirst.map((r) => r.query),
    'queries whose named result is not first in both engines',
  ).toEqual([]);
  expect(
    differ.map((r) => r.query),
    `queries whose top ${TOP} differ between engines`,
  ).toEqual([]);
  expect(share('hosted')).toBeGreaterThanOrEqual(0.95);
  expect(share('offline')).toBeGreaterThanOrEqual(0.95);
});

test('one record set for both engines: the hosted file and the offline script hold the same', () => {
  const hosted = readFileSync(join(ROOT, 'dist', RECORDS_JSON), 'utf8');
  const script = readFileSync(join(COPY, RECORDS_SCRIPT), 'utf8');
  expect(script).toBe(`window.${RECORDS_GLOBAL}=${hosted};\n`);
  const { set, text } = offlineFiles();
  expect(text).toHaveLength(set.records.length);
});

test('every CSF page a reader can look up by its code also finds the items that cite or reach it', () => {
  const keys = new Set(offlineFiles().set.records.flatMap(recordKeys));
  const codes = (pages: boolean) =>
    [...keys]
      .filter((w) => w.startsWith('hicpcsf') && w.startsWith('hicpcsfpage') === pages)
      .map((w) => w.replace(/^hicpcsf(page)?/, ''))
      // A function alone ("pr") is never read as a code: CSF_PATTERN needs a category.
      .filter((k) => CSF_PATTERN.test(k.replace(/z$/, '1')));
  const items = new Set(codes(false));
  expect(codes(true).length).toBeGreaterThan(80);
  expect(codes(true).filter((k) => !items.has(k))).toEqual([]);
});

test('a CSF code HICP does not reach finds nothing, hosted and offline', async ({ page }) => {
  // GV.OC-01 is in CSF 2.0, but no CSF 1.1 code HICP cites leads there.
  await page.goto(`${urls.search()}?q=GV.OC-01`);
  await expect(page.locator('#search-status')).toHaveText('No results for “GV.OC-01”');
  const { set, text } = offlineFiles();
  const offline = offlineBackend(set, text, 'search/index.html');
  expect((await offline.search('GV.OC-01', NO_FILTERS, 10)).hits).toEqual([]);
});
