/**
 * JSON Schema validation for the open-data tests: ajv 8 + ajv-formats 3, every error reported with
 * its path (OSCAL's root anyOf makes the first message vague, so one error is never enough).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type OscalModel = 'catalog' | 'profile' | 'mapping' | 'assessment-results' | 'poam';

/** The NIST OSCAL 1.2.1 JSON schemas, copied into tests/fixtures/oscal/ (SHA-256 in its README). */
export function oscalSchema(model: OscalModel): object {
  return JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'oscal', `oscal_${model}_schema.json`),
      'utf8',
    ),
  );
}

/** A validator that returns every problem as "path: message" (empty when the document is valid). */
export function schemaValidator(schema: object, draft: '07' | '2020-12' = '07') {
  // OSCAL's schemas use \p{L} classes and keywords strict mode rejects (see tests/fixtures/oscal/README.md).
  const options = { strict: false, allErrors: true, unicodeRegExp: true };
  const ajv = draft === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (doc: unknown): string[] =>
    validate(doc)
      ? []
      : (validate.errors ?? []).map(
          (e) =>
            `${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)} (schema ${e.schemaPath})`,
        );
}
