/**
 * The HICP graph: every threat, practice, sub-practice, volume, chapter and their links, validated
 * once. Pages ask it questions; they never re-derive links. Which threats a practice mitigates is
 * stored once (on the practice, `mitigates`); the other direction is derived here.
 */
import {
  APPLIES_TO,
  compareSubPracticeIds,
  parseSubPracticeId,
  parseItemRef,
  refLabel,
  SIZES,
  type ItemRef,
  type Size,
} from './ids';
import { ContentError, type ContentProblem } from './content-errors';
import { readBody } from './markdown-body';
import type {
  Chapter,
  CsfEntry,
  GlossaryTerm,
  Page,
  Practice,
  Site,
  SubPractice,
  Threat,
  Volume,
  VolumeKey,
} from './schemas';

export interface SourceEntry<T> {
  /** Path-derived id: "2" for threats/2.mdx, "4.M.D", "small/index", "small/3". */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: T;
  body: string;
  /** Line of the file where the body starts (1-based), so body line numbers map to the file. */
  bodyStartLine?: number;
}

export interface GraphInput {
  threats: SourceEntry<Threat>[];
  practices: SourceEntry<Practice>[];
  subPractices: SourceEntry<SubPractice>[];
  volumes: SourceEntry<Volume>[];
  chapters: SourceEntry<Chapter>[];
  pages: SourceEntry<Page>[];
  glossary: GlossaryTerm[];
  csf: CsfEntry[];
  site?: Site;
  /** Files that failed their schema (already reported); mentions of what they define are not errors. */
  unreadable?: string[];
  files: { glossary: string; csf: string };
}

export const VOLUME_SIZES: Record<VolumeKey, readonly Size[]> = {
  main: [],
  small: ['small'],
  'medium-large': ['medium', 'large'],
};

export function volumeForSize(size: Size): Exclude<VolumeKey, 'main'> {
  return size === 'small' ? 'small' : 'medium-large';
}

export interface ResolvedItem {
  ref: ItemRef;
  label: string;
  title: string;
}

export interface CsfTrail {
  code: string;
  entry: CsfEntry;
  function: CsfEntry | undefined;
  category: CsfEntry | undefined;
}

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) =>
  a.data.number - b.data.number;

export function validateGraph(input: GraphInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, problem: string, fix: string) =>
    problems.push({ file, field, problem, fix });
  const unreadable = (suffix: string) => (input.unreadable ?? []).some((f) => f.endsWith(suffix));

  /** Numbers of threats or practices, each once, each in the file named after it. */
  const numbered = (kind: string, entries: SourceEntry<{ number: number }>[]) => {
    const numbers = new Set<number>();
    for (const e of entries) {
      if (numbers.has(e.data.number))
        add(
          e.file,
          'number',
          `${kind} ${e.data.number} is defined twice`,
          `give each ${kind} file its own number`,
        );
      numbers.add(e.data.number);
      if (e.id !== String(e.data.number))
        add(
          e.file,
          'number',
          `the file name says ${kind} ${e.id} but \`number\` is ${e.data.number}`,
          `rename the file to ${e.data.number}.mdx or correct \`number\``,
        );
    }
    return numbers;
  };
  const threatNumbers = numbered('threat', input.threats);
  const practiceNumbers = numbered('practice', input.practices);

  for (const p of input.practices) {
    if (p.data.mitigates.length === 0)
      add(
        p.file,
        'mitigates',
        `practice ${p.data.number} mitigates no threat`,
        'list the numbers of the threats this practice mitigates, e.g. `mitigates: [1, 2]`',
      );
    const seen = new Set<number>();
    for (const n of p.data.mitigates) {
      if (!threatNumbers.has(n))
        add(
          p.file,
          'mitigates',
          `threat ${n} does not exist`,
          `use threat numbers that have a file in content/threats/ (${[...threatNumbers].sort().join(', ')})`,
        );
      if (seen.has(n))
        add(p.file, 'mitigates', `threat ${n} is listed twice`, 'list each threat once');
      seen.add(n);
    }
  }
  for (const n of threatNumbers) {
    if (!input.practices.some((p) => p.data.mitigates.includes(n))) {
      const t = input.threats.find((x) => x.data.number === n)!;
      add(
        t.file,
        'number',
        `no practice mitigates threat ${n}`,
        `add ${n} to \`mitigates\` of the practices that mitigate it`,
      );
    }
  }

  const csfCodes = new Set<string>();
  for (const c of input.csf) {
    if (csfCodes.has(c.code))
      add(
        input.files.csf,
        `code ${c.code}`,
        `CSF code ${c.code} is listed twice`,
        'keep one entry per code',
      );
    csfCodes.add(c.code);
  }
  for (const c of input.csf) {
    for (const parent of csfParents(c.code))
      if (!csfCodes.has(parent))
        add(
          input.files.csf,
          `code ${c.code}`,
          `${c.code} has no entry for its parent ${parent}`,
          `add \`- { code: ${parent}, name: …, label: … }\``,
        );
  }

  const subIds = new Set<string>();
  for (const s of input.subPractices) {
    const { id, practice, size, csf } = s.data;
    if (subIds.has(id))
      add(
        s.file,
        'id',
        `sub-practice ${id} is defined twice`,
        'each sub-practice id must appear in exactly one file',
      );
    subIds.add(id);
    if (s.id !== id)
      add(
        s.file,
        'id',
        `the file name says ${s.id} but \`id\` is ${id}`,
        `rename the file to ${id}.mdx or correct \`id\``,
      );
    const parts = parseSubPracticeId(id)!;
    if (!practiceNumbers.has(practice))
      add(
        s.file,
        'practice',
        `practice ${practice} does not exist`,
        `set \`practice\` to an existing practice number (${[...practiceNumbers].sort((a, b) => a - b).join(', ')})`,
      );
    if (parts.practice !== practice)
      add(
        s.file,
        'practice',
        `the id ${id} belongs to practice ${parts.practice} but \`practice\` is ${practice}`,
        `make \`practice\` ${parts.practice} or change the id's first number`,
      );
    if (parts.size !== size)
      add(
        s.file,
        'size',
        `the id ${id} says ${parts.size} (letter ${id.split('.')[1]}) but \`size\` is ${size}`,
        `make \`size\` ${parts.size} or change the id's letter (S small, M medium, L large)`,
      );
    const seenCsf = new Set<string>();
    for (const code of csf) {
      if (!csfCodes.has(code))
        add(
          s.file,
          'csf',
          `unknown NIST CSF code ${code}`,
          `use a code listed in ${input.files.csf}, or add it there with a label`,
        );
      if (seenCsf.has(code))
        add(s.file, 'csf', `CSF code ${code} is listed twice`, 'list each code once');
      seenCsf.add(code);
    }
  }
  for (const s of input.subPractices) {
    for (const r of s.data.related) {
      if (!subIds.has(r) && !unreadable(`sub-practices/${r}.mdx`))
        add(
          s.file,
          'related',
          `related sub-practice ${r} does not exist`,
          'list ids of existing sub-practices, e.g. `related: [4.M.D]`',
        );
      if (r === s.data.id)
        add(
          s.file,
          'related',
          `a sub-practice cannot be related to itself`,
          `remove ${r} from \`related\``,
        );
    }
  }

  const exists = (ref: ItemRef) =>
    ref.kind === 'threat'
      ? threatNumbers.has(ref.number) || unreadable(`threats/${ref.number}.mdx`)
      : ref.kind === 'practice'
        ? practiceNumbers.has(ref.number) || unreadable(`practices/${ref.number}.mdx`)
        : subIds.has(ref.id) || unreadable(`sub-practices/${ref.id}.mdx`);

  const slugs = new Set<string>();
  for (const g of input.glossary) {
    if (slugs.has(g.slug))
      add(
        input.files.glossary,
        `slug ${g.slug}`,
        `glossary slug ${g.slug} is used twice`,
        'give each term its own slug',
      );
    slugs.add(g.slug);
    for (const r of g.related) {
      const ref = parseItemRef(r);
      if (!ref || !exists(ref))
        add(
          input.files.glossary,
          `term "${g.term}" related`,
          `${r} is not an existing item`,
          'use ids of existing items: 4.M.D, P4, T2',
        );
    }
  }

  const volumeKeys = new Set(input.volumes.map((v) => v.data.volume));
  for (const v of input.volumes)
    if (v.id !== `${v.data.volume}/index`)
      add(
        v.file,
        'volume',
        `the folder says ${v.id.split('/')[0]} but \`volume\` is ${v.data.volume}`,
        'make `volume` match the folder name',
      );
  const chapterKeys = new Set<string>();
  for (const c of input.chapters) {
    const key = `${c.data.volume}/${c.data.practice}`;
    if (c.id !== key)
      add(
        c.file,
        'practice',
        `the file is ${c.id} but the frontmatter says ${key}`,
        'name the chapter file after its practice number, inside its volume folder',
      );
    if (chapterKeys.has(key))
      add(
        c.file,
        'practice',
        `chapter ${key} is defined twice`,
        'keep one chapter per practice in each volume',
      );
    chapterKeys.add(key);
    if (!practiceNumbers.has(c.data.practice))
      add(
        c.file,
        'practice',
        `practice ${c.data.practice} does not exist`,
        'use an existing practice number',
      );
    if (!volumeKeys.has(c.data.volume))
      add(
        c.file,
        'volume',
        `volume ${c.data.volume} has no index.mdx`,
        `add content/volumes/${c.data.volume}/index.mdx`,
      );
  }

  const bodies: SourceEntry<unknown>[] = [
    ...input.threats,
    ...input.practices,
    ...input.subPractices,
    ...input.volumes,
    ...input.chapters,
    ...input.pages,
  ];
  for (const e of bodies) problems.push(...validateBody(e, exists));
  return problems;
}

/** Body rules: not empty, no duplicate headings, no hand-written site links, no unknown IDs. */
function validateBody(
  e: SourceEntry<unknown>,
  exists: (ref: ItemRef) => boolean,
): ContentProblem[] {
  const out: ContentProblem[] = [];
  const at = (line: number) => `${e.file}:${line + (e.bodyStartLine ?? 1) - 1}`;
  if (e.body.trim() === '') {
    return [
      {
        file: e.file,
        field: '(body)',
        problem: 'the body is empty',
        fix: 'write the sections docs/content-format.md lists for this kind of page',
      },
    ];
  }
  const facts = readBody(e.body);
  const seen = new Map<string, number>();
  for (const h of facts.headings) {
    const key = h.text.trim().toLowerCase();
    if (seen.has(key))
      out.push({
        file: at(h.line),
        field: '(heading)',
        problem: `the heading "${h.text}" appears twice (also on line ${seen.get(key)! + (e.bodyStartLine ?? 1) - 1}), so its link anchor is ambiguous`,
        fix: 'give each heading on a page its own text',
      });
    else seen.set(key, h.line);
  }
  for (const l of facts.links) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(l.url))
      out.push({
        file: at(l.line),
        field: '(link)',
        problem: `hand-written link to ${l.url}: links to this site are not typed as URLs, and this one may not exist`,
        fix: 'mention the item by its ID instead (4.M.D, Practice 4, Threat 2); the build turns it into a link',
      });
  }
  for (const m of facts.mentions) {
    if (!exists(m.ref))
      out.push({
        file: at(m.line),
        field: '(body)',
        problem: `"${m.text}" names ${refLabel(m.ref)}, which does not exist`,
        fix: 'correct the ID, or reword so that it is not read as an ID',
      });
  }
  return out;
}

function csfParents(code: string): string[] {
  const fn = code.split('.')[0]!;
  const cat = code.split('-')[0]!;
  return [fn, cat].filter((p, i, all) => p !== code && all.indexOf(p) === i);
}

export type Graph = ReturnType<typeof createGraph>;

/** Validates, then returns the query API. Throws ContentError listing every problem. */
export function buildGraph(input: GraphInput, extraProblems: ContentProblem[] = []): Graph {
  const problems = [...extraProblems, ...validateGraph(input)];
  if (!input.site)
    problems.push({
      file: 'content/site.yaml',
      field: '(file)',
      problem: 'site facts are missing',
      fix: 'restore content/site.yaml',
    });
  if (problems.length) throw new ContentError(problems);
  return createGraph(input as GraphInput & { site: Site });
}

function createGraph(input: GraphInput & { site: Site }) {
  const threats = [...input.threats].sort(byNumber);
  const practices = [...input.practices].sort(byNumber);
  const subPractices = [...input.subPractices].sort((a, b) =>
    compareSubPracticeIds(a.data.id, b.data.id),
  );
  const csfByCode = new Map(input.csf.map((c) => [c.code, c]));
  const subById = new Map(subPractices.map((s) => [s.data.id, s]));
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`HICP graph: ${what} does not exist`);
    return v;
  };

  const g = {
    site: input.site,
    threats,
    practices,
    subPractices,
    volumes: [...input.volumes].sort(
      (a, b) => VOLUME_ORDER.indexOf(a.data.volume) - VOLUME_ORDER.indexOf(b.data.volume),
    ),
    chapters: [...input.chapters].sort((a, b) => a.data.practice - b.data.practice),
    pages: input.pages,
    glossary: [...input.glossary].sort((a, b) =>
      a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
    ),
    csfEntries: input.csf,

    threat: (n: number) =>
      must(
        threats.find((t) => t.data.number === n),
        `threat ${n}`,
      ),
    practice: (n: number) =>
      must(
        practices.find((p) => p.data.number === n),
        `practice ${n}`,
      ),
    subPractice: (id: string) => must(subById.get(id), `sub-practice ${id}`),
    volume: (v: VolumeKey) =>
      must(
        input.volumes.find((x) => x.data.volume === v),
        `volume ${v}`,
      ),
    chapter: (v: VolumeKey, practice: number) =>
      input.chapters.find((c) => c.data.volume === v && c.data.practice === practice),
    chaptersOf: (v: VolumeKey) => g.chapters.filter((c) => c.data.volume === v),
    page: (slug: string) =>
      must(
        input.pages.find((p) => p.id === slug),
        `page ${slug}`,
      ),

    practicesFor: (threat: number) => practices.filter((p) => p.data.mitigates.includes(threat)),
    threatsFor: (practice: number) =>
      threats.filter((t) => g.practice(practice).data.mitigates.includes(t.data.number)),
    subPracticesOf: (practice: number, size?: Size) =>
      subPractices.filter((s) => s.data.practice === practice && (!size || s.data.size === size)),
    subPracticesOfSize: (size: Size) => subPractices.filter((s) => s.data.size === size),
    /** The sub-practices an organization of this size follows (APPLIES_TO), optionally of one practice. */
    applicableTo: (size: Size, practice?: number) =>
      subPractices.filter(
        (s) =>
          APPLIES_TO[size].includes(s.data.size) && (!practice || s.data.practice === practice),
      ),
    /** Sub-practices of the practices that mitigate a threat, optionally of one size (by their letter). */
    subPracticesForThreat: (threat: number, size?: Size) =>
      subPractices.filter(
        (s) =>
          g.practice(s.data.practice).data.mitigates.includes(threat) &&
          (!size || s.data.size === size),
      ),
    sizesOf: (practice: number) =>
      SIZES.filter((size) => g.subPracticesOf(practice, size).length > 0),
    siblings: (id: string) => {
      const s = g.subPractice(id).data;
      return g.subPracticesOf(s.practice, s.size).filter((x) => x.data.id !== id);
    },
    otherSizes: (id: string) => {
      const s = g.subPractice(id).data;
      return SIZES.filter((size) => size !== s.size)
        .map((size) => ({ size, items: g.subPracticesOf(s.practice, size) }))
        .filter((group) => group.items.length > 0);
    },
    related: (id: string) => g.subPractice(id).data.related.map((r) => g.subPractice(r)),
    /** Sub-practices that list this one as related (the other direction of `related`). */
    relatedFrom: (id: string) => subPractices.filter((s) => s.data.related.includes(id)),
    csf: (code: string): CsfTrail => {
      const entry = must(csfByCode.get(code), `CSF code ${code}`);
      const [fn, cat] = csfParents(code);
      return {
        code,
        entry,
        function: fn ? csfByCode.get(fn) : undefined,
        category: cat ? csfByCode.get(cat) : undefined,
      };
    },
    resolve: (ref: ItemRef): ResolvedItem | undefined => {
      if (ref.kind === 'threat') {
        const t = threats.find((x) => x.data.number === ref.number);
        return t && { ref, label: `Threat ${ref.number}`, title: t.data.title };
      }
      if (ref.kind === 'practice') {
        const p = practices.find((x) => x.data.number === ref.number);
        return p && { ref, label: `Practice ${ref.number}`, title: p.data.title };
      }
      const s = subById.get(ref.id);
      return s && { ref, label: ref.id, title: s.data.title };
    },
  };
  return g;
}

const VOLUME_ORDER: VolumeKey[] = ['main', 'small', 'medium-large'];
