import { expect, test } from 'vitest';
import { plural } from './words';

test('plural reads right for one, many and none', () => {
  expect(plural(1, 'sub-practice')).toBe('1 sub-practice');
  expect(plural(2, 'sub-practice')).toBe('2 sub-practices');
  expect(plural(0, 'entry', 'entries')).toBe('0 entries');
  expect(plural(1500, 'term')).toBe('1,500 terms');
});
