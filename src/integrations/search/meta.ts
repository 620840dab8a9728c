/**
 * Reads Pagefind's metadata file at build time: the index chunks and the words each holds, for the
 * search page's chunk preloads (src/client/index-chunks.ts).
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import type { IndexChunk } from '../../client/index-chunks';

/**
 * The index chunks listed in Pagefind's metadata file (gzip, then the signature "pagefind_dcd",
 * then CBOR: [version, pages, chunks as [first word, last word, file], filters, sorts, ...]).
 */
export function indexChunks(metaFile: Uint8Array): IndexChunk[] {
  const raw = gunzipSync(metaFile);
  const signature = 'pagefind_dcd';
  const problem = (what: string) =>
    new Error(
      `Pagefind's metadata file is not in the format this build reads (${what}): check src/integrations/search/meta.ts against the pinned Pagefind version`,
    );
  if (Buffer.from(raw.subarray(0, signature.length)).toString('latin1') !== signature)
    throw problem('no signature');
  const meta = decode(raw.subarray(signature.length), { useMaps: false }) as unknown[];
  const chunks = meta?.[2];
  const isChunk = (c: unknown): c is IndexChunk =>
    Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string');
  if (!Array.isArray(chunks) || !chunks.length || !chunks.every(isChunk))
    throw problem('no list of index chunks');
  return chunks;
}
