/**
 * What each link-preview image shows (src/integrations/previews/ draws them): an item's ID, what
 * kind of item it is, its title and the site's name; the one image every other page shares shows
 * the site's name and the publication it renders.
 */
import type { Graph } from '../lib/graph';
import { volumeForSize } from '../lib/graph';
import { SIZE_LABEL } from '../lib/ids';
import type { Urls } from '../lib/urls';

export interface PreviewSpec {
  /** Where the image goes, as a site path: "og/4-m-d.png". */
  file: string;
  /** The item's ID ("4.M.D", "T2"); none on the site's own image. */
  id?: string;
  /** "Sub-practice · Medium organizations · Technical Volume 2". */
  kind: string;
  title: string;
  /** The last line: the publication and edition, and that this is not HHS's. */
  footer: string;
}

export function previewSpecs(graph: Graph, urls: Urls): PreviewSpec[] {
  const { site } = graph;
  const file = (url: string) => urls.sitePath(url)!;
  const footer = `${site.acronym}, ${site.edition} edition · an independent rendering, not an HHS publication`;
  return [
    {
      file: file(urls.previewImage()),
      kind: `${graph.threats.length} threats · ${graph.practices.length} practices · ${graph.subPractices.length} sub-practices`,
      title: site.title,
      footer,
    },
    ...graph.threats.map((t) => ({
      file: file(urls.previewImage({ kind: 'threat', number: t.data.number })),
      id: `T${t.data.number}`,
      kind: `Threat ${t.data.number} · Main document`,
      title: t.data.title,
      footer,
    })),
    ...graph.practices.map((p) => ({
      file: file(urls.previewImage({ kind: 'practice', number: p.data.number })),
      id: `P${p.data.number}`,
      kind: `Practice ${p.data.number} · Main document`,
      title: p.data.title,
      footer,
    })),
    ...graph.subPractices.map((s) => ({
      file: file(urls.previewImage({ kind: 'subPractice', id: s.data.id })),
      id: s.data.id,
      kind: `Sub-practice · ${SIZE_LABEL[s.data.size]} organizations · ${graph.volume(volumeForSize(s.data.size)).data.shortTitle}`,
      title: s.data.title,
      footer,
    })),
  ];
}
