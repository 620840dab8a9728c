/** What a whole-volume print page holds, in reading order: one entry per item, each with its own anchor. */
import type { Graph } from '../lib/graph';
import { VOLUME_SIZES } from '../lib/graph';
import type { Urls } from '../lib/urls';
import type { VolumeKey } from '../lib/schemas';
import { subPracticeSlug } from '../lib/urls';

export type PrintCollection =
  'volumes' | 'pages' | 'threats' | 'practices' | 'chapters' | 'subPractices';

export interface PrintItem {
  /** Anchor of the item on the print page, also the prefix of every id inside it. */
  anchor: string;
  /** The item's own page, so links to it become in-page links. */
  url: string;
  label: string;
  title: string;
  collection: PrintCollection;
  entryId: string;
  /** Heading level of the item's title (2 for chapters, 3 for items inside a chapter). */
  level: 2 | 3;
}

export function printPlan(graph: Graph, urls: Urls, volume: VolumeKey): PrintItem[] {
  const v = graph.volume(volume);
  const items: PrintItem[] = [
    {
      anchor: 'introduction',
      url: urls.volume(volume),
      label: 'Introduction',
      title: v.data.title,
      collection: 'volumes',
      entryId: v.id,
      level: 2,
    },
  ];
  if (volume === 'main') {
    for (const p of graph.pages.filter((x) => x.id === 'sizing'))
      items.push({
        anchor: p.id,
        url: urls.page(p.id),
        label: 'Sizing',
        title: p.data.title,
        collection: 'pages',
        entryId: p.id,
        level: 2,
      });
    for (const t of graph.threats)
      items.push({
        anchor: `t${t.data.number}`,
        url: urls.threat(t.data.number),
        label: `Threat ${t.data.number}`,
        title: t.data.title,
        collection: 'threats',
        entryId: t.id,
        level: 2,
      });
    for (const p of graph.practices)
      items.push({
        anchor: `p${p.data.number}`,
        url: urls.practice(p.data.number),
        label: `Practice ${p.data.number}`,
        title: p.data.title,
        collection: 'practices',
        entryId: p.id,
        level: 2,
      });
    return items;
  }
  for (const c of graph.chaptersOf(volume)) {
    items.push({
      anchor: `p${c.data.practice}`,
      url: urls.chapter(volume, c.data.practice),
      label: `Practice ${c.data.practice}`,
      title: c.data.title,
      collection: 'chapters',
      entryId: c.id,
      level: 2,
    });
    for (const size of VOLUME_SIZES[volume])
      for (const s of graph.subPracticesOf(c.data.practice, size))
        items.push({
          anchor: subPracticeSlug(s.data.id),
          url: urls.subPractice(s.data.id),
          label: s.data.id,
          title: s.data.title,
          collection: 'subPractices',
          entryId: s.id,
          level: 3,
        });
  }
  return items;
}
