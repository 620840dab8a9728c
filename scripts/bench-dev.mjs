// The editing loop for `npm run bench`: starts `astro dev`, opens a sub-practice page in Chromium,
// then five times changes a sentence of its MDX file and times save → the new words on the open
// page. Restores the file whatever happens. Prints nothing itself; bench.mjs prints the figures.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const DEV_FILE = 'content/sub-practices/4.M.D.mdx';
const DEV_PATH = '/sub-practices/4-m-d/';

/** Starts `astro dev` on `port`; resolves with the process once it answers. */
async function startDev(port) {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      if ((await fetch(origin + DEV_PATH)).ok) return { child, origin, log: () => log };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`astro dev did not answer on ${origin}:\n${log}`);
}

/**
 * Median and every run of save → visible, in seconds. `browser`: a Playwright browser. The edit adds
 * a sentence with a unique word at the end of the page's first paragraph of "Why it matters".
 */
export async function measureDevLoop(browser, { port = 4398, runs = 5 } = {}) {
  const original = readFileSync(DEV_FILE, 'utf8');
  const dev = await startDev(port);
  const page = await browser.newPage();
  const times = [];
  try {
    await page.goto(dev.origin + DEV_PATH, { waitUntil: 'load' });
    for (let i = 0; i < runs; i++) {
      const word = `Benchword${Date.now().toString(36)}${i}`;
      const edited = original.replace(
        /(## Why it matters\s*\n\s*\n[^\n]*?)\.(\s*\n)/,
        `$1. ${word}.$2`,
      );
      if (edited === original)
        throw new Error(`${DEV_FILE}: no paragraph after "## Why it matters"`);
      const t0 = performance.now();
      writeFileSync(DEV_FILE, edited);
      await page.getByText(word).first().waitFor({ timeout: 30_000 });
      times.push((performance.now() - t0) / 1000);
      writeFileSync(DEV_FILE, original);
      await page.getByText(word).first().waitFor({ state: 'detached', timeout: 30_000 });
    }
  } finally {
    writeFileSync(DEV_FILE, original);
    await page.close();
    dev.child.kill();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], runs: times };
}
