/** HICP identifiers: sub-practices (4.M.D), practices (P4) and threats (T2). Pure, no I/O. */

export type Size = 'small' | 'medium' | 'large';

/** The three volumes, in reading order: the main document, Volume 1 (small), Volume 2 (medium and large). */
export const VOLUMES = ['main', 'small', 'medium-large'] as const;
export type VolumeKey = (typeof VOLUMES)[number];
export const SIZES: readonly Size[] = ['small', 'medium', 'large'];

/**
 * Which sub-practice sizes apply to an organization of a size. HICP: a small organization follows
 * the small sub-practices (Volume 1); a medium one the medium sub-practices; a large one the medium
 * and the large sub-practices (Volume 2 builds large on medium).
 */
export const APPLIES_TO: Record<Size, readonly Size[]> = {
  small: ['small'],
  medium: ['medium'],
  large: ['medium', 'large'],
};
const LETTER_SIZE: Record<string, Size> = { S: 'small', M: 'medium', L: 'large' };

export const SUB_PRACTICE_ID = /^(\d{1,2})\.([SML])\.([A-Z])$/;

export interface SubPracticeIdParts {
  practice: number;
  size: Size;
  letter: string;
}

export function parseSubPracticeId(id: string): SubPracticeIdParts | undefined {
  const m = SUB_PRACTICE_ID.exec(id);
  if (!m) return undefined;
  return { practice: Number(m[1]), size: LETTER_SIZE[m[2]!]!, letter: m[3]! };
}

/** Sort key that keeps 2.M.A before 10.M.A and S before M before L. */
export function compareSubPracticeIds(a: string, b: string): number {
  const pa = parseSubPracticeId(a);
  const pb = parseSubPracticeId(b);
  if (!pa || !pb) return a.localeCompare(b);
  return (
    pa.practice - pb.practice ||
    SIZES.indexOf(pa.size) - SIZES.indexOf(pb.size) ||
    pa.letter.localeCompare(pb.letter)
  );
}

export type ItemRef =
  | { kind: 'threat'; number: number }
  | { kind: 'practice'; number: number }
  | { kind: 'subPractice'; id: string };

/** What a short link can lead to: an item, a NIST CSF 1.1 code's page or a CSF 2.0 element's page. */
export type ShortRef = ItemRef | { kind: 'csf'; code: string } | { kind: 'csf2'; id: string };

/**
 * Reads any way a reader or editor writes an item: 4.M.D, 4.m.d, 4-M-D, T2, P4,
 * "Threat 2", "Practice 4". Returns undefined when it is not an ID at all.
 */
export function parseItemRef(text: string): ItemRef | undefined {
  const t = text.trim();
  const sub = /^(\d{1,2})[.\-_ ]([sml])[.\-_ ]([a-z])$/i.exec(t);
  if (sub)
    return {
      kind: 'subPractice',
      id: `${Number(sub[1])}.${sub[2]!.toUpperCase()}.${sub[3]!.toUpperCase()}`,
    };
  const short = /^(t|threat\s*|p|practice\s*)#?(\d{1,2})$/i.exec(t);
  if (short) {
    const kind = short[1]!.toLowerCase().startsWith('t') ? 'threat' : 'practice';
    return { kind, number: Number(short[2]) };
  }
  return undefined;
}

/** The canonical short form of a reference: T2, P4 or 4.M.D. */
/** Labels shown to readers: one place for each (sizes, volumes, items). */
export const SIZE_LABEL: Record<Size, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};
export const VOLUME_LABEL: Record<VolumeKey, string> = {
  main: 'Main document',
  small: 'Volume 1',
  'medium-large': 'Volume 2',
};

/** The long label of an item: "Threat 2", "Practice 4", "4.M.D". */
export function itemLabel(ref: ItemRef): string {
  if (ref.kind === 'subPractice') return ref.id;
  return `${ref.kind === 'threat' ? 'Threat' : 'Practice'} ${ref.number}`;
}

/** The short label of an item: "T2", "P4", "4.M.D". */
export function refLabel(ref: ItemRef): string {
  if (ref.kind === 'subPractice') return ref.id;
  return `${ref.kind === 'threat' ? 'T' : 'P'}${ref.number}`;
}

/**
 * Mentions of items in running prose: "4.M.D", "Practice 4", "Threat 2".
 * Global regex: callers must reset lastIndex or use matchAll.
 */
export const MENTION =
  /\b(?:(\d{1,2}\.[SML]\.[A-Z])|(Practice)\s+(\d{1,2})|(Threat)\s+(\d{1,2}))\b/g;

export interface Mention {
  index: number;
  text: string;
  ref: ItemRef;
}

export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const ref: ItemRef = m[1]
      ? { kind: 'subPractice', id: m[1] }
      : m[2]
        ? { kind: 'practice', number: Number(m[3]) }
        : { kind: 'threat', number: Number(m[5]) };
    out.push({ index: m.index, text: m[0], ref });
  }
  return out;
}

/** The CSF function and category above a code: "PR.IP-4" → ["PR", "PR.IP"]; "PR" → []. */
export function csfParents(code: string): string[] {
  const fn = code.split('.')[0]!;
  const cat = code.split('-')[0]!;
  return [fn, cat].filter((p, i, all) => p !== code && all.indexOf(p) === i);
}
