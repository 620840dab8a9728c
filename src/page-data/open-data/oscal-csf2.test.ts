/** The HICP → CSF 2.0 OSCAL mapping validates against NIST's 1.2.1 schema and says what NIST's catalog says. */
import { describe, expect, test } from 'vitest';
import { oscalSchema, schemaValidator } from '../../../tests/support/json-schema';
import { openDataContext } from '../../../tests/support/open-data';
import { controlId, oscalCsfMapping } from './oscal';
import { oscalCsf2Mapping } from './oscal-csf2';

const ctx = openDataContext();
const { graph } = ctx;
const doc = oscalCsf2Mapping(ctx);
const m = doc['mapping-collection'].mappings[0]!;

describe('OSCAL mapping to NIST CSF 2.0', () => {
  test('validates against the OSCAL 1.2.1 mapping schema; so does the CSF 1.1 mapping beside it', () => {
    const validate = schemaValidator(oscalSchema('mapping'));
    expect(validate(doc).join('\n')).toBe('');
    expect(validate(oscalCsfMapping(ctx)).join('\n')).toBe('');
  });
  test("its target is NIST's published catalog, release 1.2.0, at the commit the build vendors", () => {
    const target = m['target-resource'];
    expect(target.type).toBe('catalog');
    expect(target.href).toBe(
      'https://raw.githubusercontent.com/usnistgov/oscal-content/78650f02ad9321bb7b817846f8fbd4f2bcd620de/nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog-min.json',
    );
    expect(target.props.find((p) => p.name === 'catalog-version')?.value).toBe('1.2.0');
    expect(target.props.find((p) => p.name === 'catalog-uuid')?.value).toBe(
      '720a010b-253c-4a94-bb65-cb58400966f5',
    );
    expect(m['source-resource'].href).toBe('https://hicp-guide.test/data/oscal/hicp-catalog.json');
    expect(doc['mapping-collection'].provenance['mapping-description']).toContain(
      "NIST's mapping of CSF 1.1 onto 2.0, not a mapping made by HHS",
    );
  });
  test('one map per (sub-practice, CSF 2.0 element) reached, with the CSF 1.1 codes it comes through', () => {
    const pairs = m.maps.map((x) => `${x.sources[0]!['id-ref']} ${x.targets[0]!['id-ref']}`);
    expect(pairs).toEqual(
      graph.subPractices.flatMap((s) =>
        graph.csf2Ids(s.data.id).map((id) => `${controlId(s.data.id)} ${id}`),
      ),
    );
    expect(new Set(m.maps.map((x) => x.uuid)).size).toBe(m.maps.length);
    const md = m.maps.find((x) => x.sources[0]!['id-ref'] === 'hicp-4.m.d')!;
    expect(md.targets[0]!['id-ref']).toBe('PR.DS-11');
    expect(md.props).toEqual([
      { name: 'nist-csf-1.1', ns: expect.any(String), value: 'PR.IP-4', class: 'moved-to' },
    ]);
    expect(md.remarks).toBe(
      "4.M.D reaches PR.DS-11 through CSF 1.1 PR.IP-4 (moved to PR.DS-11), by NIST's mapping.",
    );
    // Function-level targets are groups in NIST's catalog, and say so.
    const rc = m.maps.find((x) => x.targets[0]!['id-ref'] === 'RC')!;
    expect(rc.targets[0]!.remarks).toContain('function');
  });
  test('sub-practices that reach nothing in CSF 2.0 are the gap', () => {
    const gap = graph.subPractices.filter((s) => graph.csf2Ids(s.data.id).length === 0);
    // No CSF code at all, or only RS.RP, which NIST withdrew without naming a target.
    expect(gap.every((s) => s.data.csf.every((c) => graph.csf2Of(c).targets.length === 0))).toBe(
      true,
    );
    expect(m['source-gap-summary']!['unmapped-controls'][0]!['with-ids']).toEqual(
      gap.map((s) => controlId(s.data.id)),
    );
  });
});
