/**
 * Every short link (/go/<label>/), with what it leads to. Each item has one under its ID (T2, P4,
 * 4.M.D), a sub-practice also under the spellings readers type (4-M-D, 4MD), and each NIST CSF code
 * that has a page of its own under the code (PR.IP-4 for CSF 1.1, PR.AA-03 for CSF 2.0). Every
 * spelling exists as written and in lower case (/go/4md/, /go/pr.ip-4/): hosts with case-sensitive
 * paths serve only the file of that exact name. The content gate checks that no two short links,
 * and no short link and a page, share an address (shortLinkProblems).
 */
import type { ContentProblem } from './content-errors';
import type { Graph } from './graph';
import type { ShortRef } from './ids';

export interface ShortLink {
  /** The spelling in the address: "4.M.D", "4md", "pr.ip-4". */
  label: string;
  /** The ID as the site writes it: "4.M.D", "T2", "PR.IP-4". */
  id: string;
  ref: ShortRef;
  /** The title of the page it leads to. */
  title: string;
  /** The content file that defines the ID, for the gate's messages. */
  file: string;
  /** The ID as written (canonical), or another spelling of it (alias). */
  spelling: 'canonical' | 'alias';
}

/** The spellings of an ID that lead to it, the ID first: 4.M.D → 4.M.D, 4-M-D, 4MD. */
export function spellingsOf(link: Pick<ShortLink, 'id' | 'ref'>): string[] {
  const written =
    link.ref.kind === 'subPractice'
      ? [link.id, link.id.replaceAll('.', '-'), link.id.replaceAll('.', '')]
      : [link.id];
  return [...new Set(written.flatMap((w) => [w, w.toLowerCase()]))];
}

/** Every short link: each canonical one's spellings, the canonical label first. */
export function shortLinks(graph: Graph): ShortLink[] {
  return canonicalShortLinks(graph).flatMap((l) =>
    spellingsOf(l).map((label) => ({
      ...l,
      label,
      spelling: label === l.id ? ('canonical' as const) : ('alias' as const),
    })),
  );
}

/** One short link per ID: items, then CSF 1.1 codes, then CSF 2.0 elements with a page. */
export function canonicalShortLinks(graph: Graph): ShortLink[] {
  const csf11 = new Set(graph.csfEntries.map((c) => c.code));
  const link = (id: string, ref: ShortRef, title: string, file: string): ShortLink => ({
    label: id,
    id,
    ref,
    title,
    file,
    spelling: 'canonical',
  });
  return [
    ...graph.threats.map((t) =>
      link(`T${t.data.number}`, { kind: 'threat', number: t.data.number }, t.data.title, t.file),
    ),
    ...graph.practices.map((p) =>
      link(`P${p.data.number}`, { kind: 'practice', number: p.data.number }, p.data.title, p.file),
    ),
    ...graph.subPractices.map((s) =>
      link(s.data.id, { kind: 'subPractice', id: s.data.id }, s.data.title, s.file),
    ),
    ...graph.csfEntries.map((c) =>
      link(c.code, { kind: 'csf', code: c.code }, c.name ?? c.label, graph.files.csf),
    ),
    // A CSF 2.0 category or function HICP reaches may have a CSF 1.1 code's name (PR.DS): that
    // code's CSF 1.1 page has the short link, and leads on to the CSF 2.0 one.
    ...graph
      .csf2Reached()
      .filter((id) => !csf11.has(id))
      .map((id) =>
        link(id, { kind: 'csf2', id }, graph.csf2Element(id).name ?? id, 'vendor/nist-csf-2.0/'),
      ),
  ];
}

/**
 * Short links that share an address with another short link or with a page of the site (`pages`:
 * every other page's URL, base "/"). Either would make one of them unreachable.
 */
export function shortLinkProblems(links: ShortLink[], pages: Set<string>): ContentProblem[] {
  const out: ContentProblem[] = [];
  const owner = new Map<string, ShortLink>();
  for (const l of links) {
    const url = `/go/${l.label}/`;
    const first = owner.get(l.label);
    if (first && JSON.stringify(first.ref) !== JSON.stringify(l.ref))
      out.push({
        file: l.file,
        field: l.ref.kind === 'csf' ? 'code' : 'id',
        problem: `the short link ${url} of ${l.id} is also the short link of ${first.id} (${first.file})`,
        fix: `give one of them another ID: each short link must lead to one page`,
      });
    else if (!first) owner.set(l.label, l);
    if (pages.has(url))
      out.push({
        file: l.file,
        field: l.ref.kind === 'csf' ? 'code' : 'id',
        problem: `the short link ${url} of ${l.id} is also the address of a page of the site`,
        fix: 'move that page, or give the item another ID',
      });
  }
  return out;
}
