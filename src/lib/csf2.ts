/**
 * NIST Cybersecurity Framework 2.0 as NIST's own OSCAL catalog gives it, and where each CSF 1.1 code
 * went. The catalog keeps every CSF 1.1 element that 2.0 withdrew, marked withdrawn and linked to its
 * 2.0 targets ("moved to", "incorporated into"); a 1.1 element it did not withdraw keeps its ID, with
 * the number zero-padded (1.1 DE.CM-1 is 2.0 DE.CM-01). Nothing here is typed by hand: every
 * relation is read from the catalog. Pure, no I/O: csf2-source.ts reads the file, and browser code
 * may import the types.
 */
import { z } from 'astro/zod';

export type Csf2Level = 'function' | 'category' | 'subcategory';
/** How a CSF 1.1 element lives on in 2.0: NIST's two link relations, or kept under the same ID. */
export type Csf2Relation = 'unchanged' | 'moved-to' | 'incorporated-into';

/** The relation in words, for pages and files: "moved to", "incorporated into", "unchanged". */
export const CSF2_RELATION_WORDS: Record<Csf2Relation, string> = {
  unchanged: 'unchanged',
  'moved-to': 'moved to',
  'incorporated-into': 'incorporated into',
};

export interface Csf2Link {
  relation: Exclude<Csf2Relation, 'unchanged'>;
  /** The CSF 2.0 ID the link names: a subcategory, a category or a function. */
  id: string;
}

export interface Csf2Element {
  /** "PR.DS-11", "PR.DS", "PR". */
  id: string;
  level: Csf2Level;
  /** A function's or category's name ("Data Security", "Govern"); subcategories have none. */
  name?: string;
  /** NIST's statement: the 2.0 outcome, or for a withdrawn element its old 1.1 text ("" if none). */
  statement: string;
  withdrawn: boolean;
  /** Where a withdrawn element went, as NIST links it. Empty for an active element. */
  links: Csf2Link[];
  /** The function or category it sits under. */
  parent?: string;
}

export interface Csf2Catalog {
  uuid: string;
  title: string;
  version: string;
  published: string;
  /** Functions in NIST's order, each followed by its categories and their subcategories, by ID. */
  elements: Csf2Element[];
  byId: ReadonlyMap<string, Csf2Element>;
}

/** A problem with the catalog itself: which field, what is wrong, what to check. */
export interface Csf2Problem {
  field: string;
  problem: string;
  fix: string;
}

const prop = z.object({ name: z.string(), value: z.string() });
const part = z.object({ name: z.string(), prose: z.string().optional() });
const link = z.object({ href: z.string(), rel: z.string().optional() });
const control = z.object({
  id: z.string(),
  title: z.string(),
  props: z.array(prop).optional(),
  parts: z.array(part).optional(),
  links: z.array(link).optional(),
});
const catalogSchema = z.object({
  catalog: z.object({
    uuid: z.string(),
    metadata: z.object({ title: z.string(), version: z.string(), published: z.string() }),
    groups: z.array(
      control.extend({
        controls: z.array(control.extend({ controls: z.array(control).optional() })),
      }),
    ),
  }),
});
type Control = z.infer<typeof control>;

const statementOf = (c: Control, partName: string) =>
  c.parts?.find((p) => p.name === partName)?.prose?.trim() ?? '';
const isWithdrawn = (c: Control) =>
  c.props?.some((p) => p.name === 'status' && p.value === 'withdrawn') ?? false;
/** NIST writes function titles in capitals ("GOVERN"); pages show "Govern". */
const functionName = (title: string) =>
  title === title.toUpperCase() ? title.charAt(0) + title.slice(1).toLowerCase() : title;

/** `moved_to` or `moved-to` (NIST's catalog uses underscores; OSCAL tokens allow both). */
export function relationOf(rel: string | undefined): Csf2Link['relation'] | undefined {
  const r = rel?.replaceAll('_', '-');
  return r === 'moved-to' || r === 'incorporated-into' ? r : undefined;
}

/**
 * The catalog as the build uses it, from the parsed JSON of NIST's file. Problems (a field missing,
 * an unknown link relation) are listed, never thrown, so the build reports them all at once.
 */
export function parseCsf2Catalog(json: unknown): {
  catalog?: Csf2Catalog;
  problems: Csf2Problem[];
} {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({
        field: i.path.join('.') || '(file)',
        problem: `not an OSCAL catalog as NIST publishes CSF 2.0: ${i.message}`,
        fix: 'restore the file NIST publishes (see the README beside it)',
      })),
    };
  const problems: Csf2Problem[] = [];
  const elements: Csf2Element[] = [];
  const add = (c: Control, level: Csf2Level, parent: string | undefined, name?: string) => {
    const links: Csf2Link[] = [];
    for (const l of c.links ?? []) {
      const relation = relationOf(l.rel);
      if (relation) links.push({ relation, id: l.href });
      else
        problems.push({
          field: `${c.id}.links`,
          problem: `the link to ${l.href} has the relation "${l.rel ?? ''}", which the build does not know`,
          fix: 'check what NIST changed: only moved_to and incorporated_into (or with hyphens) are read',
        });
    }
    elements.push({
      id: c.id,
      level,
      ...(name ? { name } : {}),
      statement: statementOf(c, level === 'function' ? 'overview' : 'statement'),
      withdrawn: isWithdrawn(c),
      links,
      ...(parent ? { parent } : {}),
    });
  };
  const byIdOrder = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { catalog } = parsed.data;
  for (const fn of catalog.groups) {
    add(fn, 'function', undefined, functionName(fn.title));
    for (const cat of byIdOrder(fn.controls)) {
      add(cat, 'category', fn.id, cat.title);
      for (const sub of byIdOrder(cat.controls ?? [])) add(sub, 'subcategory', cat.id);
    }
  }
  return {
    catalog: {
      uuid: catalog.uuid,
      title: catalog.metadata.title,
      version: catalog.metadata.version,
      published: catalog.metadata.published,
      elements,
      byId: new Map(elements.map((e) => [e.id, e])),
    },
    problems,
  };
}

/** What a pinned catalog must hold: the figures NIST's release 1.2.0 has. */
export interface Csf2Counts {
  functions: number;
  categories: number;
  subcategories: number;
  withdrawnSubcategoriesWithLinks: number;
}

export function csf2Counts(c: Csf2Catalog): Csf2Counts {
  const at = (level: Csf2Level) => c.elements.filter((e) => e.level === level);
  return {
    functions: at('function').length,
    categories: at('category').length,
    subcategories: at('subcategory').length,
    withdrawnSubcategoriesWithLinks: at('subcategory').filter((e) => e.withdrawn && e.links.length)
      .length,
  };
}

/**
 * The catalog against the release the build pins: its version and counts, and every link of a
 * withdrawn element naming an element that exists and is not withdrawn itself.
 */
export function catalogProblems(
  c: Csf2Catalog,
  pin: { version: string; counts: Csf2Counts },
): Csf2Problem[] {
  const out: Csf2Problem[] = [];
  if (c.version !== pin.version)
    out.push({
      field: 'catalog.metadata.version',
      problem: `the version is ${c.version}; the build is pinned to ${pin.version}`,
      fix: `restore NIST's release ${pin.version}, or adopt the new one on purpose: check that it still marks withdrawn CSF 1.1 elements and links them (the 1.0.0 catalog did not), then update the pin`,
    });
  const counts = csf2Counts(c);
  for (const [key, expected] of Object.entries(pin.counts) as [keyof Csf2Counts, number][])
    if (counts[key] !== expected)
      out.push({
        field: 'catalog.groups',
        problem: `it holds ${counts[key]} ${key.replace(/([A-Z])/g, ' $1').toLowerCase()}; NIST's release ${pin.version} holds ${expected}`,
        fix: 'check that the file is the whole catalog NIST publishes, with the withdrawn CSF 1.1 elements and their links',
      });
  for (const e of c.elements)
    for (const l of e.links) {
      const target = c.byId.get(l.id);
      if (!target || target.withdrawn)
        out.push({
          field: `${e.id}.links`,
          problem: `${e.id} is linked to ${l.id}, which ${target ? 'is withdrawn itself' : 'is not in the catalog'}`,
          fix: 'check the link against NIST’s published catalog: a CSF 1.1 element must lead to an active CSF 2.0 element',
        });
    }
  return out;
}

/** The CSF 2.0 form of a CSF 1.1 code: its number zero-padded ("PR.IP-4" → "PR.IP-04"). */
export function csf2Form(code: string): string {
  return code.replace(/-(\d)$/, '-0$1');
}

/** Where one CSF 1.1 code went in CSF 2.0. */
export interface Csf11InCsf2 {
  /** The CSF 1.1 code as HICP prints it: "PR.IP-4". */
  code: string;
  /** The same element in the catalog: "PR.IP-04". */
  id: string;
  withdrawn: boolean;
  /** The 2.0 elements it became, with the relation; empty when NIST names none. */
  targets: { id: string; relation: Csf2Relation }[];
}

/** NIST's mapping of a CSF 1.1 code onto 2.0, or undefined when the catalog does not have it. */
export function resolveCsf11(c: Csf2Catalog, code: string): Csf11InCsf2 | undefined {
  const e = c.byId.get(csf2Form(code));
  if (!e) return undefined;
  return {
    code,
    id: e.id,
    withdrawn: e.withdrawn,
    targets: e.withdrawn
      ? e.links.map((l) => ({ id: l.id, relation: l.relation }))
      : [{ id: e.id, relation: 'unchanged' }],
  };
}

/**
 * Why a CSF 1.1 code does not resolve, or undefined when it does: it must be in the catalog, and a
 * withdrawn one must name its targets (only a withdrawn category may name none: NIST gives PR.IP,
 * PR.PT, DE.DP and RS.RP no target, and the pages say so).
 */
export function resolutionProblem(c: Csf2Catalog, code: string): string | undefined {
  const e = c.byId.get(csf2Form(code));
  if (!e)
    return `NIST's CSF 2.0 catalog has no element ${csf2Form(code)} (the CSF 2.0 form of ${code})`;
  if (e.withdrawn && !e.links.length && e.level !== 'category')
    return `NIST's CSF 2.0 catalog marks ${e.id} withdrawn but names no CSF 2.0 element for it`;
  return undefined;
}

/** The withdrawn CSF 1.1 elements for which NIST names no CSF 2.0 target, in catalog order. */
export function withdrawnWithoutTarget(c: Csf2Catalog): Csf2Element[] {
  return c.elements.filter((e) => e.withdrawn && !e.links.length);
}

/** "PR.DS-11", "PR.DS Data Security", "GV Govern": how pages title an element. */
export const csf2Title = (e: Csf2Element) => (e.name ? `${e.id} ${e.name}` : e.id);
