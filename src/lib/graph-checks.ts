/**
 * The content gate's relation checks: small named checks, one per kind of mistake, each returning
 * problems with the file, the field, what is wrong and how to fix it. `validateGraph` runs them all
 * so that one build reports every mistake at once. (Schemas are checked earlier, file by file, in
 * content-source.ts; redirects are checked against the site's pages in load-graph.ts.)
 */
import { csfParents, parseItemRef, parseSubPracticeId, refLabel, type ItemRef } from './ids';
import type { ContentProblem } from './content-errors';
import { resolutionProblem } from './csf2';
import { readBody } from './markdown-body';
import { SIZES } from './ids';
import { sizeSectionHeading } from './size-sections';
import type { GraphInput, SourceEntry } from './graph-input';

/** What every check may ask: the input and the sets of things that exist. */
interface CheckContext {
  input: GraphInput;
  threatNumbers: Set<number>;
  practiceNumbers: Set<number>;
  subIds: Set<string>;
  csfCodes: Set<string>;
  /** Whether an item exists (or is defined by a file whose own problem is already reported). */
  exists(ref: ItemRef): boolean;
}

type Check = (ctx: CheckContext) => ContentProblem[];

const problem = (file: string, field: string, what: string, fix: string): ContentProblem => ({
  file,
  field,
  problem: what,
  fix,
});

const sortedNumbers = (s: Set<number>) => [...s].sort((a, b) => a - b).join(', ');

/** Numbers of threats or practices: each once, each in the file named after it. */
function numberedFiles(kind: string, entries: SourceEntry<{ number: number }>[]): ContentProblem[] {
  const out: ContentProblem[] = [];
  const seen = new Set<number>();
  for (const e of entries) {
    const n = e.data.number;
    if (seen.has(n))
      out.push(
        problem(
          e.file,
          'number',
          `${kind} ${n} is defined twice`,
          `give each ${kind} file its own number`,
        ),
      );
    seen.add(n);
    if (e.id !== String(n))
      out.push(
        problem(
          e.file,
          'number',
          `the file name says ${kind} ${e.id} but \`number\` is ${n}`,
          `rename the file to ${n}.mdx or correct \`number\``,
        ),
      );
  }
  return out;
}

const threatFiles: Check = ({ input }) => numberedFiles('threat', input.threats);
const practiceFiles: Check = ({ input }) => numberedFiles('practice', input.practices);

/** Every practice mitigates existing threats, each once; every threat is mitigated by some practice. */
const mitigation: Check = ({ input, threatNumbers }) => {
  const out: ContentProblem[] = [];
  for (const p of input.practices) {
    if (p.data.mitigates.length === 0)
      out.push(
        problem(
          p.file,
          'mitigates',
          `practice ${p.data.number} mitigates no threat`,
          'list the numbers of the threats this practice mitigates, e.g. `mitigates: [1, 2]`',
        ),
      );
    const seen = new Set<number>();
    for (const n of p.data.mitigates) {
      if (!threatNumbers.has(n))
        out.push(
          problem(
            p.file,
            'mitigates',
            `threat ${n} does not exist`,
            `use threat numbers that have a file in content/threats/ (${sortedNumbers(threatNumbers)})`,
          ),
        );
      if (seen.has(n))
        out.push(
          problem(p.file, 'mitigates', `threat ${n} is listed twice`, 'list each threat once'),
        );
      seen.add(n);
    }
  }
  for (const t of input.threats) {
    const n = t.data.number;
    if (!input.practices.some((p) => p.data.mitigates.includes(n)))
      out.push(
        problem(
          t.file,
          'number',
          `no practice mitigates threat ${n}`,
          `add ${n} to \`mitigates\` of the practices that mitigate it`,
        ),
      );
  }
  return out;
};

/** csf.yaml: each code once, and every subcategory's category and function listed too. */
const csfList: Check = ({ input, csfCodes }) => {
  const out: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const c of input.csf) {
    if (seen.has(c.code))
      out.push(
        problem(
          input.files.csf,
          `code ${c.code}`,
          `CSF code ${c.code} is listed twice`,
          'keep one entry per code',
        ),
      );
    seen.add(c.code);
    for (const parent of csfParents(c.code))
      if (!csfCodes.has(parent))
        out.push(
          problem(
            input.files.csf,
            `code ${c.code}`,
            `${c.code} has no entry for its parent ${parent}`,
            `add \`- { code: ${parent}, name: …, label: … }\``,
          ),
        );
  }
  return out;
};

/** A sub-practice's id is unique, matches its file name, its practice and its size. */
const subPracticeIds: Check = ({ input, practiceNumbers }) => {
  const out: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const s of input.subPractices) {
    const { id, practice, size } = s.data;
    if (seen.has(id))
      out.push(
        problem(
          s.file,
          'id',
          `sub-practice ${id} is defined twice`,
          'each sub-practice id must appear in exactly one file',
        ),
      );
    seen.add(id);
    if (s.id !== id)
      out.push(
        problem(
          s.file,
          'id',
          `the file name says ${s.id} but \`id\` is ${id}`,
          `rename the file to ${id}.mdx or correct \`id\``,
        ),
      );
    const parts = parseSubPracticeId(id)!;
    if (!practiceNumbers.has(practice))
      out.push(
        problem(
          s.file,
          'practice',
          `practice ${practice} does not exist`,
          `set \`practice\` to an existing practice number (${sortedNumbers(practiceNumbers)})`,
        ),
      );
    if (parts.practice !== practice)
      out.push(
        problem(
          s.file,
          'practice',
          `the id ${id} belongs to practice ${parts.practice} but \`practice\` is ${practice}`,
          `make \`practice\` ${parts.practice} or change the id's first number`,
        ),
      );
    if (parts.size !== size)
      out.push(
        problem(
          s.file,
          'size',
          `the id ${id} says ${parts.size} (letter ${id.split('.')[1]}) but \`size\` is ${size}`,
          `make \`size\` ${parts.size} or change the id's letter (S small, M medium, L large)`,
        ),
      );
  }
  return out;
};

/** A sub-practice cites known CSF codes, each once. */
const subPracticeCsf: Check = ({ input, csfCodes }) =>
  input.subPractices.flatMap((s) => {
    const out: ContentProblem[] = [];
    const seen = new Set<string>();
    for (const code of s.data.csf) {
      if (!csfCodes.has(code))
        out.push(
          problem(
            s.file,
            'csf',
            `unknown NIST CSF code ${code}`,
            `use a code listed in ${input.files.csf}, or add it there with a label`,
          ),
        );
      if (seen.has(code))
        out.push(problem(s.file, 'csf', `CSF code ${code} is listed twice`, 'list each code once'));
      seen.add(code);
    }
    return out;
  });

/** `related` names existing sub-practices other than itself. */
const related: Check = ({ input, exists }) =>
  input.subPractices.flatMap((s) =>
    s.data.related.flatMap((r) => [
      ...(exists({ kind: 'subPractice', id: r })
        ? []
        : [
            problem(
              s.file,
              'related',
              `related sub-practice ${r} does not exist`,
              'list ids of existing sub-practices, e.g. `related: [4.M.D]`',
            ),
          ]),
      ...(r === s.data.id
        ? [
            problem(
              s.file,
              'related',
              'a sub-practice cannot be related to itself',
              `remove ${r} from \`related\``,
            ),
          ]
        : []),
    ]),
  );

/** Glossary: each slug once; related items exist. */
const glossary: Check = ({ input, exists }) => {
  const out: ContentProblem[] = [];
  const slugs = new Set<string>();
  for (const g of input.glossary) {
    if (slugs.has(g.slug))
      out.push(
        problem(
          input.files.glossary,
          `slug ${g.slug}`,
          `glossary slug ${g.slug} is used twice`,
          'give each term its own slug',
        ),
      );
    slugs.add(g.slug);
    for (const r of g.related) {
      const ref = parseItemRef(r);
      if (!ref || !exists(ref))
        out.push(
          problem(
            input.files.glossary,
            `term "${g.term}" related`,
            `${r} is not an existing item`,
            'use ids of existing items: 4.M.D, P4, T2',
          ),
        );
    }
  }
  return out;
};

/** Volumes sit in the folder they name; chapters once per practice, in an existing volume. */
const volumesAndChapters: Check = ({ input, practiceNumbers }) => {
  const out: ContentProblem[] = [];
  const volumeKeys = new Set(input.volumes.map((v) => v.data.volume));
  for (const v of input.volumes)
    if (v.id !== `${v.data.volume}/index`)
      out.push(
        problem(
          v.file,
          'volume',
          `the folder says ${v.id.split('/')[0]} but \`volume\` is ${v.data.volume}`,
          'make `volume` match the folder name',
        ),
      );
  const seen = new Set<string>();
  for (const c of input.chapters) {
    const key = `${c.data.volume}/${c.data.practice}`;
    if (c.id !== key)
      out.push(
        problem(
          c.file,
          'practice',
          `the file is ${c.id} but the frontmatter says ${key}`,
          'name the chapter file after its practice number, inside its volume folder',
        ),
      );
    if (seen.has(key))
      out.push(
        problem(
          c.file,
          'practice',
          `chapter ${key} is defined twice`,
          'keep one chapter per practice in each volume',
        ),
      );
    seen.add(key);
    if (!practiceNumbers.has(c.data.practice))
      out.push(
        problem(
          c.file,
          'practice',
          `practice ${c.data.practice} does not exist`,
          'use an existing practice number',
        ),
      );
    if (!volumeKeys.has(c.data.volume))
      out.push(
        problem(
          c.file,
          'volume',
          `volume ${c.data.volume} has no index.mdx`,
          `add content/volumes/${c.data.volume}/index.mdx`,
        ),
      );
  }
  return out;
};

/**
 * Ids the site itself puts on every page, and on pages of each kind (generated sections). A body
 * heading whose anchor repeats one would give the page two elements with the same id: its link
 * would jump to the wrong place.
 */
export const LAYOUT_IDS = [
  'main',
  'toc-heading',
  'site-search',
  'site-search-q',
  'site-search-results',
  'copy-status',
  'theme-toggle',
];
export const GENERATED_IDS: Record<
  'threat' | 'practice' | 'subPractice' | 'volume' | 'chapter' | 'page',
  string[]
> = {
  threat: ['mitigating-practices'],
  practice: ['threats-mitigated', 'sub-practices'],
  subPractice: ['csf', 'csf-2-0', 'threats', 'related', 'siblings', 'other-sizes'],
  volume: ['contents', 'contents-threats', 'contents-practices'],
  chapter: ['threats-mitigated'],
  page: [],
};

/** Body rules: not empty, no duplicate headings or ids, no hand-written site links, no unknown IDs. */
function bodyProblems(
  e: SourceEntry<unknown>,
  kind: keyof typeof GENERATED_IDS,
  exists: (ref: ItemRef) => boolean,
): ContentProblem[] {
  const at = (line: number) => `${e.file}:${line + (e.bodyStartLine ?? 1) - 1}`;
  if (e.body.trim() === '')
    return [
      problem(
        e.file,
        '(body)',
        'the body is empty',
        'write the sections docs/content-format.md lists for this kind of page',
      ),
    ];
  const out: ContentProblem[] = [];
  const facts = readBody(e.body);
  const seen = new Map<string, number>();
  const taken = new Set([...LAYOUT_IDS, ...GENERATED_IDS[kind]]);
  for (const h of facts.headings) {
    const key = h.text.trim().toLowerCase();
    if (seen.has(key))
      out.push(
        problem(
          at(h.line),
          '(heading)',
          `the heading "${h.text}" appears twice (also on line ${seen.get(key)! + (e.bodyStartLine ?? 1) - 1}), so its link anchor is ambiguous`,
          'give each heading on a page its own text',
        ),
      );
    else seen.set(key, h.line);
    if (taken.has(h.slug))
      out.push(
        problem(
          at(h.line),
          '(heading)',
          `the heading "${h.text}" gets the anchor #${h.slug}, which the page already uses for a section it generates`,
          'reword the heading (the page adds that section itself)',
        ),
      );
  }
  for (const l of facts.links)
    if (!/^[a-z][a-z0-9+.-]*:/i.test(l.url))
      out.push(
        problem(
          at(l.line),
          '(link)',
          `hand-written link to ${l.url}: links to this site are not typed as URLs, and this one may not exist`,
          'mention the item by its ID instead (4.M.D, Practice 4, Threat 2); the build turns it into a link',
        ),
      );
  for (const m of facts.mentions)
    if (!exists(m.ref))
      out.push(
        problem(
          at(m.line),
          '(body)',
          `"${m.text}" names ${refLabel(m.ref)}, which does not exist`,
          'correct the ID, or reword so that it is not read as an ID',
        ),
      );
  return out;
}

/**
 * Every practice body has its three "What <size> organizations do" sections, as level-2 headings:
 * a reader who chose a size gets the other two folded, which needs the headings to find them.
 */
const sizeSections: Check = ({ input }) =>
  input.practices.flatMap((p) => {
    const h2 = new Set(
      readBody(p.body)
        .headings.filter((h) => h.depth === 2)
        .map((h) => h.text.trim()),
    );
    return SIZES.filter((size) => !h2.has(sizeSectionHeading(size))).map((size) =>
      problem(
        p.file,
        '(heading)',
        `the section "## ${sizeSectionHeading(size)}" is missing`,
        `add it, spelled exactly so (docs/content-format.md): pages fold it for readers of other sizes`,
      ),
    );
  });

/** A gist says something the title does not: it is shown right under it. */
const gists: Check = ({ input }) =>
  input.subPractices
    .filter((s) => s.data.gist.trim().toLowerCase() === s.data.title.trim().toLowerCase())
    .map((s) =>
      problem(
        s.file,
        'gist',
        'the gist repeats the title',
        'say in a few words what the sub-practice is about (it is shown under the title)',
      ),
    );

const bodies: Check = ({ input, exists }) => [
  ...input.threats.flatMap((e) => bodyProblems(e, 'threat', exists)),
  ...input.practices.flatMap((e) => bodyProblems(e, 'practice', exists)),
  ...input.subPractices.flatMap((e) => bodyProblems(e, 'subPractice', exists)),
  ...input.volumes.flatMap((e) => bodyProblems(e, 'volume', exists)),
  ...input.chapters.flatMap((e) => bodyProblems(e, 'chapter', exists)),
  ...input.pages.flatMap((e) => bodyProblems(e, 'page', exists)),
];

/**
 * csf.yaml against NIST's CSF 2.0 catalog: every CSF 1.1 code must resolve there (the pages show
 * where it went). Without a catalog (it could not be read) its own problem is already reported.
 */
const csf2Resolution: Check = ({ input }) => {
  const catalog = input.csf2;
  if (!catalog) return [];
  return input.csf.flatMap((c) => {
    const what = resolutionProblem(catalog, c.code);
    return what
      ? [
          problem(
            input.files.csf,
            `code ${c.code}`,
            what,
            `check the code against CSF 1.1, and the catalog against vendor/nist-csf-2.0/README.md (the build is pinned to NIST's release ${catalog.version})`,
          ),
        ]
      : [];
  });
};

/** In the order problems are reported. */
const CHECKS: Check[] = [
  threatFiles,
  practiceFiles,
  mitigation,
  csfList,
  csf2Resolution,
  subPracticeIds,
  subPracticeCsf,
  related,
  glossary,
  volumesAndChapters,
  gists,
  sizeSections,
  bodies,
];

export function validateGraph(input: GraphInput): ContentProblem[] {
  const unreadable = (suffix: string) => (input.unreadable ?? []).some((f) => f.endsWith(suffix));
  const threatNumbers = new Set(input.threats.map((t) => t.data.number));
  const practiceNumbers = new Set(input.practices.map((p) => p.data.number));
  const subIds = new Set(input.subPractices.map((s) => s.data.id));
  const ctx: CheckContext = {
    input,
    threatNumbers,
    practiceNumbers,
    subIds,
    csfCodes: new Set(input.csf.map((c) => c.code)),
    exists: (ref) =>
      ref.kind === 'threat'
        ? threatNumbers.has(ref.number) || unreadable(`threats/${ref.number}.mdx`)
        : ref.kind === 'practice'
          ? practiceNumbers.has(ref.number) || unreadable(`practices/${ref.number}.mdx`)
          : subIds.has(ref.id) || unreadable(`sub-practices/${ref.id}.mdx`),
  };
  return CHECKS.flatMap((check) => check(ctx));
}
