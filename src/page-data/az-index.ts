/** Every item (threats, practices, sub-practices, chapters, glossary terms) grouped A–Z by title. */
import type { Graph } from '../lib/graph';
import type { Urls } from '../lib/urls';

export interface AzItem {
  href: string;
  title: string;
  label: string;
}

export function azIndex(graph: Graph, urls: Urls): { letter: string; items: AzItem[] }[] {
  const items: AzItem[] = [
    ...graph.threats.map((t) => ({
      href: urls.threat(t.data.number),
      title: t.data.title,
      label: `Threat ${t.data.number}`,
    })),
    ...graph.practices.map((p) => ({
      href: urls.practice(p.data.number),
      title: p.data.title,
      label: `Practice ${p.data.number}`,
    })),
    ...graph.subPractices.map((s) => ({
      href: urls.subPractice(s.data.id),
      title: s.data.title,
      label: s.data.id,
    })),
    ...graph.volumes.map((v) => ({
      href: urls.volume(v.data.volume),
      title: v.data.title,
      label: v.data.shortTitle,
    })),
    ...graph.pages.map((p) => ({ href: urls.page(p.id), title: p.data.title, label: 'Page' })),
    ...graph.glossary.map((g) => ({
      href: urls.glossaryTerm(g.slug),
      title: g.term,
      label: g.abbr ? `Glossary: ${g.abbr}` : 'Glossary',
    })),
  ].sort(
    (a, b) =>
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
      a.label.localeCompare(b.label, 'en', { numeric: true }),
  );
  const groups = new Map<string, AzItem[]>();
  for (const i of items) {
    const first = i.title[0]!.toUpperCase();
    // Titles that start with a digit ("405(d)") group under "0–9", as in the glossary's bar.
    const letter = /[A-Z]/.test(first) ? first : '0–9';
    groups.set(letter, [...(groups.get(letter) ?? []), i]);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list }));
}

/** How many entries the A–Z groups hold. */
export function azCount(groups: { items: AzItem[] }[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0);
}
