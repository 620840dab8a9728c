/**
 * Builds and serves the site for tests that need a build of their own (a sub-path, a content fixture,
 * a second edition). Each build gets its own temp folder with its own Astro content cache, so builds
 * never share cached entries, and `cleanup()` removes it. Servers are awaited, never slept for.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const dir = mkdtempSync(join(tmpdir(), 'hicp-build-'));
  const dist = join(dir, 'dist');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env, HICP_CACHE_DIR: join(dir, 'cache') },
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
