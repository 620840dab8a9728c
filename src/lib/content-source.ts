/**
 * Reads content/ straight from disk (no Astro): used by the build-time validator, the remark
 * plugin's list of known IDs and the tests. Astro's collections read the same files for rendering.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import {
  chapterSchema,
  csfSchema,
  glossarySchema,
  pageSchema,
  practiceSchema,
  siteSchema,
  subPracticeSchema,
  threatSchema,
  volumeSchema,
} from './schemas';
import type { ContentProblem } from './content-errors';
import { redirectsSchema } from './redirects';
import type { GraphInput, SourceEntry } from './graph-input';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * A content file as text, however an editor saved it: a UTF-8 byte-order mark is dropped and CRLF
 * line endings become LF, so the checks (and line numbers) are the same for every editor.
 */
export function readContentText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

interface Reader {
  root: string;
  problems: ContentProblem[];
  /** Files that could not be read: their problem is reported once, not again by every mention. */
  unreadable: string[];
}

function rel(r: Reader, path: string): string {
  return relative(join(r.root, '..'), path).split('\\').join('/');
}

function yamlProblem(r: Reader, path: string, err: unknown, lineOffset: number): void {
  const line =
    err instanceof YAMLParseError && err.linePos ? err.linePos[0].line + lineOffset : undefined;
  r.problems.push({
    file: rel(r, path) + (line ? `:${line}` : ''),
    field: '(frontmatter)',
    problem: `the YAML cannot be read: ${(err as Error).message.split('\n')[0]}`,
    fix: 'check indentation (spaces, not tabs), quote values that contain a colon, and close every bracket and quote',
  });
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}

function schemaProblems(
  r: Reader,
  file: string,
  error: z.ZodError,
  data: unknown,
  prefix = '',
): void {
  for (const issue of error.issues) {
    const field = prefix + (issue.path.length ? issue.path.join('.') : '(whole entry)');
    const missing =
      issue.code === 'invalid_type' &&
      issue.path.length > 0 &&
      valueAt(data, issue.path) === undefined;
    r.problems.push({
      file,
      field,
      problem: missing ? `\`${field}\` is missing` : issue.message,
      fix: missing
        ? `add \`${field}:\` to the frontmatter (see docs/content-format.md for each kind of file)`
        : `correct \`${field}\` as docs/content-format.md describes`,
    });
  }
}

function listFiles(dir: string, filter: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => filter(n) && statSync(join(dir, n)).isFile())
    .sort()
    .map((n) => join(dir, n));
}

function readMdx<S extends z.ZodType>(
  r: Reader,
  path: string,
  schema: S,
  id: string,
): SourceEntry<z.infer<S>> | undefined {
  const raw = readContentText(path);
  const file = rel(r, path);
  const m = FRONTMATTER.exec(raw);
  if (!m) {
    r.problems.push({
      file,
      field: '(frontmatter)',
      problem: 'the file does not start with a frontmatter block',
      fix: 'start the file with a line `---`, the fields, then another line `---`',
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (err) {
    yamlProblem(r, path, err, 1);
    r.unreadable.push(file);
    return undefined;
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    schemaProblems(r, file, parsed.error, data);
    r.unreadable.push(file);
    return undefined;
  }
  const bodyStartLine = m[0].split('\n').length;
  return { id, file, data: parsed.data, body: raw.slice(m[0].length), bodyStartLine };
}

function readYaml<S extends z.ZodType>(
  r: Reader,
  path: string,
  schema: S,
  { optional = false, fieldPrefix = 'entry ' } = {},
): z.infer<S> | undefined {
  const file = rel(r, path);
  if (!existsSync(path)) {
    if (optional) return schema.parse(undefined) as z.infer<S>;
    r.problems.push({
      file,
      field: '(file)',
      problem: 'the file is missing',
      fix: `create ${file}`,
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(readContentText(path));
  } catch (err) {
    yamlProblem(r, path, err, 0);
    return undefined;
  }
  const parsed = schema.safeParse(data ?? []);
  if (!parsed.success) {
    schemaProblems(r, file, parsed.error, data, fieldPrefix);
    return undefined;
  }
  return parsed.data;
}

const isMdx = (n: string) => n.endsWith('.mdx');
const stem = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');

/** Loads every content file; schema problems are collected, not thrown, so all are reported at once. */
export function readContentDir(root: string): { input: GraphInput; problems: ContentProblem[] } {
  const r: Reader = { root, problems: [], unreadable: [] };
  const mdx = <S extends z.ZodType>(dir: string, schema: S, filter = isMdx, idOf = stem) =>
    listFiles(join(root, dir), filter)
      .map((p) => readMdx(r, p, schema, idOf(p)))
      .filter((e): e is SourceEntry<z.infer<S>> => e !== undefined);

  const volumeDirs = existsSync(join(root, 'volumes'))
    ? readdirSync(join(root, 'volumes'))
        .filter((d) => statSync(join(root, 'volumes', d)).isDirectory())
        .sort()
    : [];
  const volumes = volumeDirs.flatMap((d) =>
    mdx(
      join('volumes', d),
      volumeSchema,
      (n) => n === 'index.mdx',
      () => `${d}/index`,
    ),
  );
  const chapters = volumeDirs.flatMap((d) =>
    mdx(
      join('volumes', d),
      chapterSchema,
      (n) => isMdx(n) && n !== 'index.mdx',
      (p) => `${d}/${stem(p)}`,
    ),
  );

  const input: GraphInput = {
    threats: mdx('threats', threatSchema),
    practices: mdx('practices', practiceSchema),
    subPractices: mdx('sub-practices', subPracticeSchema),
    volumes,
    chapters,
    pages: mdx('pages', pageSchema),
    glossary: readYaml(r, join(root, 'glossary.yaml'), glossarySchema) ?? [],
    csf: readYaml(r, join(root, 'csf.yaml'), csfSchema) ?? [],
    site: readYaml(r, join(root, 'site.yaml'), siteSchema),
    redirects: readYaml(r, join(root, 'redirects.yaml'), redirectsSchema, {
      optional: true,
      fieldPrefix: '',
    }) ?? { pages: [], anchors: [] },
    unreadable: r.unreadable,
    files: {
      glossary: rel(r, join(root, 'glossary.yaml')),
      csf: rel(r, join(root, 'csf.yaml')),
      redirects: rel(r, join(root, 'redirects.yaml')),
    },
  };
  return { input, problems: r.problems };
}
