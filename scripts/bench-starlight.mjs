// Builds a stock Starlight site from the same content as ours, for `npm run bench` to compare
// against. It lives in a temporary folder (never committed; Starlight is not a project dependency):
// every page our index reads becomes a Starlight page with the same title and the same indexed
// text (its HTML, minus what data-pagefind-ignore hides), at the same path. The pages are read from
// the offline copy, which keeps the index markers (the hosted pages lose them after indexing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

const STARLIGHT = '0.42.4';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
}

/** Drops what our index leaves out (ignored, hidden) and our h1 (Starlight prints the title). */
function prune(node) {
  node.children = (node.children ?? []).filter(
    (n) =>
      !(
        n.type === 'element' &&
        (n.tagName === 'h1' ||
          n.tagName === 'script' ||
          n.properties?.dataPagefindIgnore !== undefined ||
          n.properties?.hidden !== undefined)
      ),
  );
  for (const c of node.children) if (c.type === 'element') prune(c);
}

/** Writes the Starlight project's pages from a built copy of ours; returns how many. */
function writePages(dist, docs) {
  let count = 0;
  for (const file of htmlFiles(dist)) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const body = select('[data-pagefind-body]', tree);
    if (!body) continue;
    const h1 = select('h1', body);
    const title = h1 ? toString(h1).trim() : 'Untitled';
    prune(body);
    for (const el of selectAll('[data-pagefind-body], [data-pagefind-meta]', body)) {
      delete el.properties.dataPagefindBody;
      delete el.properties.dataPagefindMeta;
    }
    const path = relative(dist, dirname(file));
    const out = join(docs, path ? `${path}.md` : 'index.md');
    mkdirSync(dirname(out), { recursive: true });
    // One line of HTML is one Markdown HTML block: Starlight renders it as it is.
    const html = body.children
      .map((c) => toHtml(c))
      .join('')
      .replace(/\n\s*\n/g, '\n');
    writeFileSync(out, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${html}\n`);
    count++;
  }
  if (count === 0)
    throw new Error(`no page in ${dist} carries data-pagefind-body: build the site first`);
  return count;
}

/**
 * Writes and installs the Starlight project (not built yet); returns its root, dist folder, Pagefind
 * version and page count.
 */
export function prepareStarlight(dist, log = console.log) {
  const root = mkdtempSync(join(tmpdir(), 'hicp-starlight-'));
  const ours = JSON.parse(readFileSync('package.json', 'utf8')).dependencies;
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'starlight-bench',
      private: true,
      type: 'module',
      dependencies: {
        '@astrojs/starlight': STARLIGHT,
        astro: ours.astro,
        '@astrojs/markdown-remark': ours['@astrojs/markdown-remark'],
        pagefind: ours.pagefind,
      },
    }),
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'HICP Guide' })] });\n`,
  );
  mkdirSync(join(root, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const pages = writePages(dist, join(root, 'src/content/docs'));
  log(
    `starlight: ${pages} pages from ${dist} in ${root}; installing @astrojs/starlight ${STARLIGHT}`,
  );
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (npm.status !== 0) throw new Error('npm install of Starlight failed');
  const pagefind = JSON.parse(
    readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8'),
  ).version;
  return { root, dist: join(root, 'dist'), pagefind, pages };
}

/** One cold build of the Starlight project (its output and caches removed first); seconds. */
export function coldStarlightBuild(root) {
  for (const dir of ['dist', 'node_modules/.astro', '.astro'])
    rmSync(join(root, dir), { recursive: true, force: true });
  const t0 = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('Starlight build failed');
  return (performance.now() - t0) / 1000;
}
