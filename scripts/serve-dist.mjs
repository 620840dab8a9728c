// Serves a built site folder on localhost for the end-to-end tests and benchmarks, optionally under a
// sub-path (as a real host would with Astro's `base`). Unknown paths get the site's 404 page.
//   node scripts/serve-dist.mjs [--dir dist] [--port 4399 | 0] [--base /]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4399' },
    base: { type: 'string', default: '/' },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const notFoundFile = join(values.dir, '404.html');
const assets = sirv(values.dir, { dev: false, etag: true, gzip: false, brotli: false });

const server = createServer((req, res) => {
  const notFound = () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found');
  };
  const url = req.url ?? '/';
  if (!url.startsWith(base)) return notFound();
  req.url = `/${url.slice(base.length)}`;
  assets(req, res, notFound);
});
// --port 0 picks a free port; the line below is how callers (tests) learn which one, and that it is up.
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`serving ${values.dir} at http://127.0.0.1:${port}${base}`);
});
