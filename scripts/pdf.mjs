// Renders each volume's print page (/volumes/<volume>/print/) to a PDF with Chromium, with a document
// outline and tagged (accessible) PDF output.
//   npm run pdf                         build, write public/downloads/hicp-guide-<volume>.pdf, build again
//                                       so the Downloads page lists them
//   node scripts/pdf.mjs --out DIR      only render, from an existing dist/, into DIR
//   node scripts/pdf.mjs --origin URL   render from a server that is already running
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
// Node runs these TypeScript modules directly (type stripping): the same URL rules as the site.
import { VOLUMES } from '../src/lib/ids.ts';
import { createUrls } from '../src/lib/urls.ts';
import { pdfName } from '../src/page-data/downloads.ts';
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'public/downloads' }, origin: { type: 'string' } },
});
if (!existsSync('dist/index.html') && !values.origin)
  throw new Error('pdf: no dist/ to render; run npm run build first');

/** Serves dist/ on a free port; resolves with its origin once the server says it listens. */
function serve() {
  const child = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) resolve({ child, origin: m[1] });
    });
  });
}
const served = values.origin ? undefined : await serve();
const server = served?.child;
const origin = values.origin ?? served.origin;
const urls = createUrls('/');

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking'],
});
try {
  mkdirSync(values.out, { recursive: true });
  const page = await browser.newPage();
  for (const v of VOLUMES) {
    await page.goto(origin + urls.printVolume(v), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const path = join(values.out, pdfName(v));
    await page.pdf({
      path,
      format: 'Letter',
      margin: { top: '0.7in', bottom: '0.7in', left: '0.7in', right: '0.7in' },
      printBackground: false,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555">HICP Guide · independent rendering, not an official HHS publication · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
    console.log(`pdf: wrote ${path}`);
  }
} finally {
  await browser.close();
  server?.kill();
}
