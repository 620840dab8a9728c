import { describe, expect, test } from 'vitest';
import { createUrls, subPracticeSlug } from './urls';

describe('urls (the scheme in DESIGN.md)', () => {
  const u = createUrls('/');
  test('item pages', () => {
    expect(u.threat(2)).toBe('/threats/2/');
    expect(u.practice(10)).toBe('/practices/10/');
    expect(u.subPractice('4.M.D')).toBe('/sub-practices/4-m-d/');
    expect(subPracticeSlug('10.S.A')).toBe('10-s-a');
  });
  test('volumes, chapters, short links and pages', () => {
    expect(u.volume('main')).toBe('/volumes/main/');
    expect(u.chapter('small', 3)).toBe('/volumes/small/3/');
    expect(u.chapter('medium-large', 10)).toBe('/volumes/medium-large/10/');
    expect(u.go('4.M.D')).toBe('/go/4.M.D/');
    expect(u.go('T2')).toBe('/go/T2/');
    expect(u.page('sizing')).toBe('/sizing/');
    expect(u.glossaryTerm('phi')).toBe('/glossary/#phi');
    expect(u.item({ kind: 'practice', number: 4 })).toBe('/practices/4/');
  });
  test('a sub-path base prefixes every URL', () => {
    for (const base of ['/docs/hicp', '/docs/hicp/', 'docs/hicp']) {
      const b = createUrls(base);
      expect(b.home()).toBe('/docs/hicp/');
      expect(b.subPractice('1.M.B')).toBe('/docs/hicp/sub-practices/1-m-b/');
    }
  });
});
