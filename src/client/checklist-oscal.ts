/**
 * A filled-in checklist as OSCAL 1.2.1, for GRC tools:
 *   assessment-results  one result: every sub-practice of the size's profile reviewed, a finding per
 *                       scored one (in place → satisfied; partly, missing → not satisfied; not
 *                       applicable with its reason), notes and evidence as observations;
 *   POA&M               the gaps (missing, partly in place) as items, each with a risk whose
 *                       remediation carries the owner and the target date as a milestone.
 * Both name our catalog and the size profile. Every uuid is name-based (v5) from what was entered,
 * and times come from when answers changed, so the same answers give the same files. Pure:
 * checklist-tools.ts loads it on first use.
 */
import { v5 } from 'uuid';
import { entryOf, gaps, metaOf, type ChecklistRow, type Entry, type Saved } from './checklist-core';

export const OSCAL_VERSION = '1.2.1';
/** Our names' namespace, as in the catalog (src/page-data/open-data/oscal.ts). */
export const HICP_NS = 'https://w3id.org/hicp-guide/oscal';
/** The namespace of HICP Guide's uuids (src/page-data/open-data/uuid.ts, HICP_NAMESPACE). */
export const UUID_NAMESPACE = '323ba7ea-b1f5-5d9e-bc78-035517af58ff';
const RFC4122 = 'http://ietf.org/rfc/rfc4122';

export interface AssessmentInput {
  size: string;
  rows: readonly ChecklistRow[];
  saved: Saved;
  /** Absolute addresses of the catalog and of this size's profile. */
  catalog: string;
  profile: string;
  /** When nothing entered says when it was changed (answers saved before timestamps). */
  now: Date;
}

const controlId = (id: string) => `hicp-${id.toLowerCase()}`;
const prop = (name: string, value: string) => ({ name, ns: HICP_NS, value });
const props = (pairs: [string, string][]) =>
  pairs.filter(([, v]) => v !== '').map(([n, v]) => prop(n, v));

/** What every export shares: times, parties and the uuid seed, all from what was entered. */
function basis(input: AssessmentInput) {
  const { saved, size } = input;
  const meta = metaOf(saved);
  const times = Object.values(saved.at);
  const modified = new Date(times.length ? Math.max(...times) : input.now.getTime()).toISOString();
  const who = meta.organization || 'Your organization';
  const seed = `assessment:${size}:${meta.organization}:${meta.assessed}`;
  const id = (name: string) => v5(`${seed}:${name}`, UUID_NAMESPACE);
  const org = id('party:organization');
  const assessor = id('party:assessor');
  const parties = [
    { uuid: org, type: 'organization', name: who },
    ...(meta.assessor ? [{ uuid: assessor, type: 'person', name: meta.assessor }] : []),
  ];
  const catalogRes = id('resource:catalog');
  const profileRes = id('resource:profile');
  const resources = [
    {
      uuid: catalogRes,
      title: 'HICP catalog of practices (HICP Guide)',
      rlinks: [{ href: input.catalog, 'media-type': 'application/json' }],
    },
    {
      uuid: profileRes,
      title: `HICP profile: the sub-practices a ${size} organization follows`,
      rlinks: [{ href: input.profile, 'media-type': 'application/json' }],
    },
  ];
  const metadata = (title: string) => ({
    title,
    'last-modified': modified,
    version: meta.assessed || modified.slice(0, 10),
    'oscal-version': OSCAL_VERSION,
    props: [prop('size', size)],
    links: [
      { href: `#${profileRes}`, rel: 'source-profile' },
      { href: `#${catalogRes}`, rel: 'source-catalog' },
    ],
    roles: [
      { id: 'prepared-for', title: 'Organization assessed' },
      ...(meta.assessor ? [{ id: 'assessor', title: 'Assessor' }] : []),
    ],
    parties,
    'responsible-parties': [
      { 'role-id': 'prepared-for', 'party-uuids': [org] },
      ...(meta.assessor ? [{ 'role-id': 'assessor', 'party-uuids': [assessor] }] : []),
    ],
    remarks:
      'A self-assessment made with the HICP Guide checklist, an independent edition of the HHS 405(d) Health Industry Cybersecurity Practices (2018). Statuses are the organization’s own.',
  });
  const start = meta.assessed ? `${meta.assessed}T00:00:00Z` : modified;
  const origins = meta.assessor ? [{ actors: [{ type: 'party', 'actor-uuid': assessor }] }] : [];
  const changed = (rowId: string) => {
    const t = Object.entries(saved.at).filter(([k]) => k.startsWith(`${rowId}/`));
    return t.length ? new Date(Math.max(...t.map(([, v]) => v))).toISOString() : modified;
  };
  return { meta, who, id, modified, metadata, resources, profileRes, start, origins, changed };
}

/** The entered values of a row as properties (owner, target date, status, ID). */
const rowProps = (r: ChecklistRow, e: Entry) =>
  props([
    ['sub-practice', r.id],
    ['status', e.status],
    ['owner', e.owner],
    ['target-date', e.date],
  ]);

const STATE: Record<string, { state: string; reason: string; impl: string }> = {
  'in place': { state: 'satisfied', reason: 'pass', impl: 'implemented' },
  'partly in place': { state: 'not-satisfied', reason: 'fail', impl: 'partial' },
  missing: { state: 'not-satisfied', reason: 'fail', impl: 'not-implemented' },
  'not applicable': { state: 'satisfied', reason: 'other', impl: 'not-applicable' },
};

/** The checklist as OSCAL assessment results (one result, one finding per scored sub-practice). */
export function assessmentResults(input: AssessmentInput) {
  const { rows, saved, size } = input;
  const b = basis(input);
  const plan = b.id('resource:plan');
  const observations: object[] = [];
  const findings: object[] = [];
  for (const r of rows) {
    const e = entryOf(saved, r.id);
    let observation: string | undefined;
    if (e.note || e.evidence) {
      observation = b.id(`observation:${r.id}`);
      const link = /^https?:\/\//i.test(e.evidence.trim()) ? { href: e.evidence.trim() } : {};
      observations.push({
        uuid: observation,
        title: `${r.id} ${r.title}`,
        description: e.note || `Evidence recorded for ${r.id}.`,
        props: props([['sub-practice', r.id]]),
        methods: [e.evidence ? 'EXAMINE' : 'UNKNOWN'],
        ...(b.origins.length ? { origins: b.origins } : {}),
        ...(e.evidence ? { 'relevant-evidence': [{ ...link, description: e.evidence }] } : {}),
        collected: b.changed(r.id),
      });
    }
    const s = STATE[e.status];
    if (!s) continue;
    findings.push({
      uuid: b.id(`finding:${r.id}`),
      title: `${r.id} ${r.title}: ${e.status}`,
      description: [
        `${r.id} is ${e.status}.`,
        e.owner && `Owner: ${e.owner}.`,
        e.date && `Target date: ${e.date}.`,
      ]
        .filter(Boolean)
        .join(' '),
      props: rowProps(r, e),
      links: [{ href: r.url, rel: 'reference', 'media-type': 'text/html' }],
      ...(b.origins.length ? { origins: b.origins } : {}),
      target: {
        type: 'statement-id',
        'target-id': `${controlId(r.id)}_smt`,
        status: {
          state: s.state,
          reason: s.reason,
          ...(e.status === 'partly in place' ? { remarks: 'Partly in place.' } : {}),
        },
        'implementation-status': {
          state: s.impl,
          ...(e.status === 'not applicable' && e.reason ? { remarks: e.reason } : {}),
        },
      },
      ...(observation ? { 'related-observations': [{ 'observation-uuid': observation }] } : {}),
      ...(e.status === 'not applicable' && e.reason
        ? { remarks: `Not applicable: ${e.reason}` }
        : {}),
    });
  }
  const unscored = rows.filter((r) => !entryOf(saved, r.id).status).map((r) => r.id);
  const body = {
    metadata: b.metadata(`HICP self-assessment: ${b.who}, ${size} checklist`),
    'import-ap': {
      href: `#${plan}`,
      remarks:
        'A self-assessment has no separate assessment plan: the plan is to score every sub-practice of the HICP profile for this size, which the resource this points to names.',
    },
    results: [
      {
        uuid: b.id('result'),
        title: `HICP ${size} checklist`,
        description: `Self-assessment of ${b.who} against the ${rows.length} HICP sub-practices a ${size} organization follows.`,
        start: b.start,
        props: [prop('size', size)],
        'reviewed-controls': {
          'control-selections': [
            { 'include-controls': rows.map((r) => ({ 'control-id': controlId(r.id) })) },
          ],
        },
        ...(observations.length ? { observations } : {}),
        ...(findings.length ? { findings } : {}),
        ...(unscored.length
          ? { remarks: `Not yet scored (${unscored.length}): ${unscored.join(', ')}.` }
          : {}),
      },
    ],
    'back-matter': {
      resources: [
        {
          uuid: plan,
          title: `Assessment plan: every sub-practice of the HICP ${size} profile`,
          description: `Score each of the ${rows.length} sub-practices of the profile: missing, partly in place, in place or not applicable.`,
          rlinks: b.resources[1]!.rlinks,
        },
        ...b.resources,
      ],
    },
  };
  return { 'assessment-results': { uuid: v5(JSON.stringify(body), UUID_NAMESPACE), ...body } };
}

/**
 * The gaps (missing, partly in place) as an OSCAL plan of action and milestones; undefined when
 * there is none (a POA&M needs at least one item).
 */
export function poam(input: AssessmentInput) {
  const { rows, saved, size } = input;
  const b = basis(input);
  const open = gaps(rows, saved);
  if (!open.length) return undefined;
  const risks = open.map((r) => {
    const e = entryOf(saved, r.id);
    const task = e.date
      ? [
          {
            uuid: b.id(`task:${r.id}`),
            type: 'milestone',
            title: `Target date for ${r.id}`,
            timing: { 'on-date': { date: `${e.date}T00:00:00Z` } },
            ...(e.owner ? { props: props([['owner', e.owner]]) } : {}),
          },
        ]
      : [];
    return {
      uuid: b.id(`risk:${r.id}`),
      title: `${r.id} ${r.title} is ${e.status}`,
      description: `The HICP sub-practice ${r.id} (${r.title}) is ${e.status} at ${b.who}.`,
      statement: e.note || `${r.id} is ${e.status}; no note was entered.`,
      props: rowProps(r, e),
      links: [{ href: r.url, rel: 'reference', 'media-type': 'text/html' }],
      status: 'open',
      ...(e.date ? { deadline: `${e.date}T23:59:59Z` } : {}),
      remediations: [
        {
          uuid: b.id(`remediation:${r.id}`),
          lifecycle: 'planned',
          title: `Put ${r.id} in place`,
          description: [
            `Put ${r.id} (${r.title}) fully in place.`,
            e.owner && `Owner: ${e.owner}.`,
            e.date && `Target date: ${e.date}.`,
          ]
            .filter(Boolean)
            .join(' '),
          ...(e.owner ? { props: props([['owner', e.owner]]) } : {}),
          ...(task.length ? { tasks: task } : {}),
        },
      ],
    };
  });
  const items = open.map((r, i) => {
    const e = entryOf(saved, r.id);
    return {
      uuid: b.id(`poam-item:${r.id}`),
      title: `${r.id} ${r.title}`,
      description: `${r.id} is ${e.status}.${e.owner ? ` Owner: ${e.owner}.` : ''}${e.date ? ` Target date: ${e.date}.` : ''}`,
      props: rowProps(r, e),
      ...(b.origins.length ? { origins: b.origins } : {}),
      'related-risks': [{ 'risk-uuid': risks[i]!.uuid }],
      ...(e.note ? { remarks: e.note } : {}),
    };
  });
  const body = {
    metadata: b.metadata(`HICP plan of action and milestones: ${b.who}, ${size} checklist`),
    'system-id': { 'identifier-type': RFC4122, id: b.id('system') },
    ...(risks.length ? { risks } : {}),
    'poam-items': items,
    'back-matter': { resources: b.resources },
  };
  return {
    'plan-of-action-and-milestones': { uuid: v5(JSON.stringify(body), UUID_NAMESPACE), ...body },
  };
}
