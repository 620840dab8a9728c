/** Card data for items: one place that turns graph entries into list entries. */
import type { Graph } from '../lib/graph';
import type { Urls } from '../lib/urls';

type Entries<K extends 'threats' | 'practices' | 'subPractices'> = Graph[K];

export const threatItems = (urls: Urls, list: Entries<'threats'>) =>
  list.map((t) => ({
    href: urls.threat(t.data.number),
    label: `T${t.data.number}`,
    title: t.data.title,
    summary: t.data.summary,
  }));

export const practiceItems = (urls: Urls, list: Entries<'practices'>) =>
  list.map((p) => ({
    href: urls.practice(p.data.number),
    label: `P${p.data.number}`,
    title: p.data.title,
    summary: p.data.summary,
  }));

export const subPracticeItems = (urls: Urls, list: Entries<'subPractices'>, withSummary = true) =>
  list.map((s) => ({
    href: urls.subPractice(s.data.id),
    label: s.data.id,
    title: s.data.title,
    summary: withSummary ? s.data.summary : undefined,
    size: s.data.size,
  }));
