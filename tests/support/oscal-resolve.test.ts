/**
 * The test resolver itself: it follows a relative href from the profile's folder, keeps the groups
 * around the selected controls and the resources they link to, and refuses what it cannot do
 * faithfully (a network href, an unknown control, a feature it does not implement).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataContext } from './open-data';
import { controlsOf, resolveProfile } from './oscal-resolve';
import { oscalCatalog, oscalProfile } from '../../src/page-data/open-data/oscal';

let dir: string;
const ctx = openDataContext();
const profile = oscalProfile(ctx, 'small');
const write = (name: string, doc: unknown) => {
  writeFileSync(join(dir, name), JSON.stringify(doc));
  return join(dir, name);
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hicp-resolve-'));
  mkdirSync(join(dir, 'oscal'));
  writeFileSync(join(dir, 'oscal', 'hicp-catalog.json'), JSON.stringify(oscalCatalog(ctx)));
  writeFileSync(join(dir, 'oscal', 'hicp-profile-small.json'), JSON.stringify(profile));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('follows the sibling href and keeps the groups and linked resources of the selection', () => {
  const { catalog } = resolveProfile(join(dir, 'oscal', 'hicp-profile-small.json'));
  expect(controlsOf(catalog).map((c) => c.id)).toEqual(
    profile.profile.imports[0]!['include-controls'][0]!['with-ids'],
  );
  expect(catalog.groups!.every((g) => g.controls?.length)).toBe(true);
  expect(catalog['back-matter']!.resources!.length).toBeGreaterThan(0);
});

test('refuses a network href, an unknown control and a modify', () => {
  const imports = profile.profile.imports;
  const remote = write('remote.json', {
    profile: { ...profile.profile, imports: [{ ...imports[0], href: 'https://x.test/c.json' }] },
  });
  expect(() => resolveProfile(remote)).toThrow(/only files on disk/);
  const unknown = write('unknown.json', {
    profile: {
      ...profile.profile,
      imports: [{ href: 'oscal/hicp-catalog.json', 'include-controls': [{ 'with-ids': ['x-1'] }] }],
    },
  });
  expect(() => resolveProfile(unknown)).toThrow(/has no control x-1/);
  const modify = write('modify.json', { profile: { ...profile.profile, modify: {} } });
  expect(() => resolveProfile(modify)).toThrow(/modify is not supported/);
});
