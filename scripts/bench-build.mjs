// Build-time figures for `npm run bench`: a cold build (no dist, no caches), a rebuild after one
// content file changed, and where the time of each went: Node, Astro and the content gate before
// Astro's build; Astro's bundling; its page rendering per kind of page (from the per-page times it
// prints); each post-build step (wall and CPU). Prints nothing itself; bench.mjs prints the tables.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const TIMINGS_PREFIX = 'build timings: ';
/** Everything a build leaves that a later build could reuse. */
const CACHES = [
  'dist',
  'dist-offline',
  'node_modules/.astro',
  'node_modules/.cache/hicp',
  '.astro',
];
/** The file the warm rebuild changes (a sentence is added to its body, then taken out again). */
export const EDITED_FILE = 'content/sub-practices/4.M.D.mdx';

/** Removes every build output and cache, so the next build is cold. */
export function clearBuildCaches(root = '.') {
  for (const dir of CACHES) rmSync(`${root}/${dir}`, { recursive: true, force: true });
}

/** Runs `astro build` in `cwd`; returns its wall time (s), its log and its timings (ours only). */
export function timedBuild(cwd = '.', env = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', HICP_TIMINGS: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build in ${cwd} failed:\n${r.stdout}\n${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.includes(TIMINGS_PREFIX));
  const timings = line
    ? JSON.parse(line.slice(line.indexOf(TIMINGS_PREFIX) + TIMINGS_PREFIX.length))
    : undefined;
  return { seconds, log: r.stdout, timings, pages: renderTimes(r.stdout) };
}

/**
 * Astro prints each page it renders as "├─ /threats/2/index.html (+12ms)". Grouped by the first
 * segment of the path ("threats", "sub-practices", "go", …; "(root)" for top-level pages).
 */
export function renderTimes(log) {
  const kinds = new Map();
  for (const m of log.matchAll(/[├└]─ \/(?:([^/\s]+)\/)?\S*? \(\+(\d+)ms\)/g)) {
    const kind = m[1] && !m[1].includes('.') ? m[1] : '(root)';
    const k = kinds.get(kind) ?? { kind, pages: 0, ms: 0 };
    k.pages += 1;
    k.ms += Number(m[2]);
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.ms - a.ms);
}

/** A rebuild after one content file changed: adds an MDX comment to its body, builds, restores it. */
export function warmRebuild(cwd = '.') {
  const file = `${cwd}/${EDITED_FILE}`;
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n{/* bench: one changed file, ${Date.now()} */}\n`);
  try {
    return timedBuild(cwd);
  } finally {
    writeFileSync(file, original);
  }
}

/** Seconds between two marks of our timings (Astro's hooks), or undefined. */
export const between = (timings, a, b) =>
  timings?.marks?.[a] !== undefined && timings?.marks?.[b] !== undefined
    ? timings.marks[b] - timings.marks[a]
    : undefined;
