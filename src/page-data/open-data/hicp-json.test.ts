/** hicp.json validates against its own published schema and round-trips the graph. */
import { describe, expect, test } from 'vitest';
import { schemaValidator } from '../../../tests/support/json-schema';
import { openDataContext } from '../../../tests/support/open-data';
import { hicpJson } from './hicp-json';
import { hicpSchema, HICP_JSON_VERSION } from './hicp-schema';

const ctx = openDataContext();
const { graph, urls } = ctx;
const data = hicpJson(ctx);
const abs = (u: string) => `https://hicp-guide.test${u}`;

const validate = schemaValidator(hicpSchema(ctx), '2020-12');

describe('hicp.json', () => {
  test('validates against hicp.schema.json, and the schema rejects a wrong file', () => {
    expect(validate(JSON.parse(JSON.stringify(data))).join('\n')).toBe('');
    const broken = structuredClone(data) as unknown as { subPractices: { size: string }[] };
    broken.subPractices[0]!.size = 'huge';
    expect(validate(broken).some((e) => e.startsWith('/subPractices/0/size'))).toBe(true);
  });
  test('carries the edition, the schema version and the build date', () => {
    expect(data.edition).toBe(graph.site.edition);
    expect(data.schemaVersion).toBe(HICP_JSON_VERSION);
    expect(data.built).toBe('2026-11-30');
    expect(data.$schema).toBe(abs(urls.data('hicp.schema.json')));
  });
  test('every item once, in graph order, with its URL', () => {
    expect(data.threats.map((t) => t.url)).toEqual(
      graph.threats.map((t) => abs(urls.threat(t.data.number))),
    );
    expect(data.practices.map((p) => p.id)).toEqual(
      graph.practices.map((p) => `P${p.data.number}`),
    );
    expect(data.subPractices.map((s) => [s.id, s.size, s.title, s.url])).toEqual(
      graph.subPractices.map((s) => [
        s.data.id,
        s.data.size,
        s.data.title,
        abs(urls.subPractice(s.data.id)),
      ]),
    );
    expect(data.csf.map((c) => c.code)).toEqual(graph.csfEntries.map((c) => c.code));
  });
  test('links agree in both directions', () => {
    for (const t of data.threats)
      for (const p of data.practices)
        expect(t.mitigatedBy.includes(p.id)).toBe(p.mitigates.includes(t.id));
    for (const s of data.subPractices) {
      const p = data.practices.find((x) => x.id === s.practice)!;
      expect(p.subPractices).toContain(s.id);
      expect(s.mitigates).toEqual(p.mitigates);
      for (const r of s.related)
        expect(data.subPractices.find((x) => x.id === r)!.related).toContain(s.id);
      for (const code of s.csf)
        expect(data.csf.find((c) => c.code === code)!.citedBy).toContain(s.id);
    }
    const d = data.subPractices.find((s) => s.id === '4.M.D')!;
    expect(d.csf).toEqual(graph.subPractice('4.M.D').data.csf);
    expect(data.csf.find((c) => c.code === 'PR.IP-4')!.citedBy).toContain('4.M.D');
  });
  test('CSF 2.0: each sub-practice, each CSF 1.1 code and each element reached, as NIST maps them', () => {
    const d = data.subPractices.find((s) => s.id === '4.M.D')!;
    expect(d.csf2).toEqual(['PR.DS-11']);
    expect(data.csf.find((c) => c.code === 'PR.IP-4')!.csf2).toEqual({
      withdrawn: true,
      targets: [{ id: 'PR.DS-11', relation: 'moved-to' }],
    });
    expect(data.csf.find((c) => c.code === 'RS.RP')!.csf2).toEqual({
      withdrawn: true,
      targets: [],
    });
    const ds11 = data.csf2.find((e) => e.id === 'PR.DS-11')!;
    expect(ds11).toMatchObject({
      level: 'subcategory',
      outcome: graph.csf2Element('PR.DS-11').statement,
      from: [{ code: 'PR.IP-4', relation: 'moved-to' }],
      url: abs(urls.csf2Code('PR.DS-11')),
    });
    expect(ds11.reachedBy).toContain('4.M.D');
    // Both directions agree: a sub-practice lists an element exactly when the element lists it.
    for (const e of data.csf2)
      for (const s of data.subPractices)
        expect(s.csf2.includes(e.id)).toBe(e.reachedBy.includes(s.id));
    expect(data.csf2Source).toMatchObject({
      version: '1.2.0',
      sha256: expect.stringMatching(/^87d31e/),
    });
    const broken = structuredClone(data) as unknown as { subPractices: { csf2: string[] }[] };
    broken.subPractices[0]!.csf2 = ['PR.DS-1'];
    expect(validate(broken).some((e) => e.startsWith('/subPractices/0/csf2/0'))).toBe(true);
  });
});
