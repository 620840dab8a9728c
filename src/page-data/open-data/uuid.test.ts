/** uuid.ts against a published RFC 4122 v5 value, and stability. */
import { describe, expect, test } from 'vitest';
import { HICP_NAMESPACE, uuidV5 } from './uuid';

describe('name-based uuids (RFC 4122 version 5)', () => {
  test('match the reference value for a known name', () => {
    // The DNS namespace and "python.org": the example value of Python's uuid.uuid5 documentation.
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
  test('are stable and differ by name', () => {
    expect(uuidV5('threat:2')).toBe(uuidV5('threat:2'));
    expect(uuidV5('threat:2')).not.toBe(uuidV5('threat:3'));
    expect(HICP_NAMESPACE).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5/);
  });
});
