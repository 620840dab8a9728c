import { describe, expect, test } from 'vitest';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { citation } from './citation';

/** The entry as a BibTeX reader sees it: Citation.js's parser, its fields as CSL-JSON. */
function parseBibtex(bibtex: string) {
  const entries = plugins.input.chain(bibtex) as Record<string, unknown>[];
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

describe('citation', () => {
  const c = citation({
    label: '4.M.D',
    title: 'Backup Strategies',
    volume: 'Technical Volume 2',
    publication: 'HICP',
    edition: '2018',
    url: 'https://guide.test/sub-practices/4-m-d/',
    accessed: '2026-12-01',
    year: '2026',
  });
  test('each form names HICP Guide as author, the item, the HHS source with volume and edition, URL and accessed date', () => {
    for (const form of [c.text, c.markdown, c.bibtex]) {
      expect(form.startsWith('HICP Guide') || form.includes('{{HICP Guide}}'), form).toBe(true);
      expect(form).toContain('4.M.D Backup Strategies');
      expect(form).toContain('independent rendering of: HHS 405(d) Task Group');
      expect(form).toContain('Technical Volume 2');
      expect(form).toContain('2018 edition');
      expect(form).toContain('https://guide.test/sub-practices/4-m-d/');
      expect(form).toContain('2026-12-01');
    }
  });
  test('BibTeX parses as a web page by HICP Guide, with its URL, access date and source', () => {
    const csl = parseBibtex(c.bibtex);
    expect(csl).toMatchObject({
      id: 'hicpguide-4md',
      type: 'webpage',
      // Braced: one corporate name, not split into given and family names.
      author: [{ family: 'HICP Guide' }],
      title: '4.M.D Backup Strategies',
      URL: 'https://guide.test/sub-practices/4-m-d/',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      issued: { 'date-parts': [[2026]] },
    });
    expect((csl.author as object[])[0]).not.toHaveProperty('given');
    expect(String(csl.note)).toBe(
      'An independent rendering of: HHS 405(d) Task Group, HICP, Technical Volume 2 (2018 edition)',
    );
  });
  test('the main document is named once, and a threat reads "Threat 2: Ransomware Attack"', () => {
    const main = citation({
      label: 'Threat 2',
      title: 'Ransomware Attack',
      volume: 'Managing Threats',
      publication: 'Managing Threats',
      edition: '2018',
      url: '/threats/2/',
      accessed: '2026-12-01',
      year: '2026',
    });
    for (const form of [main.text, main.markdown, main.bibtex]) {
      expect(form).toContain('Threat 2: Ransomware Attack');
      expect(form.split('Managing Threats').length - 1, form).toBe(1);
    }
  });
});
