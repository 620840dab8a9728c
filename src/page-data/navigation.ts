/**
 * Reading order and breadcrumbs, derived from the graph and the URL module. Each volume is a
 * sequence a reader can walk with previous/next.
 */
import type { Graph } from '../lib/graph';
import { VOLUME_SIZES } from '../lib/graph';
import type { Urls } from '../lib/urls';
import type { VolumeKey } from '../lib/schemas';

export interface NavLink {
  href: string;
  /** Short label: "Threat 2", "4.M.D", "Chapter 3". */
  label: string;
  title: string;
}

export function volumeSequence(graph: Graph, urls: Urls, volume: VolumeKey): NavLink[] {
  const v = graph.volume(volume);
  const seq: NavLink[] = [
    { href: urls.volume(volume), label: v.data.shortTitle, title: 'Introduction' },
  ];
  if (volume === 'main') {
    const sizing = graph.pages.find((p) => p.id === 'sizing');
    if (sizing) seq.push({ href: urls.page('sizing'), label: 'Sizing', title: sizing.data.title });
    for (const t of graph.threats)
      seq.push({
        href: urls.threat(t.data.number),
        label: `Threat ${t.data.number}`,
        title: t.data.title,
      });
    for (const p of graph.practices)
      seq.push({
        href: urls.practice(p.data.number),
        label: `Practice ${p.data.number}`,
        title: p.data.title,
      });
    return seq;
  }
  for (const c of graph.chaptersOf(volume)) {
    seq.push({
      href: urls.chapter(volume, c.data.practice),
      label: `Practice ${c.data.practice}`,
      title: c.data.title,
    });
    for (const size of VOLUME_SIZES[volume])
      for (const s of graph.subPracticesOf(c.data.practice, size))
        seq.push({ href: urls.subPractice(s.data.id), label: s.data.id, title: s.data.title });
  }
  return seq;
}

export function prevNext(seq: NavLink[], href: string): { prev?: NavLink; next?: NavLink } {
  const i = seq.findIndex((l) => l.href === href);
  if (i < 0) return {};
  return { prev: seq[i - 1], next: seq[i + 1] };
}

export interface Crumb {
  href: string;
  label: string;
}
