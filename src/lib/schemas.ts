/**
 * One zod schema per kind of content file. Shared by src/content.config.ts (Astro's collections)
 * and by the build-time validator, so both agree on what a valid file is.
 */
import { z } from 'astro/zod';
import { SUB_PRACTICE_ID, VOLUMES } from './ids';

/** CSF 1.1 code: a function (RC), a category (PR.AT) or a subcategory (PR.AC-7). */
export const CSF_CODE = /^(ID|PR|DE|RS|RC)(\.[A-Z]{2}(-\d{1,2})?)?$/;

const text = (what: string) =>
  z
    .string({ error: `${what} is required (text)` })
    .trim()
    .min(1, `${what} must not be empty`);
const summary = text('summary').max(
  400,
  'keep the summary under 400 characters: it is shown on cards and in search',
);
/**
 * The longest gist: one line under a title in the "At your size" box on a 390 px phone, where about
 * 42 characters fit (docs/content-format.md).
 */
export const GIST_MAX = 40;
/**
 * A sub-practice's gist: what it is about in a few of our own words, shown under its title where
 * pages list what to start with. A phrase, not a sentence: no closing full stop.
 */
const gist = text('gist')
  .max(GIST_MAX, `keep the gist within ${GIST_MAX} characters: it is one line under the title`)
  .refine((g) => !/[.!?]$/.test(g), 'a gist is a phrase: drop the closing punctuation');
const unconfirmed = z.string().trim().min(1).optional();
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

export const threatSchema = z.object({
  number: z.number().int().min(1).max(5),
  title: text('title'),
  summary,
  unconfirmed,
});

export const practiceSchema = z.object({
  number: z.number().int().min(1).max(10),
  title: text('title'),
  titleVolume2: text('titleVolume2').optional(),
  summary,
  mitigates: z.array(z.number().int(), {
    error: 'mitigates must be a list of threat numbers, e.g. [1, 2]',
  }),
  dataAtRisk: text('dataAtRisk'),
  unconfirmed,
});

export const subPracticeSchema = z.object({
  id: z
    .string()
    .regex(SUB_PRACTICE_ID, 'an id looks like 4.M.D: practice number, S/M/L, a capital letter'),
  practice: z.number().int().min(1),
  size: z.enum(['small', 'medium', 'large']),
  title: text('title'),
  csf: z.array(z.string().regex(CSF_CODE, 'a NIST CSF 1.1 code looks like PR.AC-7, PR.AT or RC')),
  summary,
  gist,
  unconfirmed,
  related: z.array(z.string()).default([]),
});

export { VOLUMES, type VolumeKey } from './ids';

export const volumeSchema = z.object({
  volume: z.enum(VOLUMES),
  title: text('title'),
  shortTitle: text('shortTitle'),
  summary,
  unconfirmed,
});

export const chapterSchema = z.object({
  volume: z.enum(['small', 'medium-large']),
  practice: z.number().int().min(1),
  title: text('title'),
  summary,
  unconfirmed,
});

export const pageSchema = z.object({
  title: text('title'),
  summary,
  unconfirmed,
});

export const glossaryTermSchema = z.object({
  term: text('term'),
  slug,
  abbr: z.string().trim().min(1).optional(),
  definition: text('definition'),
  related: z.array(z.string()).default([]),
});
export const glossarySchema = z.array(glossaryTermSchema);

export const csfEntrySchema = z.object({
  code: z.string().regex(CSF_CODE, 'a NIST CSF 1.1 code looks like PR.AC-7, PR.AT or RC'),
  name: z.string().trim().min(1).optional(),
  label: text('label'),
});
export const csfSchema = z.array(csfEntrySchema);

/** How sure the facts sheet is of a fact: seen in a source, a secondary or partial one, or neither. */
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
const confidence = z.enum(CONFIDENCE, { error: `confidence is one of ${CONFIDENCE.join(', ')}` });
const newerTitle = (max: number) =>
  z.object({ number: z.number().int().min(1).max(max), title: text('title'), confidence });

export const newerEditionSchema = z.object({
  year: z.string().regex(/^\d{4}$/, 'a year such as "2023"'),
  released: text('released'),
  releasedConfidence: confidence,
  /** The edition each official PDF address now serves: a year, or "unknown". */
  pdfs: z
    .array(
      z.object({
        key: z.enum(VOLUMES),
        opens: z.string().regex(/^(\d{4}|unknown)$/, 'a year such as "2023", or unknown'),
        confidence,
      }),
    )
    .length(3),
  topicsAdded: z.array(text('topic')).min(1),
  topicsAddedConfidence: confidence,
  threats: z.array(newerTitle(5)).length(5),
  practices: z.array(newerTitle(10)).length(10),
});

export const siteSchema = z.object({
  title: text('title'),
  acronym: text('acronym'),
  edition: text('edition'),
  released: text('released'),
  publisher: text('publisher'),
  officialPdfs: z
    .array(z.object({ key: z.enum(VOLUMES), label: text('label'), url: z.url() }))
    .length(3),
  /**
   * What is known of the newer edition HHS has published (the 2023 edition), each point with its
   * confidence: the notice on every page and the edition page are made from it.
   */
  newerEdition: newerEditionSchema.optional(),
  /** Where readers report a problem (a mailto: or https: address); the About page links it. */
  feedback: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https:// address')
    .optional(),
});

export type Threat = z.infer<typeof threatSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type SubPractice = z.infer<typeof subPracticeSchema>;
export type Volume = z.infer<typeof volumeSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Page = z.infer<typeof pageSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type CsfEntry = z.infer<typeof csfEntrySchema>;
export type Site = z.infer<typeof siteSchema>;
export type NewerEdition = z.infer<typeof newerEditionSchema>;
export type Confidence = (typeof CONFIDENCE)[number];
