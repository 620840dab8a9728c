/**
 * Name-based (version 5, SHA-1) UUIDs per RFC 4122 §4.3, so an item gets the same uuid in every
 * build and OSCAL tools can follow it from one release to the next. node:crypto only.
 */
import { createHash } from 'node:crypto';

/** The namespace of every HICP Guide uuid: itself v5 of "hicp-guide" in the RFC's URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export function uuidV5(name: string, namespace: string = HICP_NAMESPACE): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const HICP_NAMESPACE = uuidV5('urn:hicp-guide', URL_NAMESPACE);
