/**
 * What the graph is built from: every content file read and schema-checked (content-source.ts), before
 * the relations are checked (graph-checks.ts) and the graph is made (graph.ts). Its own module so
 * the checks and the graph both import it without importing each other.
 */
import type { Csf2Catalog } from './csf2';
import type { Redirects } from './redirects';
import type {
  Chapter,
  CsfEntry,
  GlossaryTerm,
  Page,
  Practice,
  Site,
  SubPractice,
  Threat,
  Volume,
} from './schemas';

export interface SourceEntry<T> {
  /** Path-derived id: "2" for threats/2.mdx, "4.M.D", "small/index", "small/3". */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: T;
  body: string;
  /** Line of the file where the body starts (1-based), so body line numbers map to the file. */
  bodyStartLine?: number;
}

export interface GraphInput {
  threats: SourceEntry<Threat>[];
  practices: SourceEntry<Practice>[];
  subPractices: SourceEntry<SubPractice>[];
  volumes: SourceEntry<Volume>[];
  chapters: SourceEntry<Chapter>[];
  pages: SourceEntry<Page>[];
  glossary: GlossaryTerm[];
  csf: CsfEntry[];
  /** NIST's CSF 2.0 catalog (vendor/, read by csf2-source.ts): where each CSF 1.1 code went. */
  csf2?: Csf2Catalog;
  site?: Site;
  /** Files that failed their schema (already reported); mentions of what they define are not errors. */
  unreadable?: string[];
  redirects: Redirects;
  files: { glossary: string; csf: string; redirects: string };
}
