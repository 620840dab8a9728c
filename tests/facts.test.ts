/**
 * Every fact on the site matches the publication's fact sheet (tests/fixtures/hicp-facts.yaml, a
 * copy of the project's shared facts.yaml): IDs, titles, sizes, CSF references, mappings, PDFs.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadGraph } from '../src/lib/load-graph';

interface FactSub {
  id: string;
  size: string;
  title: string;
  csf_1_1?: string[];
  confidence: string;
  csf_confidence?: string;
}
interface FactPractice {
  number: number;
  title: string;
  title_in_technical_volume_2?: string;
  data_at_risk: string;
  mitigates_threats: number[];
  sub_practices: FactSub[];
}
interface NewerTitle {
  number: number;
  title: string;
  confidence: string;
}
interface Facts {
  publication: {
    official_pdfs: Record<string, string>;
    official_pdfs_edition: { confidence: string };
    counts: Record<string, number>;
  };
  edition_2023: {
    publication: {
      release_date: string;
      confidence: string;
      topics_added: string;
      topics_added_confidence: string;
    };
    threats: NewerTitle[];
    practices: NewerTitle[];
  };
  threats: { number: number; title: string }[];
  practices: FactPractice[];
  threat_to_practices: Record<string, number[] | string>;
}

const facts = parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'hicp-facts.yaml'), 'utf8'),
) as Facts;
const graph = loadGraph(join(import.meta.dirname, '..', 'content'));
const factSubs = facts.practices.flatMap((p) =>
  p.sub_practices.map((s) => ({ ...s, practice: p.number })),
);

/** facts.yaml prints a few codes as found in the source: 'N/A' means none; '(sic; presumably X)' means X. */
function normalizeCsf(codes: string[] = []): { codes: string[]; corrected: boolean } {
  let corrected = false;
  const out = codes
    .filter((c) => c !== 'N/A')
    .map((c) => {
      const m = /presumably ([A-Z]{2}\.[A-Z]{2}-\d+)/.exec(c);
      if (m) corrected = true;
      return m ? m[1]! : c;
    });
  return { codes: out, corrected };
}

describe('facts match the publication', () => {
  test('counts: 5 threats, 10 practices, 89 sub-practices (19 small, 36 medium, 34 large)', () => {
    const c = facts.publication.counts;
    expect(graph.threats).toHaveLength(c.threats!);
    expect(graph.practices).toHaveLength(c.practices!);
    expect(graph.subPractices).toHaveLength(c.sub_practices_total!);
    expect(graph.subPracticesOfSize('small')).toHaveLength(c.sub_practices_small!);
    expect(graph.subPracticesOfSize('medium')).toHaveLength(c.sub_practices_medium!);
    expect(graph.subPracticesOfSize('large')).toHaveLength(c.sub_practices_large!);
  });

  test.each(facts.threats)('threat $number is titled "$title"', (t) => {
    expect(graph.threat(t.number).data.title).toBe(t.title);
  });

  test.each(facts.practices)('practice $number: title, data at risk and mitigated threats', (p) => {
    const d = graph.practice(p.number).data;
    expect(d.title).toBe(p.title);
    expect(d.titleVolume2).toBe(p.title_in_technical_volume_2);
    expect(d.dataAtRisk).toBe(p.data_at_risk);
    expect(d.mitigates).toEqual(p.mitigates_threats);
  });

  test.each(factSubs)(
    'sub-practice $id: practice, size, title, CSF references, unconfirmed flag',
    (s) => {
      const d = graph.subPractice(s.id).data;
      expect(d.practice).toBe(s.practice);
      expect(d.size).toBe(s.size);
      expect(d.title).toBe(s.title);
      const csf = normalizeCsf(s.csf_1_1);
      expect(d.csf).toEqual(csf.codes);
      const low = s.confidence === 'low' || s.csf_confidence === 'low' || csf.corrected;
      if (low)
        expect(
          d.unconfirmed,
          `${s.id} has a low-confidence fact and needs \`unconfirmed\``,
        ).toBeTruthy();
    },
  );

  test('no sub-practice exists that the publication does not list', () => {
    const known = new Set(factSubs.map((s) => s.id));
    expect(graph.subPractices.map((s) => s.data.id).filter((id) => !known.has(id))).toEqual([]);
  });

  test('the derived threat → practice direction matches the publication', () => {
    for (const t of facts.threats) {
      const expected = facts.threat_to_practices[String(t.number)] as number[];
      expect(graph.practicesFor(t.number).map((p) => p.data.number)).toEqual(expected);
    }
  });

  test("official PDF links are the publication's", () => {
    const pdfs = Object.fromEntries(graph.site.officialPdfs.map((p) => [p.key, p.url]));
    expect(pdfs).toEqual({
      main: facts.publication.official_pdfs.main_document,
      small: facts.publication.official_pdfs.technical_volume_1,
      'medium-large': facts.publication.official_pdfs.technical_volume_2,
    });
  });

  test('the newer edition: release, titles and topics with the confidence facts.yaml gives them', () => {
    const newer = graph.site.newerEdition!;
    const known = facts.edition_2023;
    expect(newer.year).toBe('2023');
    expect(known.publication.release_date).toMatch(/^2023-04-/);
    expect(newer.released).toBe('April 2023');
    expect(newer.releasedConfidence).toBe(known.publication.confidence);
    const titles = (list: NewerTitle[]) =>
      list.map(({ number, title, confidence }) => ({ number, title, confidence }));
    expect(newer.threats).toEqual(titles(known.threats));
    expect(newer.practices).toEqual(titles(known.practices));
    for (const t of newer.topicsAdded) expect(known.publication.topics_added).toContain(t);
    expect(newer.topicsAddedConfidence).toBe(known.publication.topics_added_confidence);
  });

  test('which edition each official PDF address serves, as facts.yaml says', () => {
    // "high for the main document; medium for Technical Volume 2; low for Technical Volume 1"
    const said = facts.publication.official_pdfs_edition.confidence;
    const pdfs = graph.site.newerEdition!.pdfs;
    const of = (key: string) => pdfs.find((p) => p.key === key)!;
    expect(said).toContain(`${of('main').confidence} for the main document`);
    expect(said).toContain(`${of('medium-large').confidence} for Technical Volume 2`);
    expect(said).toContain(`${of('small').confidence} for Technical Volume 1`);
    expect(of('small').opens).toBe('unknown');
  });
});
