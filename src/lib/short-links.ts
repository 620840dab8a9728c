/** Every short link: T1…T5, P1…P10 and each sub-practice id, with what it points to. */
import type { Graph } from './graph';
import type { ItemRef } from './ids';

export interface ShortLink {
  label: string;
  ref: ItemRef;
  title: string;
}

/** Canonical short links plus lower-case spellings (/go/t2/, /go/4.m.d/) for hosts with case-sensitive paths. */
export function shortLinks(graph: Graph): ShortLink[] {
  const canonical = canonicalShortLinks(graph);
  return [
    ...canonical,
    ...canonical
      .filter((l) => l.label !== l.label.toLowerCase())
      .map((l) => ({ ...l, label: l.label.toLowerCase() })),
  ];
}

export function canonicalShortLinks(graph: Graph): ShortLink[] {
  return [
    ...graph.threats.map((t) => ({
      label: `T${t.data.number}`,
      ref: { kind: 'threat', number: t.data.number } as ItemRef,
      title: t.data.title,
    })),
    ...graph.practices.map((p) => ({
      label: `P${p.data.number}`,
      ref: { kind: 'practice', number: p.data.number } as ItemRef,
      title: p.data.title,
    })),
    ...graph.subPractices.map((s) => ({
      label: s.data.id,
      ref: { kind: 'subPractice', id: s.data.id } as ItemRef,
      title: s.data.title,
    })),
  ];
}
