/**
 * `astro dev` for tests, over a copy of content/ of its own (HICP_CONTENT_DIR) inside the project
 * (.test-builds/, which the dev server watches), with its own Astro cache: a test may edit its
 * content while other tests read the real one. Resolved once the server says where it listens.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

export interface DevServer {
  origin: string;
  /** The content folder the server reads, to edit. */
  content: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): void;
}

export function startDevServer(timeout = 120_000): Promise<DevServer> {
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'dev-'));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        HICP_CONTENT_DIR: content,
        HICP_CACHE_DIR: join(dir, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let seen = '';
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`astro dev did not start in ${timeout} ms:\n${seen}`));
    }, timeout);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited with ${code}:\n${seen}`));
    });
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({ origin: m[1]!, content, output: () => seen, stop });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
}
