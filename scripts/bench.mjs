// Prints the figures that define "light" and "fast" for HICP Guide (no pass/fail; the targets are
// in the decisions, docs/decisions/README.md), side by side with a stock Starlight site built from
// the same content in a temporary folder (scripts/bench-starlight.mjs), all in one run:
//   build time: cold and warm (one content file changed), and where it goes (scripts/bench-build.mjs);
//   cold page weight (gzip) and JavaScript bytes; first contentful paint of the reading pages;
//   for a fixed query set, the bytes fetched and the time from the last keystroke to results;
//   the first search on a throttled phone (scripts/bench-phone.mjs);
//   the size of the copy "Keep this guide on this device" saves;
//   the editing loop under `astro dev`, save → visible (scripts/bench-dev.mjs).
//   npm run bench                       (3 rounds of builds)
//   npm run bench -- --rounds=1 --no-starlight
//   npm run bench -- --no-build --starlight-dist=/tmp/sl/dist   (an earlier Starlight build)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { between, clearBuildCaches, EDITED_FILE, timedBuild, warmRebuild } from './bench-build.mjs';
import { coldStarlightBuild, prepareStarlight } from './bench-starlight.mjs';
import { measureDevLoop } from './bench-dev.mjs';
import { phoneSearch } from './bench-phone.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STARLIGHT_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
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
  '/sizes/large/',
  '/checklists/large/',
];
/** Reading pages: a cold view must stay within 12 KB gzip. The glossary is a named exception. */
const READING_BUDGET = 12 * 1024;
const READING = /^\/(threats|practices|sub-practices|volumes)\/|^\/$/;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** The offline copy the build writes: its pages keep the index markers the hosted pages lose. */
const OFFLINE_COPY = 'dist-offline/hicp-guide-offline';

const arg = (name) => process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
const ROUNDS = Number(arg('--rounds') ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (n) => (n === undefined ? '-' : `${n.toFixed(1)} s`);
const reuseStarlight = arg('--starlight-dist');
const withStarlight = !process.argv.includes('--no-starlight');
/** The Starlight twin (prepared once): its root and dist, or only a dist given with --starlight-dist. */
let starlight = reuseStarlight ? { dist: reuseStarlight } : undefined;

if (!process.argv.includes('--no-build')) {
  // Cold and warm builds of ours, and cold builds of the Starlight twin, alternated so that both
  // sites meet the same machine; the last build leaves dist/ as a plain build would.
  const ours = [];
  const theirs = [];
  clearBuildCaches();
  ours.push(timedBuild());
  if (withStarlight && !starlight) {
    starlight = prepareStarlight(OFFLINE_COPY);
    console.log(`starlight: Pagefind ${starlight.pagefind}, ${starlight.pages} pages`);
  }
  for (let i = 0; i < ROUNDS; i++) {
    if (starlight?.root) theirs.push(coldStarlightBuild(starlight.root));
    if (i > 0) {
      clearBuildCaches();
      ours.push(timedBuild());
    }
  }
  const warm = [];
  for (let i = 0; i < ROUNDS; i++) warm.push(warmRebuild());
  printBuildTimes(ours, warm, theirs);
}

/** Build times side by side with Starlight, then where the median cold build's time went. */
function printBuildTimes(ours, warm, theirs) {
  const cold = median(ours.map((b) => b.seconds));
  const rebuilt = median(warm.map((b) => b.seconds));
  const sl = theirs.length ? median(theirs) : undefined;
  const ratio = (a) => (sl ? (a / sl).toFixed(2) : '-');
  console.log(
    `\nbuild time, median of ${ours.length} (cold: no output, no cache; warm: ${EDITED_FILE} changed since the last build)`,
  );
  console.log(
    `  ${''.padEnd(30)} ${'HICP Guide'.padStart(11)} ${'Starlight'.padStart(11)}  ratio  target`,
  );
  console.log(
    `  ${'cold build'.padEnd(30)} ${sec(cold).padStart(11)} ${sec(sl).padStart(11)}  ${ratio(cold).padStart(5)}  ≤ 2.0`,
  );
  console.log(
    `  ${'warm rebuild (vs their cold)'.padEnd(30)} ${sec(rebuilt).padStart(11)} ${sec(sl).padStart(11)}  ${ratio(rebuilt).padStart(5)}  ≤ 1.2`,
  );
  console.log(
    `  runs: ours cold ${ours.map((b) => b.seconds.toFixed(1)).join(', ')}; warm ${warm.map((b) => b.seconds.toFixed(1)).join(', ')}; Starlight ${theirs.map((t) => t.toFixed(1)).join(', ')}`,
  );
  for (const [label, runs] of [
    ['cold', ours],
    ['warm', warm],
  ]) {
    const b = [...runs].sort((x, y) => x.seconds - y.seconds)[Math.floor(runs.length / 2)];
    const t = b.timings;
    if (!t) continue;
    const render = b.pages.reduce((n, k) => n + k.ms, 0) / 1000;
    const pages = b.pages.reduce((n, k) => n + k.pages, 0);
    const astro = between(t, 'build-start', 'pages-generated');
    console.log(`\nwhere the ${label} build's ${b.seconds.toFixed(1)} s went`);
    console.log(
      `  before Astro's build (Node, Astro, config and content gate, content sync): ${sec(t.marks['build-start'])}`,
    );
    console.log(
      `  Astro: bundling ${sec(astro - render)}, rendering ${sec(render)} (${pages} pages and files)`,
    );
    console.log(
      `    by kind: ${b.pages
        .filter((k) => k.ms > 0)
        .map((k) => `${k.kind} ${k.pages} in ${(k.ms / 1000).toFixed(2)} s`)
        .join(', ')}`,
    );
    const cached = (b.log.match(/\((cached|restored)\)/g) ?? []).length;
    if (cached)
      console.log(
        `    ${cached} pages copied from the previous build (their cache keys unchanged)`,
      );
    console.log(
      `  post-build pipeline: ${sec(between(t, 'post-build', 'end'))} (wall ms / CPU ms of this process, all threads)`,
    );
    console.log(`    ${t.steps.map((st) => `${st.name} ${st.ms}/${st.cpuMs}`).join(', ')}`);
    // The link-preview images are drawn in a worker during Astro's build; the step waits for them
    // and copies them into og/. On a warm cache none is drawn: its time is the images' whole cost.
    const previews = t.steps.find((st) => st.name === 'previews');
    const drawn = b.log.match(/(\d+) preview images \((\d+) drawn/);
    if (previews)
      console.log(
        `  preview images: ${drawn ? `${drawn[2]} of ${drawn[1]} drawn, ` : ''}step ${sec(previews.ms / 1000)} (${((previews.ms / 1000 / b.seconds) * 100).toFixed(1)} % of the build; target ≤ 10 % on a warm cache)`,
      );
    console.log(
      `  after the pipeline (Astro's own end, Node exit): ${sec(b.seconds - t.marks.end)}`,
    );
  }
}

/** First contentful paint of a cold view (ms), median of `runs` fresh browser contexts. */
async function firstPaint(origin, path, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const fcp = () => performance.getEntriesByName('first-contentful-paint')[0];
            const wait = () => (fcp() ? resolve(fcp().startTime) : requestAnimationFrame(wait));
            wait();
          }),
      ),
    );
    await context.close();
  }
  return median(times);
}

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT)], {
  stdio: 'ignore',
});
const starlightServer =
  starlight &&
  spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--dir', starlight.dist, '--port', String(PORT + 1)],
    { stdio: 'ignore' },
  );
await new Promise((r) => setTimeout(r, 800));
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

/**
 * Starts watching a page's requests; the function returned resolves once the page has had no
 * request in flight for `ms`. (Playwright's "networkidle" load
 * state resolves at once when the page reached it before, so it cannot tell that a search is done
 * fetching: Pagefind UI, for one, fetches its result texts after it renders the result count.)
 */
function quiet(page, ms = 500) {
  let inFlight = 0;
  let since = performance.now();
  const start = () => {
    inFlight++;
  };
  const end = () => {
    inFlight = Math.max(0, inFlight - 1);
    since = performance.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return async () => {
    since = performance.now();
    while (inFlight > 0 || performance.now() - since < ms) await page.waitForTimeout(50);
    // Response bodies are read after the request finishes: give the recorder a moment.
    await page.waitForTimeout(50);
  };
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
  const gz = sum(seen, 'gz');
  const budget = READING.test(path)
    ? gz <= READING_BUDGET
      ? '  within 12 KB'
      : '  OVER 12 KB'
    : path === '/glossary/'
      ? '  reference page, exception (docs/decisions/061-glossary-over-the-reading-page-budget.md)'
      : '';
  console.log(
    `  ${path.padEnd(28)} ${String(seen.length).padStart(2)} req  ${kb(gz).padStart(8)} gzip  JS ${kb(js)}${budget}`,
  );
  await context.close();
}

console.log(
  `  enhance.js (anchors, Cite, "On this page" marker; on the first move, cached): ${kb(gzipSync(readFileSync('dist/enhance.js')).length)} gzip`,
);

// First paint: the five reading pages, cold, side by side with Starlight's same pages.
{
  const reading = PAGES.filter((p) => READING.test(p));
  const ours = [];
  const theirs = [];
  console.log('\nfirst contentful paint of a cold view (median of 5 views each)');
  for (const path of reading) {
    ours.push(await firstPaint(ORIGIN, path));
    if (starlight) theirs.push(await firstPaint(STARLIGHT_ORIGIN, path));
    console.log(
      `  ${path.padEnd(28)} ${ours.at(-1).toFixed(0).padStart(5)} ms${starlight ? `   Starlight ${theirs.at(-1).toFixed(0).padStart(5)} ms` : ''}`,
    );
  }
  if (starlight)
    console.log(
      `  median of the ${reading.length} pages: ${median(ours).toFixed(0)} ms vs ${median(theirs).toFixed(0)} ms, ratio ${(median(ours) / median(theirs)).toFixed(2)} (target ≤ 1.00)`,
    );
}

// Every reading page, not only the sample above: a cold view is its HTML and the favicon (the inline
// stylesheet and scripts are in the HTML); the heaviest five, and any over the budget.
{
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(`${dir}/${e.name}`)
        : e.name === 'index.html'
          ? [`${dir}/${e.name}`]
          : [],
    );
  const icon = gzipSync(readFileSync('dist/favicon.svg')).length;
  const cold = walk('dist')
    .map((f) => ({ path: f.slice('dist'.length, -'index.html'.length), file: f }))
    .filter((p) => READING.test(p.path) && !p.path.endsWith('/print/'))
    .map((p) => ({ ...p, gz: gzipSync(readFileSync(p.file)).length + icon }))
    .sort((a, b) => b.gz - a.gz);
  const over = cold.filter((p) => p.gz > READING_BUDGET);
  console.log(
    `  every reading page (${cold.length}, HTML + favicon): heaviest ${cold
      .slice(0, 5)
      .map((p) => `${p.path} ${kb(p.gz)}`)
      .join(
        ', ',
      )}; ${over.length ? `OVER 12 KB: ${over.map((p) => p.path).join(', ')}` : 'all within 12 KB'}`,
  );
}

// Size first (issue 22): on a 390×844 phone, where the answer is for a reader of each size (the
// first link to a sub-practice that applies to it) and, with no size chosen, where "At your size"
// ends; and the layout shift of a page opened with a size saved (it must be 0).
console.log(
  '\nsize first at 390×844: y of the answer from the top of the page (the bar is 1,300 px)',
);
for (const path of ['/threats/2/', '/practices/4/', '/volumes/medium-large/4/']) {
  const row = [];
  for (const size of ['', 'small', 'medium', 'large']) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    if (size) await context.addInitScript((s) => localStorage.setItem('hicp-size', s), size);
    const page = await context.newPage();
    await page.goto(ORIGIN + path);
    const m = await page.evaluate(async (size) => {
      const letters = { '': 'sml', small: 's', medium: 'm', large: 'ml' }[size];
      const top = (e) => (e ? Math.round(e.getBoundingClientRect().top + scrollY) : undefined);
      const first = [...document.querySelectorAll('main a[href*="/sub-practices/"]')].find(
        (a) =>
          a.checkVisibility() &&
          letters.includes(a.getAttribute('href').split('/').at(-2).split('-')[1]),
      );
      const box = document.querySelector('.at-size');
      const cls = await new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (sum += e.value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        requestAnimationFrame(() => requestAnimationFrame(() => done(sum)));
      });
      return {
        box: top(box),
        end: box && Math.round(box.getBoundingClientRect().bottom + scrollY),
        first: top(first),
        cls,
      };
    }, size);
    row.push(
      size
        ? `${size} ${m.first ?? '–'}${m.cls ? ` CLS ${m.cls.toFixed(3)}` : ''}`
        : m.box === undefined
          ? 'no box'
          : `no size: box ${m.box}–${m.end}`,
    );
    await context.close();
  }
  console.log(
    `  ${path.padEnd(26)} ${row.join(' · ')}${row.some((r) => r.includes('CLS')) ? '' : ' · CLS 0 in each'}`,
  );
}

/**
 * How to search on each site. HICP Guide: the header field (focused first, which loads search.js and
 * Pagefind); the status line names the query once results are rendered. Starlight: its search
 * button opens the Pagefind UI dialog; its message names the query once results are rendered.
 */
const SITES = {
  ours: {
    async open(page) {
      await page.focus('#site-search-q');
      return '#site-search-q';
    },
    done: '#site-search .search-status',
  },
  starlight: {
    async open(page) {
      if (!(await page.locator('dialog[open]').count()))
        await page.click('site-search button[data-open-modal]:not([disabled])');
      await page.locator('.pagefind-ui__search-input').waitFor();
      return '.pagefind-ui__search-input';
    },
    done: '.pagefind-ui__message',
  },
};

/**
 * One search. `pasted`: the whole query arrives in one input event; `typed`: letter by letter, 60 ms
 * apart. Time: from the last keystroke to rendered results. Bytes: everything fetched meanwhile.
 */
async function searchOnce(site, page, seen, settle, query, mode) {
  const before = seen.length;
  const input = await site.open(page);
  await page.fill(input, '');
  // Focused first: what the field loads on focus arrives before the query does.
  await settle();
  if (mode === 'typed') await page.type(input, query.slice(0, -1), { delay: 60 });
  const ms = await page.evaluate(
    async ([sel, done, q, typed]) => {
      const el = document.querySelector(sel);
      const status = document.querySelector(done);
      if (status) status.textContent = '';
      el.value = typed ? el.value + q.slice(-1) : q;
      const t0 = performance.now();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () =>
          document.querySelector(done)?.textContent.includes(q)
            ? resolve()
            : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    },
    [input, site.done, query, mode === 'typed'],
  );
  // Bytes include everything the search fetched, result texts fetched after rendering included.
  await settle();
  return { ms, bytes: sum(seen.slice(before), 'gz') };
}

/** Every query pasted and typed in a fresh browser context, then one repeated search. */
async function measure(site, origin) {
  const rows = { pasted: [], typed: [], repeated: [] };
  for (const q of QUERIES) {
    for (const mode of ['pasted', 'typed']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen = recorder(page);
      const settle = quiet(page);
      await page.goto(origin + '/practices/4/', { waitUntil: 'networkidle' });
      // What a page loads when idle (Starlight: its search UI) counts as the page's.
      await settle();
      const pageBytes = sum(seen, 'gz');
      const first = await searchOnce(site, page, seen, settle, q, mode);
      rows[mode].push({ ...first, cold: pageBytes + first.bytes });
      if (mode === 'pasted') {
        const other = QUERIES[(QUERIES.indexOf(q) + 1) % QUERIES.length];
        rows.repeated.push(await searchOnce(site, page, seen, settle, other, 'pasted'));
      }
      await context.close();
    }
  }
  return rows;
}

const ours = await measure(SITES.ours, ORIGIN);
const theirs = starlight && (await measure(SITES.starlight, STARLIGHT_ORIGIN));

const med = (rows, mode, key) => median(rows[mode].map((r) => r[key]));
const fmt = (n, key) => (key === 'ms' ? `${n.toFixed(0)} ms` : kb(n));
console.log(
  `\nsearch, median over ${QUERIES.length} queries (gzip bytes; ms from the last keystroke to rendered results)`,
);
console.log(`  ${''.padEnd(34)} ${'HICP Guide'.padStart(11)} ${'Starlight'.padStart(11)}  ratio`);
const line = (label, a, b, key) =>
  console.log(
    `  ${label.padEnd(34)} ${fmt(a, key).padStart(11)} ${(b === undefined ? '-' : fmt(b, key)).padStart(11)}  ${b ? (a / b).toFixed(2) : '-'}`,
  );
for (const mode of ['pasted', 'typed', 'repeated'])
  for (const key of ['bytes', 'ms'])
    line(
      `${mode === 'repeated' ? 'repeated search' : `first search, ${mode}`} ${key === 'ms' ? 'time' : 'bytes'}`,
      med(ours, mode, key),
      theirs && med(theirs, mode, key),
      key,
    );
line(
  'cold visit + first search (pasted)',
  med(ours, 'pasted', 'cold'),
  theirs && med(theirs, 'pasted', 'cold'),
  'bytes',
);
console.log(
  `  typed / pasted bytes: HICP Guide ${(med(ours, 'typed', 'bytes') / med(ours, 'pasted', 'bytes')).toFixed(2)}` +
    (theirs
      ? `, Starlight ${(med(theirs, 'typed', 'bytes') / med(theirs, 'pasted', 'bytes')).toFixed(2)}`
      : ''),
);
console.log(
  '  (HICP Guide searches at once after a paste, or once a burst of keys pauses for 60 ms; Pagefind UI after its own debounce; both included)',
);

// The first search on a throttled phone (scripts/bench-phone.mjs), median of 5 cold runs.
{
  const p = await phoneSearch(browser, ORIGIN);
  const ms = (n) => `${n.toFixed(0)} ms`;
  console.log(
    '\nfirst search on a throttled phone (390×844, 150 ms latency, 1.6 Mbit/s, CPU 4× slower; median of 5 cold runs)',
  );
  console.log(
    `  tap on the search box → first results   ${ms(p.tap).padStart(8)}  (target ≤ 2000 ms)`,
  );
  console.log(
    `  last keystroke → first results, cold    ${ms(p.cold).padStart(8)}  (target ≤ 1000 ms)`,
  );
  console.log(
    `  last keystroke → first results, warm    ${ms(p.warm).padStart(8)}  (target ≤ 150 ms)`,
  );
  console.log(
    `  repeated search                         ${ms(p.repeated).padStart(8)}  (slowest ${ms(p.repeatedMax)}; target ≤ 50 ms every run)`,
  );
  console.log(
    `  runs: tap ${p.runs.tap.map(ms).join(', ')}; cold ${p.runs.cold.map(ms).join(', ')}; warm ${p.runs.warm.map(ms).join(', ')}`,
  );
}

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
// The editing loop: save one MDX file under `astro dev`, time until the open page shows it.
{
  const dev = await measureDevLoop(browser, { port: PORT + 2 });
  console.log(
    `\nnpm run dev: save → visible ${dev.median.toFixed(2)} s, median of ${dev.runs.length} (${dev.runs.map((r) => r.toFixed(2)).join(', ')}; target ≤ 1.5 s)`,
  );
}
await browser.close();
server.kill();
if (starlightServer) starlightServer.kill();
// The temporary Starlight project (about 200 MB with its node_modules) is not kept.
if (starlight?.root) rmSync(starlight.root, { recursive: true, force: true });

// The checklist pages' own script (target: at most 8 KB gzip; loaded by checklist pages only), and
// its import reader and OSCAL writers (loaded on the first import or OSCAL export).
for (const file of ['dist/checklist.js', 'dist/checklist-tools.js'])
  if (existsSync(file))
    console.log(`\n${file.slice(5)}: ${kb(gzipSync(readFileSync(file)).length)} gzip`);

const zip = 'dist/downloads/hicp-guide-offline.zip';
if (existsSync(zip)) console.log(`\noffline edition zip: ${kb(statSync(zip).size)}`);
