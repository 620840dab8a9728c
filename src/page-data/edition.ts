/**
 * The newer edition (content/site.yaml, `newerEdition`): what the notice on every page, the official
 * PDF links and the edition page say about it, in the site's words, each point with its confidence.
 */
import type { Graph } from '../lib/graph';
import type { Confidence, NewerEdition, Site } from '../lib/schemas';
import type { VolumeKey } from '../lib/ids';

/** How sure we are, as a reader reads it (facts.yaml: high = seen in a source, …). */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  high: 'Confirmed',
  medium: 'Likely',
  low: 'Not confirmed',
};

/** What an official PDF link opens, said beside it: "2023 edition", "likely 2023 edition", "edition not known". */
export function pdfEditionLabel(site: Site, key: VolumeKey): string {
  const pdf = site.newerEdition?.pdfs.find((p) => p.key === key);
  if (!pdf) return `${site.edition} edition`;
  if (pdf.opens === 'unknown' || pdf.confidence === 'low') return 'edition not known';
  return pdf.confidence === 'high' ? `${pdf.opens} edition` : `likely ${pdf.opens} edition`;
}

export interface TitleChange {
  /** "Threat 1", "Practice 9". */
  label: string;
  /** The title in the edition this site renders. */
  ours: string;
  /** The title reported for the newer edition. */
  newer: string;
  changed: boolean;
  confidence: Confidence;
}

/** Every threat and practice: our title beside the newer edition's, and whether it changed. */
export function titleChanges(
  graph: Graph,
  newer: NewerEdition,
): { threats: TitleChange[]; practices: TitleChange[] } {
  const row = (label: string, ours: string, t: { title: string; confidence: Confidence }) => ({
    label,
    ours,
    newer: t.title,
    changed: t.title !== ours,
    confidence: t.confidence,
  });
  return {
    threats: newer.threats.map((t) =>
      row(`Threat ${t.number}`, graph.threat(t.number).data.title, t),
    ),
    practices: newer.practices.map((p) =>
      row(`Practice ${p.number}`, graph.practice(p.number).data.title, p),
    ),
  };
}
