/** The OSCAL exports validate against NIST's 1.2.1 schemas and say what the graph says. */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { oscalSchema, schemaValidator } from '../../../tests/support/json-schema';
import { openDataContext } from '../../../tests/support/open-data';
import { SIZES } from '../../lib/ids';
import { HICP_NS, controlId, oscalCatalog, oscalCsfMapping, oscalProfile } from './oscal';

const ctx = openDataContext();
const { graph } = ctx;
const expectValid = (errors: string[]) => expect(errors.join('\n')).toBe('');
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('OSCAL catalog', () => {
  const { catalog } = oscalCatalog(ctx);
  test('validates against the OSCAL 1.2.1 catalog schema', () => {
    expectValid(schemaValidator(oscalSchema('catalog'))({ catalog }));
  });
  test('the practices are groups and every sub-practice a control, with its HICP ID as label', () => {
    expect(catalog.groups.map((g) => g.title)).toEqual(graph.practices.map((p) => p.data.title));
    const controls = catalog.groups.flatMap((g) => g.controls);
    expect(controls).toHaveLength(graph.subPractices.length);
    for (const [i, s] of graph.subPractices.entries()) {
      const c = controls[i]!;
      expect(c.id).toBe(controlId(s.data.id));
      expect(c.title).toBe(s.data.title);
      expect(c.props).toContainEqual({ name: 'label', value: s.data.id });
      expect(c.props.find((p) => p.name === 'size')?.value).toBe(s.data.size);
      expect(c.parts.find((p) => p.name === 'statement')?.prose).toBe(s.data.summary);
      expect(c.parts.find((p) => p.name === 'guidance')?.prose).toBe(s.body.trim());
      expect(c.links[0]!.href).toBe(`https://hicp-guide.test${ctx.urls.subPractice(s.data.id)}`);
    }
  });
  test('each control carries its practice, the threats it mitigates and who follows it as props', () => {
    const c = catalog.groups[3]!.controls.find((x) => x.id === 'hicp-4.m.d')!;
    const values = (name: string) => c.props.filter((p) => p.name === name).map((p) => p.value);
    expect(values('practice')).toEqual(['P4']);
    expect(values('mitigates-threat')).toEqual(graph.threatsFor(4).map((t) => `T${t.data.number}`));
    expect(values('applies-to')).toEqual(['medium', 'large']);
    const small = catalog.groups[0]!.controls[0]!;
    expect(small.props.filter((p) => p.name === 'applies-to').map((p) => p.value)).toEqual([
      'small',
    ]);
  });
  test('every caveat of the publication travels as an "unconfirmed" part', () => {
    const parts = catalog.groups.flatMap((g) => [
      ...g.parts,
      ...g.controls.flatMap((c) => c.parts),
    ]);
    const caveats = parts.filter((p) => p.name === 'unconfirmed').map((p) => p.prose);
    const expected = [...graph.practices, ...graph.subPractices]
      .map((x) => x.data.unconfirmed)
      .filter(Boolean);
    expect(caveats.length).toBeGreaterThan(0);
    expect(caveats.sort()).toEqual(expected.sort());
    const threats = catalog['back-matter'].resources.filter((r) => 'remarks' in r);
    expect(threats.length).toBe(graph.threats.filter((t) => t.data.unconfirmed).length);
  });
  test('every name of our own is in an https namespace (tools refuse URNs), never a URN', () => {
    const text = JSON.stringify([catalog, oscalProfile(ctx, 'large'), oscalCsfMapping(ctx)]);
    const spaces = new Set([...text.matchAll(/"ns":"([^"]+)"/g)].map((m) => m[1]));
    expect([...spaces]).toEqual([HICP_NS]);
    expect(HICP_NS).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(text).not.toMatch(/"urn:/);
  });
  test('threats are back-matter resources the controls link to', () => {
    const resources = catalog['back-matter'].resources;
    expect(resources.map((r) => r.title)).toEqual(
      graph.threats.map((t) => `Threat ${t.data.number}: ${t.data.title}`),
    );
    const c = catalog.groups[3]!.controls.find((x) => x.id === 'hicp-4.m.d')!;
    const mitigated = c.links.filter((l) => l.rel === 'mitigates').map((l) => l.href.slice(1));
    expect(mitigated.map((u) => resources.find((r) => r.uuid === u)!.props[0]!.value)).toEqual(
      graph.threatsFor(4).map((t) => `T${t.data.number}`),
    );
  });
  test('every uuid is version 5 and the same in every build; a change gives a new document uuid', () => {
    const text = JSON.stringify(catalog);
    for (const u of text.match(/"uuid":"[^"]+"/g)!) expect(u.slice(8, -1)).toMatch(UUID_V5);
    expect(JSON.stringify(oscalCatalog(openDataContext()).catalog)).toBe(text);
    const later = oscalCatalog({ ...ctx, date: new Date('2027-01-01T00:00:00Z') }).catalog;
    expect(later.uuid).not.toBe(catalog.uuid);
    expect(later.groups).toEqual(catalog.groups);
  });
});

describe('OSCAL profiles, one per size', () => {
  test.each(SIZES)('%s validates and selects the sub-practices that size follows', (size) => {
    const doc = oscalProfile(ctx, size);
    expectValid(schemaValidator(oscalSchema('profile'))(doc));
    const ids = doc.profile.imports[0]!['include-controls'][0]!['with-ids'];
    expect(ids).toEqual(graph.applicableTo(size).map((s) => controlId(s.data.id)));
    // The sibling catalog file, even when the build has a public address (SITE_URL).
    expect(doc.profile.imports[0]!.href).toBe('hicp-catalog.json');
  });
  test('large = medium + large; small is only the small ones', () => {
    const ids = (size: (typeof SIZES)[number]) =>
      oscalProfile(ctx, size).profile.imports[0]!['include-controls'][0]!['with-ids'];
    expect(ids('small').every((id) => /\.s\./.test(id))).toBe(true);
    expect(new Set(ids('large'))).toEqual(
      new Set([
        ...ids('medium'),
        ...graph.subPracticesOfSize('large').map((s) => controlId(s.data.id)),
      ]),
    );
  });
});

describe('OSCAL mapping to NIST CSF 1.1', () => {
  const doc = oscalCsfMapping(ctx);
  test('validates against the OSCAL 1.2.1 mapping schema', () => {
    expectValid(schemaValidator(oscalSchema('mapping'))(doc));
  });
  test('one map per (sub-practice, CSF code) the publication gives, and the rest as a gap', () => {
    const m = doc['mapping-collection'].mappings[0]!;
    const pairs = m.maps.map((x) => `${x.sources[0]!['id-ref']} ${x.targets[0]!['id-ref']}`);
    expect(pairs).toEqual(
      graph.subPractices.flatMap((s) => s.data.csf.map((c) => `${controlId(s.data.id)} ${c}`)),
    );
    expect(new Set(m.maps.map((x) => x.uuid)).size).toBe(m.maps.length);
    const gap = graph.subPractices.filter((s) => s.data.csf.length === 0);
    expect(m['source-gap-summary']?.['unmapped-controls'][0]!['with-ids'] ?? []).toEqual(
      gap.map((s) => controlId(s.data.id)),
    );
  });
});

describe('the validator reports every error with its path', () => {
  test('a broken control id and a missing title are both named', () => {
    const { catalog } = structuredClone(oscalCatalog(ctx));
    (catalog.groups[0]!.controls[0] as { id: string }).id = '1.S.A';
    delete (catalog.metadata as { title?: string }).title;
    const errors = schemaValidator(oscalSchema('catalog'))({ catalog });
    expect(errors.some((e) => e.startsWith('/catalog/groups/0/controls/0/id'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/catalog/metadata'))).toBe(true);
  });
});

test('the NIST schemas in tests/fixtures/oscal/ are the ones listed with their SHA-256', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'oscal');
  const listed = [
    ...readFileSync(join(dir, 'README.md'), 'utf8').matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm),
  ];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  expect(listed.map((m) => m[2]).sort()).toEqual(files.sort());
  for (const [, hash, file] of listed)
    expect(
      createHash('sha256')
        .update(readFileSync(join(dir, file!)))
        .digest('hex'),
      file,
    ).toBe(hash);
});
