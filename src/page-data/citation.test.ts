import { describe, expect, test } from 'vitest';
import { citation } from './citation';

describe('citation', () => {
  const c = citation({
    label: '4.M.D',
    title: 'Backup Strategies',
    volume: 'Technical Volume 2',
    publication: 'HICP',
    edition: '2018',
    url: 'https://guide.test/sub-practices/4-m-d/',
    accessed: '2026-12-01',
  });
  test('each form names the author, item, volume, edition, URL and accessed date', () => {
    for (const form of [c.text, c.markdown, c.bibtex]) {
      expect(form).toContain('HHS 405(d) Task Group');
      expect(form).toContain('4.M.D Backup Strategies');
      expect(form).toContain('Technical Volume 2');
      expect(form).toContain('2018');
      expect(form).toContain('https://guide.test/sub-practices/4-m-d/');
      expect(form).toContain('2026-12-01');
    }
  });
  test('BibTeX has a key made of the edition and the label, and a braced corporate author', () => {
    expect(c.bibtex.split('\n')[0]).toBe('@misc{hicp2018-4md,');
    expect(c.bibtex).toContain('author = {{HHS 405(d) Task Group}}');
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
    });
    for (const form of [main.text, main.markdown, main.bibtex]) {
      expect(form).toContain('Threat 2: Ransomware Attack');
      expect(form.split('Managing Threats').length - 1, form).toBe(1);
    }
  });
});
