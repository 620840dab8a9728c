// The first search on a throttled phone (issue 23): 390×844, 150 ms latency, 1.6 Mbit/s down,
// CPU 4× slower, each run in a fresh browser context (cold cache), on a practice page:
//   tap → first results: the reader taps the header field and the query arrives at once (pasted);
//   last keystroke → first results, cold: the first search, typed at 150 ms a key after the tap;
//   the same, warm: a second query on that page;
//   a repeated search: the first query again.
// Times are measured in the page (performance.now), from the event to the status line naming the
// query with results listed. Used by scripts/bench.mjs; prints nothing itself.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function throttledPage(browser, origin, path) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(origin + path, { waitUntil: 'load' });
  return { context, page };
}

/** Resolves in the page once the header's status names `q` and results are listed; ms since t0. */
function resultsFor(page, q, t0Name) {
  return page.evaluate(
    ([query, name]) =>
      new Promise((resolve) => {
        const check = () => {
          const status = document.querySelector('#site-search .search-status')?.textContent ?? '';
          if (status.includes(`“${query}”`) && document.querySelector('#site-search-results li'))
            resolve(performance.now() - window[name]);
          else requestAnimationFrame(check);
        };
        check();
      }),
    [q, t0Name],
  );
}

/** Sets the field to `text` as one input event, marking the time in the page first. */
function inputNow(page, text, t0Name) {
  return page.evaluate(
    ([value, name]) => {
      const el = document.querySelector('#site-search-q');
      window[name] = performance.now();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [text, t0Name],
  );
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

export async function phoneSearch(
  browser,
  origin,
  { runs = 5, query = 'ransomware', other = 'phishing', path = '/practices/4/' } = {},
) {
  const tap = [];
  const cold = [];
  const warm = [];
  const repeated = [];
  for (let i = 0; i < runs; i++) {
    // Tap, then the whole query at once.
    {
      const { context, page } = await throttledPage(browser, origin, path);
      await page.evaluate(() => {
        const el = document.querySelector('#site-search-q');
        el.addEventListener('touchstart', () => (window.t0tap = performance.now()), {
          once: true,
          capture: true,
        });
      });
      await page.tap('#site-search-q');
      await page.evaluate((q) => {
        const el = document.querySelector('#site-search-q');
        el.value = q;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, query);
      tap.push(await resultsFor(page, query, 't0tap'));
      await context.close();
    }
    // Tap, type at a phone's pace; then a second query; then the first again.
    {
      const { context, page } = await throttledPage(browser, origin, path);
      await page.tap('#site-search-q');
      await page.type('#site-search-q', query.slice(0, -1), { delay: 150 });
      await page.waitForTimeout(150);
      await inputNow(page, query, 't0key');
      cold.push(await resultsFor(page, query, 't0key'));
      await page.fill('#site-search-q', '');
      await page.type('#site-search-q', other.slice(0, -1), { delay: 150 });
      await page.waitForTimeout(150);
      await inputNow(page, other, 't0key');
      warm.push(await resultsFor(page, other, 't0key'));
      await inputNow(page, query, 't0key');
      repeated.push(await resultsFor(page, query, 't0key'));
      await context.close();
    }
  }
  return {
    tap: median(tap),
    cold: median(cold),
    warm: median(warm),
    repeated: median(repeated),
    repeatedMax: Math.max(...repeated),
    runs: { tap, cold, warm, repeated },
  };
}
