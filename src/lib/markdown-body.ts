/**
 * Reads the parts of an MDX body that the build checks (headings, links, prose mentions of IDs),
 * with a real Markdown parser so that code spans and link text are told apart from prose.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { findMentions, type Mention } from './ids';

export interface BodyHeading {
  depth: number;
  text: string;
  /** The anchor Astro gives the heading (github-slugger, as its Markdown pipeline does). */
  slug: string;
  line: number;
}
export interface BodyLink {
  url: string;
  line: number;
}
export interface BodyFacts {
  headings: BodyHeading[];
  links: BodyLink[];
  mentions: (Mention & { line: number })[];
  words: number;
  orderedListItems: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Facts of bodies read before, by body text: in `npm run dev` the gate runs again on every save. */
const read = new Map<string, BodyFacts>();

export function readBody(body: string): BodyFacts {
  let facts = read.get(body);
  if (!facts) read.set(body, (facts = parseFacts(body)));
  return facts;
}

function parseFacts(body: string): BodyFacts {
  const tree = parseBody(body);
  const slugger = new GithubSlugger();
  const facts: BodyFacts = { headings: [], links: [], mentions: [], words: 0, orderedListItems: 0 };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading') {
      facts.headings.push({
        depth: node.depth,
        text: toString(node),
        slug: slugger.slug(toString(node)),
        line,
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      facts.links.push({ url: node.url, line });
    } else if (node.type === 'list' && node.ordered) {
      facts.orderedListItems += node.children.length;
    } else if (node.type === 'inlineCode' || node.type === 'code') {
      return SKIP;
    } else if (node.type === 'text') {
      for (const m of findMentions(node.value)) facts.mentions.push({ ...m, line });
      facts.words += countWords(node.value);
    }
    return undefined;
  });
  return facts;
}
