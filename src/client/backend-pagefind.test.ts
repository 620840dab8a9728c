import { describe, expect, test } from 'vitest';
import { startsAlike } from './backend-pagefind';

describe("Pagefind's answer for a word the records do not know", () => {
  test('a marked word of the same family is the word; a fallback to a short known start is not', () => {
    expect(startsAlike('wipe', 'wiping')).toBe(true);
    expect(startsAlike('throwing', 'thrown')).toBe(true);
    expect(startsAlike('physicians', 'physician')).toBe(true);
    expect(startsAlike('zzqxv', 'zero')).toBe(false);
    expect(startsAlike('qwerty', 'quality')).toBe(false);
  });
});
