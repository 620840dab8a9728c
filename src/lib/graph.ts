/**
 * The HICP graph: every threat, practice, sub-practice, volume, chapter and their links, validated
 * once. Pages ask it questions; they never re-derive links. Which threats a practice mitigates is
 * stored once (on the practice, `mitigates`); the other direction is derived here.
 */
import {
  APPLIES_TO,
  compareSubPracticeIds,
  csfParents,
  itemLabel,
  SIZES,
  type ItemRef,
  type Size,
} from './ids';
import { ContentError, type ContentProblem } from './content-errors';
import { resolveCsf11, type Csf11InCsf2, type Csf2Catalog } from './csf2';
import { validateGraph } from './graph-checks';
export type { GraphInput, SourceEntry } from './graph-input';
import type { GraphInput } from './graph-input';
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
  if (!input.csf2 && !problems.length)
    problems.push({
      file: 'vendor/nist-csf-2.0/NIST_CSF_v2.0_catalog.json',
      field: '(file)',
      problem: "NIST's CSF 2.0 catalog was not given to the graph",
      fix: 'build the graph with loadGraph() or checkContent(), which read it',
    });
  if (problems.length) throw new ContentError(problems);
  return createGraph(input as GraphInput & { site: Site; csf2: Csf2Catalog });
}

function createGraph(input: GraphInput & { site: Site; csf2: Csf2Catalog }) {
  const threats = [...input.threats].sort(byNumber);
  const practices = [...input.practices].sort(byNumber);
  const subPractices = [...input.subPractices].sort((a, b) =>
    compareSubPracticeIds(a.data.id, b.data.id),
  );
  const csfByCode = new Map(input.csf.map((c) => [c.code, c]));
  // Checked by the content gate: every code of csf.yaml resolves in NIST's catalog.
  const csf2ByCode = new Map(input.csf.map((c) => [c.code, resolveCsf11(input.csf2, c.code)!]));
  const csf2Catalog = input.csf2;
  let reachedCache: string[] | undefined;
  const subById = new Map(subPractices.map((s) => [s.data.id, s]));
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`HICP graph: ${what} does not exist`);
    return v;
  };

  const g = {
    site: input.site,
    redirects: input.redirects,
    files: input.files,
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
    /** The official PDF of a volume (facts: site.yaml). */
    officialPdf: (v: VolumeKey) =>
      must(
        input.site.officialPdfs.find((p) => p.key === v),
        `official PDF ${v}`,
      ),
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
    /** NIST's CSF 2.0 catalog, as the build pins it. */
    csf2Catalog,
    /** Where a CSF 1.1 code of csf.yaml went in CSF 2.0 (NIST's mapping, read from its catalog). */
    csf2Of: (code: string): Csf11InCsf2 => must(csf2ByCode.get(code), `CSF code ${code}`),
    /** A CSF 2.0 element of NIST's catalog. */
    csf2Element: (id: string) => must(csf2Catalog.byId.get(id), `CSF 2.0 element ${id}`),
    /** A sub-practice's CSF 1.1 codes, as printed, each with where it went in CSF 2.0. */
    csf2For: (id: string): Csf11InCsf2[] => g.subPractice(id).data.csf.map((c) => g.csf2Of(c)),
    /** The CSF 2.0 elements a sub-practice reaches through its CSF 1.1 codes, once each, in order. */
    csf2Ids: (id: string): string[] => [
      ...new Set(g.csf2For(id).flatMap((r) => r.targets.map((t) => t.id))),
    ],
    /**
     * The CSF 2.0 elements the sub-practices reach through their CSF 1.1 codes, in the catalog's
     * order: one page each.
     */
    csf2Reached: (): string[] => {
      if (!reachedCache) {
        const reached = new Set(subPractices.flatMap((s) => g.csf2Ids(s.data.id)));
        reachedCache = csf2Catalog.elements.filter((e) => reached.has(e.id)).map((e) => e.id);
      }
      return reachedCache;
    },
    /**
     * What the CSF 2.0 index shows, in the catalog's order: where every code of csf.yaml leads (so
     * each CSF 1.1 page links somewhere), with the functions and categories above.
     */
    csf2Indexed: (): string[] => {
      const shown = new Set<string>();
      for (const r of csf2ByCode.values())
        for (const t of r.targets) for (const id of [...csfParents(t.id), t.id]) shown.add(id);
      return csf2Catalog.elements.filter((e) => shown.has(e.id)).map((e) => e.id);
    },
    resolve: (ref: ItemRef): ResolvedItem | undefined => {
      if (ref.kind === 'threat') {
        const t = threats.find((x) => x.data.number === ref.number);
        return t && { ref, label: itemLabel(ref), title: t.data.title };
      }
      if (ref.kind === 'practice') {
        const p = practices.find((x) => x.data.number === ref.number);
        return p && { ref, label: itemLabel(ref), title: p.data.title };
      }
      const s = subById.get(ref.id);
      return s && { ref, label: ref.id, title: s.data.title };
    },
  };
  return g;
}

const VOLUME_ORDER: VolumeKey[] = ['main', 'small', 'medium-large'];
