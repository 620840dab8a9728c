/**
 * /data/hicp.json: the whole HICP model in one file (threats, practices, sub-practices, the NIST
 * CSF 1.1 codes they cite and the CSF 2.0 elements NIST maps those onto), every link in both
 * directions, with absolute URLs. Its shape is
 * hicp-schema.ts; bump HICP_JSON_VERSION there when a field changes meaning or goes away.
 */
import { APPLIES_TO, SIZES } from '../../lib/ids';
import {
  absolute,
  citing,
  day,
  practiceId,
  relatedIds,
  subPracticeRef,
  threatId,
  type OpenDataContext,
} from './context';
import { HICP_JSON_VERSION } from './hicp-schema';
import { csf2All, csf2Href } from '../csf2-pages';
import { CSF2_PIN, CSF2_PUBLISHED_URL } from '../../lib/csf2-source';

export function hicpJson(ctx: OpenDataContext) {
  const { graph, urls } = ctx;
  const url = (u: string) => absolute(ctx, u);
  const unconfirmed = (text: string | undefined) => (text ? { unconfirmed: text } : {});
  return {
    $schema: url(urls.data('hicp.schema.json')),
    schemaVersion: HICP_JSON_VERSION,
    title: graph.site.title,
    acronym: graph.site.acronym,
    edition: graph.site.edition,
    released: graph.site.released,
    publisher: graph.site.publisher,
    built: day(ctx.date),
    home: url(urls.home()),
    sizes: SIZES.map((size) => ({ size, follows: [...APPLIES_TO[size]] })),
    threats: graph.threats.map((t) => ({
      id: threatId(t.data.number),
      number: t.data.number,
      title: t.data.title,
      summary: t.data.summary,
      ...unconfirmed(t.data.unconfirmed),
      mitigatedBy: graph.practicesFor(t.data.number).map((p) => practiceId(p.data.number)),
      subPractices: graph.subPracticesForThreat(t.data.number).map((s) => s.data.id),
      url: url(urls.threat(t.data.number)),
      markdown: url(urls.itemMarkdown({ kind: 'threat', number: t.data.number })),
    })),
    practices: graph.practices.map((p) => ({
      id: practiceId(p.data.number),
      number: p.data.number,
      title: p.data.title,
      ...(p.data.titleVolume2 ? { titleVolume2: p.data.titleVolume2 } : {}),
      summary: p.data.summary,
      dataAtRisk: p.data.dataAtRisk,
      ...unconfirmed(p.data.unconfirmed),
      mitigates: graph.threatsFor(p.data.number).map((t) => threatId(t.data.number)),
      subPractices: graph.subPracticesOf(p.data.number).map((s) => s.data.id),
      url: url(urls.practice(p.data.number)),
      markdown: url(urls.itemMarkdown({ kind: 'practice', number: p.data.number })),
    })),
    subPractices: graph.subPractices.map((s) => ({
      id: s.data.id,
      practice: practiceId(s.data.practice),
      size: s.data.size,
      title: s.data.title,
      summary: s.data.summary,
      ...unconfirmed(s.data.unconfirmed),
      csf: [...s.data.csf],
      csf2: graph.csf2Ids(s.data.id),
      mitigates: graph.threatsFor(s.data.practice).map((t) => threatId(t.data.number)),
      related: relatedIds(graph, s.data.id),
      url: url(urls.subPractice(s.data.id)),
      markdown: url(urls.itemMarkdown(subPracticeRef(s.data.id))),
    })),
    csf: graph.csfEntries.map((c) => {
      const { withdrawn, targets } = graph.csf2Of(c.code);
      return {
        code: c.code,
        ...(c.name ? { name: c.name } : {}),
        label: c.label,
        citedBy: citing(graph, c.code).map((s) => s.data.id),
        csf2: { withdrawn, targets: targets.map((t) => ({ id: t.id, relation: t.relation })) },
        url: url(urls.csfCode(c.code)),
      };
    }),
    csf2Source: {
      title: graph.csf2Catalog.title,
      version: graph.csf2Catalog.version,
      published: graph.csf2Catalog.published,
      uuid: graph.csf2Catalog.uuid,
      url: CSF2_PUBLISHED_URL,
      sha256: CSF2_PIN.sha256,
      note: "NIST's mapping of CSF 1.1 onto CSF 2.0, read from NIST's own catalog; not a mapping made by HHS.",
    },
    csf2: csf2All(graph).map(({ element, from, reachedBy }) => ({
      id: element.id,
      level: element.level,
      ...(element.name ? { name: element.name } : {}),
      outcome: element.statement,
      from: from.map((f) => ({ code: f.code, relation: f.relation })),
      reachedBy: reachedBy.map((r) => r.sub.data.id),
      url: url(csf2Href(graph, urls, element.id)),
    })),
  };
}

export type HicpJson = ReturnType<typeof hicpJson>;
