// Prints the figures that define "light" and "fast" for HICP Guide (no pass/fail: see docs/decisions.md
// for the targets): build time, cold page weight (gzip), JavaScript bytes, and for a fixed query set
// the bytes fetched and the time from the last keystroke to rendered results, measured in Chromium.
//   npm run bench            (builds first)
//   npm run bench -- --no-build
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4397;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUERIES = [
  'backups for ransomware',
  'phishing',
  '1.M.B',
  'medical device vulnerability',
  'MFA',
  'T2',
  'what should a small practice do about ransomware',
  'PR.IP-4',
];
const PAGES = [
  '/',
  '/threats/2/',
  '/practices/4/',
  '/sub-practices/4-m-d/',
  '/volumes/medium-large/7/',
  '/matrix/',
  '/glossary/',
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
  });
  if (r.status !== 0) throw new Error('build failed');
  console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT)], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 600));
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking'],
});

/** Records every response of a page: path, raw bytes, gzip bytes, and whether it is JavaScript. */
function recorder(page) {
  const seen = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      const type = res.headers()['content-type'] ?? '';
      seen.push({
        path: new URL(res.url()).pathname,
        raw: body.length,
        gz: gzipSync(body).length,
        js: /javascript/.test(type),
      });
    } catch {}
  });
  return seen;
}
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);

console.log('\ncold page views (all requests, gzip; JS = external + inline scripts, raw)');
for (const path of PAGES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = recorder(page);
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const inlineJs = await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + s.text.length, 0),
  );
  const js =
    sum(
      seen.filter((r) => r.js),
      'raw',
    ) + inlineJs;
  console.log(
    `  ${path.padEnd(28)} ${String(seen.length).padStart(2)} req  ${kb(sum(seen, 'gz')).padStart(8)} gzip  JS ${kb(js)}`,
  );
  await context.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Waits until the header's status line names the query: results are rendered. */
async function resultsShown(page, query) {
  await page.waitForFunction(
    (q) => document.querySelector('#site-search .search-status')?.textContent.includes(q),
    query,
  );
}

/**
 * One search in the header field of a reading page. `pasted`: the whole query arrives in one input
 * event; `typed`: letter by letter, 60 ms apart. The time runs from the last keystroke to rendered
 * results; the field is focused first (as a reader does), so search.js and Pagefind are loading.
 */
async function searchOnce(page, seen, query, mode) {
  const before = seen.length;
  await page.focus('#site-search-q');
  await page.evaluate(() => {
    document.querySelector('#site-search .search-status').textContent = '';
    document.getElementById('site-search-q').value = '';
  });
  await page.waitForLoadState('networkidle');
  if (mode === 'typed') await page.keyboard.type(query.slice(0, -1), { delay: 60 });
  const ms = await page.evaluate(
    async ([q, typed]) => {
      const input = document.getElementById('site-search-q');
      const status = document.querySelector('#site-search .search-status');
      input.value = typed ? input.value + q.slice(-1) : q;
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () =>
          status.textContent.includes(q) ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    },
    [query, mode === 'typed'],
  );
  await page.waitForLoadState('networkidle');
  return { ms, bytes: sum(seen.slice(before), 'gz') };
}

console.log(
  '\nsearch in the header field (gzip bytes fetched; ms from the last keystroke to results)',
);
const rows = { pasted: [], typed: [], repeated: [] };
for (const q of QUERIES) {
  const line = [];
  for (const mode of ['pasted', 'typed']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = recorder(page);
    await page.goto(ORIGIN + '/practices/4/', { waitUntil: 'networkidle' });
    const pageBytes = sum(seen, 'gz');
    const first = await searchOnce(page, seen, q, mode);
    rows[mode].push({ ...first, cold: pageBytes + first.bytes });
    line.push(
      `${mode} ${kb(first.bytes)} ${first.ms.toFixed(0)} ms (cold visit + search ${kb(pageBytes + first.bytes)})`,
    );
    if (mode === 'pasted') {
      // A second, different search in the same page: what a repeated search costs.
      const other = QUERIES[(QUERIES.indexOf(q) + 1) % QUERIES.length];
      const again = await searchOnce(page, seen, other, 'pasted');
      rows.repeated.push(again);
      line.push(`then ${JSON.stringify(other)} ${kb(again.bytes)} ${again.ms.toFixed(0)} ms`);
    }
    await context.close();
  }
  console.log(`  ${JSON.stringify(q).padEnd(30)} ${line.join(' | ')}`);
}
for (const [mode, list] of Object.entries(rows))
  console.log(
    `  median ${mode.padEnd(8)} ${kb(median(list.map((r) => r.bytes))).padStart(8)}  ${median(list.map((r) => r.ms)).toFixed(0)} ms` +
      (list[0].cold ? `  cold visit + search ${kb(median(list.map((r) => r.cold)))}` : ''),
  );
console.log(
  `  typed / pasted bytes: ${(median(rows.typed.map((r) => r.bytes)) / median(rows.pasted.map((r) => r.bytes))).toFixed(2)}`,
);
console.log('  (results run 60 ms after the last keystroke; the times include that pause)');
await browser.close();
server.kill();

const zip = 'dist/downloads/hicp-guide-offline.zip';
if (existsSync(zip)) console.log(`\noffline edition zip: ${kb(statSync(zip).size)}`);
