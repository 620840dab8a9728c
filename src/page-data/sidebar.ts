/**
 * The sidebar (and the phone Menu's) tree: the volume the current page belongs to, derived from the
 * same reading order previous/next uses, grouped under its chapters (or, for the main document, under
 * Threats and Practices). Pages outside every volume get the list of volumes instead.
 */
import type { Graph } from '../lib/graph';
import type { Urls } from '../lib/urls';
import { VOLUMES, type VolumeKey } from '../lib/schemas';
import { volumeSequence, type NavLink } from './navigation';

export interface TreeGroup {
  /** The chapter (or a heading-only group such as "Threats" when it has no page of its own). */
  head: NavLink | { label: string; href?: undefined; title?: undefined };
  items: NavLink[];
}

export interface SidebarTree {
  title: string;
  href: string;
  /** Links above the groups: the introduction (and the sizing page for the main document). */
  top: NavLink[];
  groups: TreeGroup[];
}

/** The volume whose reading order holds this URL, if any. */
export function volumeOf(graph: Graph, urls: Urls, url: string): VolumeKey | undefined {
  return VOLUMES.find((v) => volumeSequence(graph, urls, v).some((l) => l.href === url));
}

export function volumeTree(graph: Graph, urls: Urls, volume: VolumeKey): SidebarTree {
  const seq = volumeSequence(graph, urls, volume);
  const v = graph.volume(volume).data;
  if (volume === 'main') {
    const by = (prefix: string) => seq.filter((l) => l.label.startsWith(prefix));
    return {
      title: v.shortTitle,
      href: urls.volume(volume),
      top: seq.filter((l) => !/^(Threat|Practice) /.test(l.label)),
      groups: [
        {
          head: { label: 'Threats', href: urls.threats(), title: 'The five threats' },
          items: by('Threat '),
        },
        {
          head: { label: 'Practices', href: urls.practices(), title: 'The ten practices' },
          items: by('Practice '),
        },
      ],
    };
  }
  const groups: TreeGroup[] = [];
  for (const link of seq.slice(1)) {
    if (link.label.startsWith('Practice ')) groups.push({ head: link, items: [] });
    else groups.at(-1)?.items.push(link);
  }
  return { title: v.shortTitle, href: urls.volume(volume), top: [seq[0]!], groups };
}

/** For pages outside the volumes: where to start reading. */
export function volumesList(graph: Graph, urls: Urls): NavLink[] {
  return [
    { href: urls.startSmall(), label: 'Start here', title: 'Small practice: start here' },
    ...VOLUMES.map((v) => ({
      href: urls.volume(v),
      label: graph.volume(v).data.shortTitle,
      title: graph.volume(v).data.title,
    })),
    { href: urls.matrix(), label: 'Matrix', title: 'Threat × practice matrix' },
    { href: urls.subPractices(), label: 'All sub-practices', title: 'All sub-practices' },
  ];
}
