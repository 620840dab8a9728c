import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { indexChunks } from './meta';

/** A metadata file as Pagefind 1.6 writes one. */
const metaFile = (body: unknown, signature = 'pagefind_dcd') =>
  gzipSync(Buffer.concat([Buffer.from(signature, 'latin1'), encode(body)]));

describe('indexChunks', () => {
  it('reads each chunk as its first word, last word and file', () => {
    const chunks = [
      ['00', 'agre', 'en_74d89d7'],
      ['agri', 'zzz', 'en_d892030'],
    ];
    expect(indexChunks(metaFile(['1.6.0', [['en_96b5218', 742, '']], chunks, [], []]))).toEqual(
      chunks,
    );
  });

  it('fails with what to check when the format is not the one it reads', () => {
    expect(() => indexChunks(metaFile(['1.6.0', [], [], [], []], 'not_pagefind'))).toThrow(
      /no signature.*pinned Pagefind version/,
    );
    expect(() => indexChunks(metaFile(['1.6.0', [], [['a', 'b']], [], []]))).toThrow(
      /no list of index chunks/,
    );
    expect(() => indexChunks(metaFile({ version: '2' }))).toThrow(/no list of index chunks/);
  });
});
