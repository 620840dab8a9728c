/**
 * Astro's typed collections over content/. The schemas are shared with the build-time validator
 * (src/lib/load-graph.ts), which also checks every link between entries: Astro 7 only logs a
 * dangling reference, so the graph check is what fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  chapterSchema,
  csfEntrySchema,
  glossaryTermSchema,
  pageSchema,
  practiceSchema,
  subPracticeSchema,
  threatSchema,
  volumeSchema,
} from './lib/schemas';

const base = process.env.HICP_CONTENT_DIR ?? './content';
/** Ids are the file path without extension: "2", "4.M.D", "small/index", "small/3". */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');
const mdx = (pattern: string | string[], dir = '') =>
  glob({ pattern, base: `${base}${dir}`, generateId: pathId });

export const collections = {
  threats: defineCollection({ loader: mdx('*.mdx', '/threats'), schema: threatSchema }),
  practices: defineCollection({ loader: mdx('*.mdx', '/practices'), schema: practiceSchema }),
  subPractices: defineCollection({
    loader: mdx('*.mdx', '/sub-practices'),
    schema: subPracticeSchema,
  }),
  volumes: defineCollection({ loader: mdx('*/index.mdx', '/volumes'), schema: volumeSchema }),
  chapters: defineCollection({
    loader: mdx(['*/*.mdx', '!*/index.mdx'], '/volumes'),
    schema: chapterSchema,
  }),
  pages: defineCollection({ loader: mdx('*.mdx', '/pages'), schema: pageSchema }),
  glossary: defineCollection({ loader: file(`${base}/glossary.yaml`), schema: glossaryTermSchema }),
  csf: defineCollection({
    loader: file(`${base}/csf.yaml`, {
      // A byte-order mark (some Windows editors add one) is not YAML: drop it as the gate does.
      parser: (text) =>
        (parseYaml(text.replace(/^\uFEFF/, '')) as { code: string }[]).map((e) => ({
          id: e.code,
          ...e,
        })),
    }),
    schema: csfEntrySchema,
  }),
};
