import { describe, expect, it } from 'vitest';
import { chunksFor, type IndexChunk } from './index-chunks';

const CHUNKS: IndexChunk[] = [
  ['00', 'agre', 'c1'],
  ['agri', 'phish', 'c2'],
  ['phishi', 'ransomwar', 'c3'],
  ['ransomwarez', 'zzz', 'c4'],
];

describe('chunksFor', () => {
  it('finds the chunk that holds a word or its stem', () => {
    expect(chunksFor(['backup'], CHUNKS)).toEqual(['c2']);
    expect(chunksFor(['ransomware'], CHUNKS)).toEqual(['c3', 'c4']);
  });

  it('takes a stem that ends in the chunk before the word ("phishing" is stored as "phish")', () => {
    expect(chunksFor(['phishing'], CHUNKS)).toEqual(['c2', 'c3']);
  });

  it('gives each chunk once, and none for no words', () => {
    expect(chunksFor(['device', 'devices'], CHUNKS)).toEqual(['c2']);
    expect(chunksFor([], CHUNKS)).toEqual([]);
  });
});
