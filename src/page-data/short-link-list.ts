/**
 * The /go/ page: every short link, grouped as a reader looks for them, each canonical address with
 * the other spellings that lead to the same page (src/lib/short-links.ts).
 */
import type { Graph } from '../lib/graph';
import { canonicalShortLinks, spellingsOf, type ShortLink } from '../lib/short-links';
import type { Urls } from '../lib/urls';

export interface ShortLinkRow {
  id: string;
  /** The short link's address: "/go/4.M.D/". */
  href: string;
  /** Where it leads. */
  target: string;
  title: string;
  /** The other spellings as written (their lower case goes without saying): "4-M-D", "4MD". */
  also: string[];
}

export interface ShortLinkGroup {
  id: string;
  heading: string;
  rows: ShortLinkRow[];
}

const GROUPS: { id: string; heading: string; kinds: ShortLink['ref']['kind'][] }[] = [
  { id: 'threats', heading: 'Threats', kinds: ['threat'] },
  { id: 'practices', heading: 'Practices', kinds: ['practice'] },
  { id: 'sub-practices', heading: 'Sub-practices', kinds: ['subPractice'] },
  { id: 'csf-1-1', heading: 'NIST CSF 1.1 codes', kinds: ['csf'] },
  { id: 'csf-2-0', heading: 'NIST CSF 2.0 codes', kinds: ['csf2'] },
];

export function shortLinkGroups(graph: Graph, urls: Urls): ShortLinkGroup[] {
  const links = canonicalShortLinks(graph);
  return GROUPS.map((g) => ({
    id: g.id,
    heading: g.heading,
    rows: links
      .filter((l) => g.kinds.includes(l.ref.kind))
      .map((l) => ({
        id: l.id,
        href: urls.go(l.id),
        target: urls.shortTarget(l.ref),
        title: l.title,
        also: spellingsOf(l).filter((s) => s !== l.id && s !== s.toLowerCase()),
      })),
  }));
}
