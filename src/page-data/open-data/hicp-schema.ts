/**
 * The JSON Schema (draft 2020-12) of /data/hicp.json, published beside it as
 * /data/hicp.schema.json. Versioned: HICP_JSON_VERSION follows semver (a new optional field is a
 * minor change; a renamed, removed or re-typed field is a major one).
 */
import { absolute, type OpenDataContext } from './context';

export const HICP_JSON_VERSION = '1.1.0';

const str = { type: 'string', minLength: 1 } as const;
const uri = { type: 'string', format: 'uri-reference' } as const;
const list = (items: object) => ({ type: 'array', items, uniqueItems: true });
const THREAT_ID = { type: 'string', pattern: '^T[1-9][0-9]?$' } as const;
const PRACTICE_ID = { type: 'string', pattern: '^P[1-9][0-9]?$' } as const;
const SUB_ID = { type: 'string', pattern: '^[1-9][0-9]?\\.[SML]\\.[A-Z]$' } as const;
const CSF_CODE = {
  type: 'string',
  pattern: '^(ID|PR|DE|RS|RC)(\\.[A-Z]{2}(-[0-9]{1,2})?)?$',
} as const;
const CSF2_ID = {
  type: 'string',
  pattern: '^(GV|ID|PR|DE|RS|RC)(\\.[A-Z]{2}(-[0-9]{2})?)?$',
} as const;
const CSF2_RELATION = { enum: ['unchanged', 'moved-to', 'incorporated-into'] } as const;
const SIZE = { enum: ['small', 'medium', 'large'] } as const;

/** An object whose listed properties are all required except `optional`, and nothing else. */
const record = (properties: Record<string, object>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});

export function hicpSchema(ctx: OpenDataContext) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absolute(ctx, ctx.urls.data('hicp.schema.json')),
    title: 'HICP Guide open data',
    description:
      "Threats, practices and sub-practices of the HHS 405(d) Health Industry Cybersecurity Practices, with their NIST CSF 1.1 codes, the CSF 2.0 elements NIST's own mapping carries those onto, and every link between them.",
    ...record({
      $schema: uri,
      schemaVersion: { const: HICP_JSON_VERSION },
      title: str,
      acronym: str,
      edition: str,
      released: str,
      publisher: str,
      built: { type: 'string', format: 'date' },
      home: uri,
      sizes: {
        type: 'array',
        items: record({ size: SIZE, follows: list(SIZE) }),
        minItems: 3,
        maxItems: 3,
      },
      threats: {
        type: 'array',
        items: record(
          {
            id: THREAT_ID,
            number: { type: 'integer', minimum: 1 },
            title: str,
            summary: str,
            unconfirmed: str,
            mitigatedBy: list(PRACTICE_ID),
            subPractices: list(SUB_ID),
            url: uri,
            markdown: uri,
          },
          ['unconfirmed'],
        ),
      },
      practices: {
        type: 'array',
        items: record(
          {
            id: PRACTICE_ID,
            number: { type: 'integer', minimum: 1 },
            title: str,
            titleVolume2: str,
            summary: str,
            dataAtRisk: str,
            unconfirmed: str,
            mitigates: list(THREAT_ID),
            subPractices: list(SUB_ID),
            url: uri,
            markdown: uri,
          },
          ['titleVolume2', 'unconfirmed'],
        ),
      },
      subPractices: {
        type: 'array',
        items: record(
          {
            id: SUB_ID,
            practice: PRACTICE_ID,
            size: SIZE,
            title: str,
            summary: str,
            unconfirmed: str,
            csf: list(CSF_CODE),
            csf2: {
              ...list(CSF2_ID),
              description: 'CSF 2.0 elements reached through csf (NIST’s mapping).',
            },
            mitigates: list(THREAT_ID),
            related: list(SUB_ID),
            url: uri,
            markdown: uri,
          },
          ['unconfirmed'],
        ),
      },
      csf: {
        type: 'array',
        items: record(
          {
            code: CSF_CODE,
            name: str,
            label: str,
            citedBy: list(SUB_ID),
            csf2: record({
              withdrawn: { type: 'boolean' },
              targets: list(record({ id: CSF2_ID, relation: CSF2_RELATION })),
            }),
            url: uri,
          },
          ['name'],
        ),
      },
      csf2Source: record({
        title: str,
        version: str,
        published: str,
        uuid: str,
        url: { type: 'string', format: 'uri' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        note: str,
      }),
      csf2: {
        type: 'array',
        description: 'The CSF 2.0 elements HICP reaches, with NIST’s outcome text (NIST’s words).',
        items: record(
          {
            id: CSF2_ID,
            level: { enum: ['function', 'category', 'subcategory'] },
            name: str,
            outcome: str,
            from: list(record({ code: CSF_CODE, relation: CSF2_RELATION })),
            reachedBy: list(SUB_ID),
            url: uri,
          },
          ['name'],
        ),
      },
    }),
  };
}
