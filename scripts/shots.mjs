// Saves screenshots of five kinds of page (home, threat, practice, sub-practice, chapter) at phone
// (390 px) and desktop (1280 px) widths into shots/, for a person to review. Not a test: it asserts
// nothing. Uses the built site in dist/ (run `npx astro build` first).
//   npm run shots              first screen of each page
//   npm run shots -- --full    whole pages
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SHOTS_PORT ?? 4396);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'shots';
const PAGES = {
  home: '/',
  threat: '/threats/2/',
  practice: '/practices/4/',
  'sub-practice': '/sub-practices/4-s-b/',
  chapter: '/volumes/medium-large/7/',
};
const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];
const full = process.argv.includes('--full');

if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npx astro build` first.');
mkdirSync(OUT, { recursive: true });
const server = spawn(
  process.execPath,
  ['scripts/serve-dist.mjs', '--dir', 'dist', '--port', String(PORT)],
  { stdio: 'ignore' },
);
try {
  // Wait until the server answers rather than sleeping a fixed time.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`server on port ${PORT} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath });
  for (const w of WIDTHS) {
    const context = await browser.newContext(w);
    const page = await context.newPage();
    for (const [kind, path] of Object.entries(PAGES)) {
      await page.goto(ORIGIN + path);
      const file = `${OUT}/${kind}-${w.name}.png`;
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
