/**
 * The shared query set (tests/search-queries.yaml) against both built indexes: Pagefind through the
 * search page in Chromium (served dist/), and MiniSearch over the offline copy's records in Node (the
 * same backend code the copy runs from file://). Fails when the two engines' top 3 differ for any
 * query, when a query's `first` result is not first in both, or when either answers less than 90 %
 * of the set in its top 3; prints both shares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { parseItemRef } from '../src/lib/ids';
import type { SearchRecord } from '../src/lib/search-contract';
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

function offlineRecords(): SearchRecord[] {
  const file = join(ROOT, 'dist-offline/hicp-guide-offline/search-index.js');
  const window: { HICP_SEARCH_RECORDS?: SearchRecord[] } = {};
  runInNewContext(readFileSync(file, 'utf8'), { window });
  return window.HICP_SEARCH_RECORDS!;
}

test('the query set: both engines answer it in the top 3 and agree', async ({ page }) => {
  test.setTimeout(180_000);
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  const offline = offlineBackend(offlineRecords(), 'search/index.html');
  const pageUrl = new URL('file:///copy/search/index.html');

  const rows: {
    query: string;
    hosted: string[];
    offline: string[];
    expected: string[];
    first?: string;
  }[] = [];
  for (const c of CASES) {
    await page.goto(`${urls.search()}?q=${encodeURIComponent(c.query)}`);
    await expect(page.locator('#search-status')).not.toBeEmpty();
    const hosted = (
      await page
        .locator('#search-results > li > a')
        .evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href))
    ).map((href) => resultPath(new URL(href), '/'));
    const found = await offline.search(c.query, NO_FILTERS, 3);
    rows.push({
      query: c.query,
      hosted,
      offline: found.hits.map((h) => resultPath(new URL(h.url, pageUrl), '/copy/')),
      expected: c.answers.map(answerPath),
      ...(c.first ? { first: answerPath(c.first) } : {}),
    });
  }

  const answered = (top: string[], expected: string[]) => top.some((p) => expected.includes(p));
  const share = (engine: 'hosted' | 'offline') =>
    rows.filter((r) => answered(r[engine], r.expected)).length / rows.length;
  const differ = rows.filter((r) => r.hosted.join(' ') !== r.offline.join(' '));
  const notFirst = rows.filter(
    (r) => r.first !== undefined && (r.hosted[0] !== r.first || r.offline[0] !== r.first),
  );
  const unanswered = rows.filter(
    (r) => !answered(r.hosted, r.expected) || !answered(r.offline, r.expected),
  );
  console.log(
    [
      `Query set: ${rows.length} queries.`,
      `Answered in the top 3: Pagefind (hosted) ${(share('hosted') * 100).toFixed(1)} %, MiniSearch (offline) ${(share('offline') * 100).toFixed(1)} %.`,
      `Top 3 identical in both engines: ${rows.length - differ.length} of ${rows.length}.`,
      ...unanswered.map(
        (r) => `  not answered: "${r.query}" hosted [${r.hosted}] offline [${r.offline}]`,
      ),
      ...differ.map((r) => `  differ: "${r.query}" hosted [${r.hosted}] offline [${r.offline}]`),
      ...notFirst.map(
        (r) =>
          `  not first: "${r.query}" wants ${r.first}: hosted [${r.hosted}] offline [${r.offline}]`,
      ),
    ].join('\n'),
  );
  expect(
    notFirst.map((r) => r.query),
    'queries whose named result is not first in both engines',
  ).toEqual([]);
  expect(
    differ.map((r) => r.query),
    'queries whose top 3 differ between engines',
  ).toEqual([]);
  expect(share('hosted')).toBeGreaterThanOrEqual(0.9);
  expect(share('offline')).toBeGreaterThanOrEqual(0.9);
});

test('every CSF page a reader can look up by its code also finds the items that cite or reach it', () => {
  const words = new Set(offlineRecords().flatMap((r) => (r.alias ?? '').split(' ')));
  const keys = (pages: boolean) =>
    [...words]
      .filter((w) => w.startsWith('hicpcsf') && w.startsWith('hicpcsfpage') === pages)
      .map((w) => w.replace(/^hicpcsf(page)?/, ''))
      // A function alone ("pr") is never read as a code: CSF_PATTERN needs a category.
      .filter((k) => CSF_PATTERN.test(k.replace(/z$/, '1')));
  const items = new Set(keys(false));
  expect(keys(true).length).toBeGreaterThan(80);
  expect(keys(true).filter((k) => !items.has(k))).toEqual([]);
});

test('a CSF code HICP does not reach finds nothing, hosted and offline', async ({ page }) => {
  // GV.OC-01 is in CSF 2.0, but no CSF 1.1 code HICP cites leads there.
  await page.goto(`${urls.search()}?q=GV.OC-01`);
  await expect(page.locator('#search-status')).toHaveText('No results for “GV.OC-01”');
  const offline = offlineBackend(offlineRecords(), 'search/index.html');
  expect((await offline.search('GV.OC-01', NO_FILTERS, 10)).hits).toEqual([]);
});
