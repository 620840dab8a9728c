// Prints the figures that define "light" and "fast" for HICP Guide (no pass/fail: see docs/decisions.md
// for the targets): build time, cold page weight (gzip), JavaScript bytes, and for a fixed query set
// the bytes fetched and the time from the last keystroke to rendered results, measured in Chromium;
// and the size of the copy "Keep this guide on this device" saves.
//   npm run bench            (builds first)
//   npm run bench -- --no-build
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

console.log('\nsearch (header field, fresh browser context per query set)');
const context = await browser.newContext();
const page = await context.newPage();
const seen = recorder(page);
await page.goto(ORIGIN + '/practices/4/', { waitUntil: 'networkidle' });
seen.length = 0;
for (const [i, q] of QUERIES.entries()) {
  const before = seen.length;
  const ms = await page.evaluate(async (query) => {
    const input = document.getElementById('site-search-q');
    const status = document.querySelector('#site-search .search-status');
    input.focus();
    status.textContent = '';
    input.value = query;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const check = () =>
        status.textContent.includes(query) ? resolve() : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  }, q);
  await page.waitForLoadState('networkidle');
  const fetched = seen.slice(before);
  console.log(
    `  ${(i === 0 ? 'first ' : 'then  ') + JSON.stringify(q).padEnd(32)} ${String(fetched.length).padStart(2)} req  ${kb(sum(fetched, 'gz')).padStart(8)} gzip  results in ${ms.toFixed(0)} ms`,
  );
}
console.log(
  `  (the input handler waits 30 ms after the last keystroke before it searches; the times include it)`,
);

// "Keep this guide on this device": a real save in Chromium; what the service worker fetched.
console.log('\nsaved copy (Keep this guide on this device, phone-sized Chromium)');
{
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(ORIGIN + '/downloads/', { waitUntil: 'networkidle' });
  const offered = await page.locator('main [data-keep-size]').textContent();
  const t0 = performance.now();
  await page.locator('main [data-keep-save]').click();
  await page.locator('main [data-keep-remove]').waitFor({ state: 'visible', timeout: 120_000 });
  const seconds = (performance.now() - t0) / 1000;
  // Measured from the saved cache itself: bytes on the device, and gzip as a host would send them
  // (Pagefind's files are compressed already).
  const saved = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('hicp-guide-')));
    let raw = 0;
    let gz = 0;
    const keys = await cache.keys();
    for (const req of keys) {
      const blob = await (await cache.match(req)).blob();
      raw += blob.size;
      gz += new URL(req.url).pathname.startsWith('/pagefind/')
        ? blob.size
        : (await new Response(blob.stream().pipeThrough(new CompressionStream('gzip'))).blob())
            .size;
    }
    return { files: keys.length, raw, gz };
  });
  const sw = existsSync('dist/sw.js') ? gzipSync(readFileSync('dist/sw.js')).length : 0;
  console.log(`  offered as: ${offered}`);
  console.log(
    `  saved ${saved.files} files in ${seconds.toFixed(1)} s: ${kb(saved.gz)} transferred with gzip (target 3 MB), ${kb(saved.raw)} on the device`,
  );
  console.log(`  sw.js ${kb(sw)} gzip (target 10 KB); keep.js loads only when asked`);
  await context.close();
}
await browser.close();
server.kill();

const zip = 'dist/downloads/hicp-guide-offline.zip';
if (existsSync(zip)) console.log(`\noffline edition zip: ${kb(statSync(zip).size)}`);
