/**
 * The checklist's OSCAL exports: valid against NIST's 1.2.1 assessment-results and POA&M schemas,
 * naming our catalog and the size profile, statuses mapped as an analyst expects, the gaps with
 * owners and dates, and the same answers giving the same file (name-based uuids).
 */
import { describe, expect, test } from 'vitest';
import { oscalSchema, schemaValidator } from '../../tests/support/json-schema';
import { rowsFor, savedOf } from '../../tests/support/checklist';
import { HICP_NAMESPACE } from '../page-data/open-data/uuid';
import { HICP_NS as CATALOG_NS } from '../page-data/open-data/oscal';
import { emptySaved, key, metaKey, set } from './checklist-core';
import {
  HICP_NS,
  UUID_NAMESPACE,
  assessmentResults,
  poam,
  type AssessmentInput,
} from './checklist-oscal';

const rows = rowsFor('medium');
const [a, b, c, d] = rows.map((r) => r.id) as [string, string, string, string];
const saved = savedOf(
  {
    [key(a, 'status')]: 'in place',
    [key(a, 'evidence')]: 'https://intranet.test/mail-policy',
    [key(b, 'status')]: 'partly in place',
    [key(b, 'owner')]: 'Jane Roe (IT)',
    [key(b, 'date')]: '2027-03-31',
    [key(b, 'note')]: 'Filters on, no DMARC yet',
    [key(c, 'status')]: 'not applicable',
    [key(c, 'reason')]: 'No mail server of our own',
    [key(d, 'status')]: 'missing',
    [metaKey('organization')]: 'Example Clinic',
    [metaKey('assessor')]: 'Sam Lee',
    [metaKey('assessed')]: '2026-12-01',
  },
  Date.UTC(2026, 11, 2, 9, 30),
);
const input: AssessmentInput = {
  size: 'medium',
  rows,
  saved,
  catalog: 'https://hicp-guide.test/data/oscal/hicp-catalog.json',
  profile: 'https://hicp-guide.test/data/oscal/hicp-profile-medium.json',
  now: new Date('2030-01-01T00:00:00Z'),
};
const UUID = /"uuid":"([^"]+)"/g;
const V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('the browser uses the catalog’s namespace and uuid namespace', () => {
  expect(HICP_NS).toBe(CATALOG_NS);
  expect(UUID_NAMESPACE).toBe(HICP_NAMESPACE);
});

describe('assessment results', () => {
  const doc = assessmentResults(input);
  const ar = doc['assessment-results'];
  const result = ar.results[0]!;
  type Finding = {
    title: string;
    props: { name: string; value: string }[];
    target: {
      'target-id': string;
      status: { state: string };
      'implementation-status': { state: string; remarks?: string };
    };
    'related-observations'?: { 'observation-uuid': string }[];
  };
  const findings = result.findings as Finding[];

  test('validates against the OSCAL 1.2.1 assessment-results schema', () => {
    expect(schemaValidator(oscalSchema('assessment-results'))(doc).join('\n')).toBe('');
    expect(
      schemaValidator(oscalSchema('assessment-results'))(
        assessmentResults({ ...input, saved: emptySaved() }),
      ).join('\n'),
    ).toBe('');
  });

  test('every sub-practice of the profile is reviewed; the plan and profile are named', () => {
    const selected = result['reviewed-controls']['control-selections'][0]!['include-controls'];
    expect(selected.map((x) => x['control-id'])).toEqual(
      rows.map((r) => `hicp-${r.id.toLowerCase()}`),
    );
    const resources = ar['back-matter'].resources;
    const plan = resources.find((r) => `#${r.uuid}` === ar['import-ap'].href)!;
    expect(plan.rlinks[0]!.href).toBe(input.profile);
    expect(resources.map((r) => r.rlinks[0]!.href)).toContain(input.catalog);
    expect(ar.metadata.parties.map((p) => [p.type, p.name])).toEqual([
      ['organization', 'Example Clinic'],
      ['person', 'Sam Lee'],
    ]);
    expect(result.start).toBe('2026-12-01T00:00:00Z');
    expect(ar.metadata['last-modified']).toBe('2026-12-02T09:30:00.000Z');
    expect(result.remarks).toMatch(/^Not yet scored \(32\): /);
  });

  test('a finding per scored sub-practice: in place satisfied, partly and missing not', () => {
    const byId = (id: string) => findings.find((f) => f.title.startsWith(`${id} `))!;
    expect(findings).toHaveLength(4);
    expect(byId(a).target.status.state).toBe('satisfied');
    expect(byId(a).target['target-id']).toBe(`hicp-${a.toLowerCase()}_smt`);
    expect(byId(b).target).toMatchObject({
      status: { state: 'not-satisfied' },
      'implementation-status': { state: 'partial' },
    });
    expect(byId(c).target['implementation-status']).toEqual({
      state: 'not-applicable',
      remarks: 'No mail server of our own',
    });
    expect(byId(d).target.status.state).toBe('not-satisfied');
    expect(byId(b).props).toContainEqual({ name: 'owner', ns: HICP_NS, value: 'Jane Roe (IT)' });
    // Evidence is an observation the finding points to, with the link as its href.
    type Observation = { uuid: string; 'relevant-evidence': { href: string }[] };
    const obs = (result.observations as Observation[]).find(
      (o) => o.uuid === byId(a)['related-observations']![0]!['observation-uuid'],
    )!;
    expect(obs['relevant-evidence'][0]!.href).toBe('https://intranet.test/mail-policy');
  });

  test('the same answers give the same file; a change gives a new document uuid', () => {
    const text = JSON.stringify(doc);
    for (const [, u] of text.matchAll(UUID)) expect(u).toMatch(V4_OR_V5);
    expect(JSON.stringify(assessmentResults({ ...input, now: new Date() }))).toBe(text);
    const changed = assessmentResults({
      ...input,
      saved: set(saved, key(d, 'status'), 'in place', Date.UTC(2026, 11, 3)),
    })['assessment-results'];
    expect(changed.uuid).not.toBe(ar.uuid);
    expect(changed.results[0]!.uuid).toBe(result.uuid);
  });
});

describe('plan of action and milestones', () => {
  const doc = poam(input)!;
  const plan = doc['plan-of-action-and-milestones'];

  test('validates against the OSCAL 1.2.1 POA&M schema', () => {
    expect(schemaValidator(oscalSchema('poam'))(doc).join('\n')).toBe('');
  });

  test('one item per gap, each with a risk whose remediation has the owner and the target date', () => {
    expect(plan['poam-items'].map((i) => i.title.split(' ')[0])).toEqual([b, d]);
    const risk = plan.risks!.find(
      (r) => r.uuid === plan['poam-items'][0]!['related-risks'][0]!['risk-uuid'],
    )!;
    expect(risk.deadline).toBe('2027-03-31T23:59:59Z');
    expect(risk.statement).toBe('Filters on, no DMARC yet');
    const remediation = risk.remediations[0]! as {
      props: { value: string }[];
      tasks: { timing: { 'on-date': { date: string } } }[];
    };
    expect(remediation.props[0]!.value).toBe('Jane Roe (IT)');
    expect(remediation.tasks[0]!.timing['on-date'].date).toBe('2027-03-31T00:00:00Z');
    expect(plan['system-id'].id).toMatch(V4_OR_V5);
  });

  test('no gap, no POA&M (it needs at least one item)', () => {
    expect(poam({ ...input, saved: emptySaved() })).toBeUndefined();
  });
});
