/** Every public page the graph implies, with its kind and title: the build must have each one. */
import type { Graph } from './graph';
import type { Urls } from './urls';
import { shortLinks } from './short-links';
import { SIZES } from './ids';

export type PageKind =
  | 'home'
  | 'index'
  | 'threat'
  | 'practice'
  | 'sub-practice'
  | 'volume'
  | 'chapter'
  | 'page'
  | 'glossary'
  | 'csf'
  | 'print'
  | 'size'
  | 'checklist'
  | 'redirect';

export interface SitePage {
  url: string;
  kind: PageKind;
  title: string;
}

export function sitePages(graph: Graph, urls: Urls): SitePage[] {
  return [
    { url: urls.home(), kind: 'home', title: 'HICP Guide' },
    { url: urls.threats(), kind: 'index', title: 'The five threats' },
    { url: urls.practices(), kind: 'index', title: 'The ten practices' },
    { url: urls.subPractices(), kind: 'index', title: 'All sub-practices' },
    { url: urls.matrix(), kind: 'index', title: 'Threat × practice matrix' },
    { url: urls.glossary(), kind: 'glossary', title: 'Glossary' },
    { url: urls.about(), kind: 'page', title: 'About HICP Guide' },
    { url: urls.startSmall(), kind: 'page', title: 'Start here: small practice' },
    { url: urls.unconfirmed(), kind: 'page', title: 'What we could not confirm' },
    { url: urls.edition2023(), kind: 'page', title: 'The 2023 edition: what we know' },
    ...graph.threats.map((t) => ({
      url: urls.threat(t.data.number),
      kind: 'threat' as const,
      title: t.data.title,
    })),
    ...graph.practices.map((p) => ({
      url: urls.practice(p.data.number),
      kind: 'practice' as const,
      title: p.data.title,
    })),
    ...graph.subPractices.map((s) => ({
      url: urls.subPractice(s.data.id),
      kind: 'sub-practice' as const,
      title: s.data.title,
    })),
    ...graph.volumes.map((v) => ({
      url: urls.volume(v.data.volume),
      kind: 'volume' as const,
      title: v.data.title,
    })),
    ...graph.chapters.map((c) => ({
      url: urls.chapter(c.data.volume, c.data.practice),
      kind: 'chapter' as const,
      title: c.data.title,
    })),
    ...graph.pages.map((p) => ({
      url: urls.page(p.id),
      kind: 'page' as const,
      title: p.data.title,
    })),
    ...graph.volumes.map((v) => ({
      url: urls.printVolume(v.data.volume),
      kind: 'print' as const,
      title: v.data.title,
    })),
    { url: urls.csf(), kind: 'index', title: 'NIST Cybersecurity Framework 1.1' },
    ...graph.csfEntries.map((c) => ({
      url: urls.csfCode(c.code),
      kind: 'csf' as const,
      title: c.name ? `${c.code} ${c.name}` : c.code,
    })),
    { url: urls.csf2(), kind: 'index', title: 'NIST Cybersecurity Framework 2.0' },
    ...graph.csf2Reached().map((id) => {
      const e = graph.csf2Element(id);
      return {
        url: urls.csf2Code(id),
        kind: 'csf' as const,
        title: e.name ? `${id} ${e.name}` : id,
      };
    }),
    { url: urls.sizes(), kind: 'index', title: 'Organization sizes' },
    ...SIZES.map((size) => ({
      url: urls.sizeView(size),
      kind: 'size' as const,
      title: `What applies to a ${size} organization`,
    })),
    { url: urls.checklists(), kind: 'index', title: 'Self-assessment checklists' },
    ...SIZES.map((size) => ({
      url: urls.checklist(size),
      kind: 'checklist' as const,
      title: `Checklist for a ${size} organization`,
    })),
    { url: urls.search(), kind: 'index', title: 'Search' },
    { url: urls.az(), kind: 'index', title: 'Every item, A to Z' },
    { url: urls.goIndex(), kind: 'index', title: 'Short links' },
    { url: urls.downloads(), kind: 'page', title: 'Downloads' },
    { url: urls.accessibility(), kind: 'page', title: 'Accessibility statement' },
    ...shortLinks(graph).map((l) => ({
      url: urls.go(l.label),
      kind: 'redirect' as const,
      title: l.title,
    })),
  ];
}

/** Kinds that search engines should not list: short links (redirects) and whole-volume print pages. */
const UNLISTED: PageKind[] = ['redirect', 'print'];

/** The URLs the sitemap lists: every page the graph implies, less short links and print editions. */
export function sitemapUrls(graph: Graph, urls: Urls): Set<string> {
  return new Set(
    sitePages(graph, urls)
      .filter((p) => !UNLISTED.includes(p.kind))
      .map((p) => p.url),
  );
}
