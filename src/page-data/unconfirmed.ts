/**
 * Every fact we could not confirm against the publication (the `unconfirmed` frontmatter of any
 * entry), with the page it belongs to and the official PDF to check it in. Feeds the "What we could
 * not confirm" page, so the list can never drift from the notes on the pages themselves.
 */
import type { Graph } from '../lib/graph';
import { volumeForSize } from '../lib/graph';
import type { Urls } from '../lib/urls';
import type { VolumeKey } from '../lib/schemas';

export interface UnconfirmedFact {
  href: string;
  /** "4.S.B", "Threat 2", "Technical Volume 1, Practice 4". */
  label: string;
  title: string;
  note: string;
  /** Where to check it: the volume whose official PDF holds the fact. */
  volume: VolumeKey;
}

export function unconfirmedFacts(graph: Graph, urls: Urls): UnconfirmedFact[] {
  const out: UnconfirmedFact[] = [];
  const add = (f: Omit<UnconfirmedFact, 'note'>, note: string | undefined) => {
    if (note) out.push({ ...f, note });
  };
  for (const v of graph.volumes)
    add(
      {
        href: urls.volume(v.data.volume),
        label: v.data.shortTitle,
        title: v.data.title,
        volume: v.data.volume,
      },
      v.data.unconfirmed,
    );
  for (const p of graph.pages)
    add(
      { href: urls.page(p.id), label: 'Page', title: p.data.title, volume: 'main' },
      p.data.unconfirmed,
    );
  for (const t of graph.threats)
    add(
      {
        href: urls.threat(t.data.number),
        label: `Threat ${t.data.number}`,
        title: t.data.title,
        volume: 'main',
      },
      t.data.unconfirmed,
    );
  for (const p of graph.practices)
    add(
      {
        href: urls.practice(p.data.number),
        label: `Practice ${p.data.number}`,
        title: p.data.title,
        volume: 'main',
      },
      p.data.unconfirmed,
    );
  for (const c of graph.chapters)
    add(
      {
        href: urls.chapter(c.data.volume, c.data.practice),
        label: `${graph.volume(c.data.volume).data.shortTitle}, Practice ${c.data.practice}`,
        title: c.data.title,
        volume: c.data.volume,
      },
      c.data.unconfirmed,
    );
  for (const s of graph.subPractices)
    add(
      {
        href: urls.subPractice(s.data.id),
        label: s.data.id,
        title: s.data.title,
        volume: volumeForSize(s.data.size),
      },
      s.data.unconfirmed,
    );
  return out;
}
