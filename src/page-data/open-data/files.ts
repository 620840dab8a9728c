/**
 * Every open-data file, its text and what it is: one list used by the endpoints that write them
 * (src/pages/data/[...file].ts, llms.txt.ts), the Downloads page (size and SHA-256 of the very same
 * bytes) and the tests. Add a file here and it is built, listed and checked.
 */
import { createHash } from 'node:crypto';
import { SIZES } from '../../lib/ids';
import { hicpJson } from './hicp-json';
import { hicpSchema } from './hicp-schema';
import { practicesCsv, subPracticesCsv, threatsCsv } from './csv';
import { oscalCatalog, oscalCsfMapping, oscalFiles, oscalProfile } from './oscal';
import { CSF2_MAPPING_FILE, oscalCsf2Mapping } from './oscal-csf2';
import { CSF2_PIN } from '../../lib/csf2-source';
import { llmsTxt } from './markdown';
import { absolute, type OpenDataContext } from './context';

export interface DataFile {
  /** Path under data/ ("hicp.json", "oscal/hicp-catalog.json"). */
  file: string;
  format: 'JSON' | 'JSON Schema' | 'CSV' | 'OSCAL';
  mediaType: string;
  description: string;
  text: (ctx: OpenDataContext) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const JSON_TYPE = 'application/json';
const SIZE_WORD = { small: 'small', medium: 'medium', large: 'large' } as const;

export const DATA_FILES: DataFile[] = [
  {
    file: 'hicp.json',
    format: 'JSON',
    mediaType: JSON_TYPE,
    description:
      'Threats, practices and sub-practices with sizes, summaries, NIST CSF 1.1 codes and the CSF 2.0 elements they became, threats mitigated, related items and links.',
    text: (ctx) => json(hicpJson(ctx)),
  },
  {
    file: 'hicp.schema.json',
    format: 'JSON Schema',
    mediaType: 'application/schema+json',
    description: 'The JSON Schema of hicp.json (versioned).',
    text: (ctx) => json(hicpSchema(ctx)),
  },
  {
    file: 'threats.csv',
    format: 'CSV',
    mediaType: 'text/csv; charset=utf-8',
    description: 'One row per threat.',
    text: threatsCsv,
  },
  {
    file: 'practices.csv',
    format: 'CSV',
    mediaType: 'text/csv; charset=utf-8',
    description: 'One row per practice.',
    text: practicesCsv,
  },
  {
    file: 'sub-practices.csv',
    format: 'CSV',
    mediaType: 'text/csv; charset=utf-8',
    description: 'One row per sub-practice: filter by size, practice, or NIST CSF 1.1 or 2.0 code.',
    text: subPracticesCsv,
  },
  {
    file: oscalFiles.catalog,
    format: 'OSCAL',
    mediaType: JSON_TYPE,
    description: 'OSCAL 1.2.1 catalog: practices as groups, sub-practices as controls.',
    text: (ctx) => json(oscalCatalog(ctx)),
  },
  ...SIZES.map((size): DataFile => ({
    file: oscalFiles.profile(size),
    format: 'OSCAL',
    mediaType: JSON_TYPE,
    description: `OSCAL profile: the sub-practices a ${SIZE_WORD[size]} organization follows.`,
    text: (ctx) => json(oscalProfile(ctx, size)),
  })),
  {
    file: oscalFiles.mapping,
    format: 'OSCAL',
    mediaType: JSON_TYPE,
    description: 'OSCAL mapping from sub-practices to NIST Cybersecurity Framework 1.1 codes.',
    text: (ctx) => json(oscalCsfMapping(ctx)),
  },
  {
    file: CSF2_MAPPING_FILE,
    format: 'OSCAL',
    mediaType: JSON_TYPE,
    description: `OSCAL mapping from sub-practices to NIST's own OSCAL catalog of CSF 2.0 (version ${CSF2_PIN.version}), through NIST's mapping of each CSF 1.1 code.`,
    text: (ctx) => json(oscalCsf2Mapping(ctx)),
  },
];

export interface BuiltDataFile {
  file: string;
  url: string;
  name: string;
  format: DataFile['format'];
  description: string;
  text: string;
  bytes: number;
  sha256: string;
}

/** Every data file with its text, size in bytes (UTF-8) and SHA-256: exactly what the build writes. */
export function dataFiles(ctx: OpenDataContext): BuiltDataFile[] {
  return DATA_FILES.map((d) => {
    const text = d.text(ctx);
    const buf = Buffer.from(text, 'utf8');
    return {
      file: d.file,
      url: ctx.urls.data(d.file),
      name: d.file.slice(d.file.lastIndexOf('/') + 1),
      format: d.format,
      description: d.description,
      text,
      bytes: buf.length,
      sha256: createHash('sha256').update(buf).digest('hex'),
    };
  });
}

/** llms.txt, pointing at every data file. */
export function llmsText(ctx: OpenDataContext): string {
  return llmsTxt(
    ctx,
    DATA_FILES.map((d) => ({
      url: absolute(ctx, ctx.urls.data(d.file)),
      name: d.file,
      description: d.description,
    })),
  );
}
