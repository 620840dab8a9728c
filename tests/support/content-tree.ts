/** Copies the small valid fixture to a temp folder named content/ and overlays changed files. */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const MIN_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-min');

const made: string[] = [];

/** Removes every temp tree made so far (call it in afterAll). */
export function removeContentTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function makeContentTree(files: Record<string, string> = {}, from = MIN_FIXTURE): string {
  const parent = mkdtempSync(join(tmpdir(), 'hicp-content-'));
  made.push(parent);
  const root = join(parent, 'content');
  cpSync(from, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Writes files (path → text) into a new temp folder and returns it: a tiny site or content tree for tests. */
export function writeTree(files: Record<string, string>, prefix = 'hicp-tree-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
