import { describe, expect, test } from 'vitest';
import {
  compareSubPracticeIds,
  findMentions,
  parseItemRef,
  parseSubPracticeId,
  refLabel,
} from './ids';

describe('ids', () => {
  test('parses sub-practice ids', () => {
    expect(parseSubPracticeId('4.M.D')).toEqual({ practice: 4, size: 'medium', letter: 'D' });
    expect(parseSubPracticeId('10.S.A')).toEqual({ practice: 10, size: 'small', letter: 'A' });
    expect(parseSubPracticeId('4.X.D')).toBeUndefined();
    expect(parseSubPracticeId('4.m.d')).toBeUndefined();
  });

  test('reads ids however a reader types them', () => {
    for (const typed of ['1.M.B', '1.m.b', '1-M-B', '1-m-b', ' 1.M.B '])
      expect(parseItemRef(typed)).toEqual({ kind: 'subPractice', id: '1.M.B' });
    expect(parseItemRef('T2')).toEqual({ kind: 'threat', number: 2 });
    expect(parseItemRef('threat 2')).toEqual({ kind: 'threat', number: 2 });
    expect(parseItemRef('p4')).toEqual({ kind: 'practice', number: 4 });
    expect(parseItemRef('Practice #10')).toEqual({ kind: 'practice', number: 10 });
    expect(parseItemRef('phishing')).toBeUndefined();
  });

  test('labels', () => {
    expect(refLabel({ kind: 'threat', number: 5 })).toBe('T5');
    expect(refLabel({ kind: 'practice', number: 10 })).toBe('P10');
    expect(refLabel({ kind: 'subPractice', id: '4.M.D' })).toBe('4.M.D');
  });

  test('sorts by practice number, then size, then letter', () => {
    const ids = ['10.M.A', '2.L.A', '2.S.A', '2.M.B', '2.M.A', '1.L.C'];
    expect([...ids].sort(compareSubPracticeIds)).toEqual([
      '1.L.C',
      '2.S.A',
      '2.M.A',
      '2.M.B',
      '2.L.A',
      '10.M.A',
    ]);
  });

  test('finds mentions in prose, not look-alikes', () => {
    const found = findMentions(
      'Start with 4.M.D and Practice 4, then Threat 2. Version 1.2.3 and practice 4 are not ids.',
    );
    expect(found.map((m) => m.text)).toEqual(['4.M.D', 'Practice 4', 'Threat 2']);
    expect(found[0]!.ref).toEqual({ kind: 'subPractice', id: '4.M.D' });
  });
});
