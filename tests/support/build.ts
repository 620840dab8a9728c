/**
 * Builds and serves the site for tests that need a build of their own (a sub-path, a content fixture,
 * a second edition). Each build gets its own folder with its own Astro content cache, so builds never
 * share cached entries, and `cleanup()` removes it. The folder is inside the project (.test-builds/):
 * for an outDir outside the working directory Astro puts its prerender chunks in the shared
 * .astro/.prerender/, where two builds at once break each other. Servers are awaited, never slept for.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface TestBuild {
  /** The temp folder: dist/ and dist-offline/ inside it. */
  dir: string;
  dist: string;
  offline: string;
  status: number | null;
  output: string;
  cleanup(): void;
}

export function buildSite(env: Record<string, string> = {}, timeout = 180_000): TestBuild {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'build-'));
  const dist = join(dir, 'dist');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: ROOT,
      // Its own content cache, unless the test gives one (a rebuild that reuses an earlier cache).
      env: { ...process.env, NO_COLOR: '1', HICP_CACHE_DIR: join(dir, 'cache'), ...env },
      encoding: 'utf8',
      timeout,
    },
  );
  return {
    dir,
    dist,
    offline: join(dir, 'dist-offline'),
    status: run.status,
    output: `${run.stdout}${run.stderr}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Served {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  close(): void;
}

/**
 * Serves a built folder on a free port (under `base`), resolved once the server says it listens.
 * `port`: a given one instead, to publish another build at the same origin (service-worker tests).
 */
export function serveDir(dir: string, base = '/', port = 0): Promise<Served> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts', 'serve-dist.mjs'), '--dir', dir, '--port', String(port), '--base', base],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) resolve({ origin: m[1]!, close: () => child.kill() });
    });
  });
}

export interface Unzipped {
  /** The top-level folder of the zip. */
  folder: string;
  /** Its top-level names: the offline zip must have exactly one, hicp-guide-offline. */
  tops: string[];
  cleanup(): void;
}

/** Unzips the offline edition as a reader would, into a temp folder. */
export function unzipOffline(zipFile: string): Unzipped {
  const out = mkdtempSync(join(tmpdir(), 'hicp-offline-'));
  const files = unzipSync(readFileSync(zipFile));
  const tops = [...new Set(Object.keys(files).map((f) => f.split('/')[0]!))];
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), data);
  }
  return {
    folder: join(out, tops[0]!),
    tops,
    cleanup: () => rmSync(out, { recursive: true, force: true }),
  };
}
