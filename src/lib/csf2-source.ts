/**
 * Node only (fs, crypto): reads the vendored NIST CSF 2.0 catalog and checks it against the release
 * the build pins, so a changed, older or newer file stops the build with the file, the field and what
 * to check. The derivation itself is pure, in csf2.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ContentProblem } from './content-errors';
import { catalogProblems, parseCsf2Catalog, type Csf2Catalog, type Csf2Counts } from './csf2';

/** Where the catalog lives in the project (see its README for why there). */
export const CSF2_CATALOG_FILE = 'vendor/nist-csf-2.0/NIST_CSF_v2.0_catalog.json';

/** NIST's release 1.2.0 (usnistgov/oscal-content, commit 78650f0): what the build expects. */
export const CSF2_PIN: {
  version: string;
  sha256: string;
  counts: Csf2Counts;
  /** Where NIST publishes this very file: its repository, the commit and the path in it. */
  source: { repository: string; commit: string; path: string };
} = {
  version: '1.2.0',
  sha256: '87d31e856ab2d2b5fb78d66233cc257a2e1a6c3c51b367ab73c10124b25adc3b',
  source: {
    repository: 'usnistgov/oscal-content',
    commit: '78650f02ad9321bb7b817846f8fbd4f2bcd620de',
    path: 'nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog-min.json',
  },
  counts: { functions: 6, categories: 34, subcategories: 185, withdrawnSubcategoriesWithLinks: 79 },
};

/**
 * NIST's published catalog at the pinned commit, as a tool can load it: what the HICP → CSF 2.0
 * mapping names as its target and hicp.json names as its source.
 */
export const CSF2_PUBLISHED_URL = `https://raw.githubusercontent.com/${CSF2_PIN.source.repository}/${CSF2_PIN.source.commit}/${CSF2_PIN.source.path}`;

/** The catalog file; HICP_CSF2_CATALOG points the build at another one (the build-gate tests). */
export function csf2CatalogPath(): string {
  return resolve(process.env.HICP_CSF2_CATALOG ?? CSF2_CATALOG_FILE);
}

type Read = { catalog?: Csf2Catalog; problems: ContentProblem[] };
const cache = new Map<string, Read>();

/**
 * Reads and checks the catalog (once per file and process): every problem, each naming the file,
 * the field and what to check.
 */
export function readCsf2Catalog(path = csf2CatalogPath()): Read {
  let read = cache.get(path);
  if (!read) cache.set(path, (read = readAndCheck(path)));
  return read;
}

function readAndCheck(path: string): Read {
  // Named from the project root, as the README names it; a file elsewhere by its full path.
  const inProject = relative(process.cwd(), path).split('\\').join('/');
  const file = inProject.startsWith('..') ? path : inProject;
  const readme = 'vendor/nist-csf-2.0/README.md';
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return {
      problems: [
        {
          file,
          field: '(file)',
          problem: `NIST's CSF 2.0 catalog cannot be read: ${(err as Error).message}`,
          fix: `restore the file as ${readme} describes`,
        },
      ],
    };
  }
  const problems: ContentProblem[] = [];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== CSF2_PIN.sha256)
    problems.push({
      file,
      field: '(file)',
      problem: `its SHA-256 is ${sha256}, not that of NIST's release ${CSF2_PIN.version} (${CSF2_PIN.sha256})`,
      fix: `restore the file from the commit ${readme} names; to adopt another release, follow "Updating it" there`,
    });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    problems.push({
      file,
      field: '(file)',
      problem: `it is not JSON: ${(err as Error).message}`,
      fix: `restore the file from the commit ${readme} names`,
    });
    return { problems };
  }
  const parsed = parseCsf2Catalog(json);
  const found = [
    ...parsed.problems,
    ...(parsed.catalog ? catalogProblems(parsed.catalog, CSF2_PIN) : []),
  ];
  problems.push(...found.map((p) => ({ file, ...p })));
  return { ...(parsed.catalog ? { catalog: parsed.catalog } : {}), problems };
}
