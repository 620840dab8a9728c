/**
 * The shape CONTENT.md asks of each kind of page: required sections in order, a minimum number of
 * words, implementation steps and measures. Checked by tests/content-completeness.test.ts.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { countWords, parseBody } from '../../src/lib/markdown-body';

export type Kind =
  | 'threat'
  | 'practice'
  | 'subPractice'
  | 'volume'
  | 'chapter-small'
  | 'chapter-medium-large'
  | 'page';

export const RULES: Record<Kind, { sections: string[]; minWords: number }> = {
  threat: {
    sections: [
      'What it is',
      'How it happens',
      'Weaknesses it exploits',
      'Impact on patients and the organization',
      'Scenario (fictional)',
      'First steps',
    ],
    minWords: 450,
  },
  practice: {
    sections: [
      'What it is',
      'Why it matters',
      'What small organizations do',
      'What medium organizations do',
      'What large organizations do',
      'How to measure progress',
    ],
    minWords: 250,
  },
  subPractice: {
    sections: ['Why it matters', 'How to implement', 'Who is involved', 'How to measure'],
    minWords: 180,
  },
  volume: {
    sections: ['Who this volume is for', 'How to use it', 'How sizes are chosen'],
    minWords: 300,
  },
  'chapter-small': { sections: ['Where to start'], minWords: 150 },
  'chapter-medium-large': {
    sections: ['Data that may be affected', 'Suggested metrics'],
    minWords: 150,
  },
  page: { sections: [], minWords: 300 },
};

export interface Section {
  heading: string;
  nodes: RootContent[];
}

/** Splits a body at its level-2 headings; text before the first one is the section "". */
export function sectionsOf(body: string): Section[] {
  const out: Section[] = [{ heading: '', nodes: [] }];
  for (const node of parseBody(body).children) {
    if (node.type === 'heading' && node.depth === 2)
      out.push({ heading: toString(node), nodes: [] });
    else out[out.length - 1]!.nodes.push(node);
  }
  return out;
}

/** Sentences, not fooled by abbreviations such as "U.S." (a break needs a lowercase letter or digit before the stop). */
export function sentenceCount(text: string): number {
  return text.trim().split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/).length;
}

export function bodyWords(body: string): number {
  return sectionsOf(body).reduce(
    (n, s) => n + s.nodes.reduce((m, node) => m + countWords(toString(node)), 0),
    0,
  );
}

export function checkEntry(kind: Kind, body: string, summary: string): string[] {
  const rule = RULES[kind];
  const problems: string[] = [];
  const sections = sectionsOf(body);
  const headings = sections.slice(1).map((s) => s.heading);
  const missing = rule.sections.filter((h) => !headings.includes(h));
  if (missing.length)
    problems.push(`missing section(s): ${missing.map((m) => `"## ${m}"`).join(', ')}`);
  const order = headings.filter((h) => rule.sections.includes(h));
  if (!missing.length && order.join('|') !== rule.sections.join('|'))
    problems.push(`sections out of order: expected ${rule.sections.join(' · ')}`);
  const words = bodyWords(body);
  if (words < rule.minWords)
    problems.push(`${words} words of body text, below the minimum of ${rule.minWords}`);
  for (const s of sections.slice(1)) {
    if (s.nodes.every((n) => toString(n).trim() === ''))
      problems.push(`section "${s.heading}" is empty`);
  }
  if (kind === 'subPractice') {
    const steps = sections.find((s) => s.heading === 'How to implement')?.nodes ?? [];
    const stepCount = steps.reduce(
      (n, node) => n + (node.type === 'list' && node.ordered ? node.children.length : 0),
      0,
    );
    if (stepCount < 3)
      problems.push(`"How to implement" has ${stepCount} numbered steps; write at least 3`);
    const measures = sections.find((s) => s.heading === 'How to measure')?.nodes ?? [];
    const measureCount = measures.reduce(
      (n, node) =>
        n + (node.type === 'list' ? node.children.length : node.type === 'paragraph' ? 1 : 0),
      0,
    );
    if (measureCount < 1) problems.push('"How to measure" names no measure');
    if (sentenceCount(summary) > 1) problems.push('the summary should be one sentence');
  }
  return problems;
}

/**
 * Acronyms are expanded on first use on every page: the first time an acronym appears (summary
 * first, then body) it must stand in parentheses after its expansion, as in "protected health
 * information (PHI)" or "(ISACs)".
 */
export function unexpandedAcronyms(summary: string, body: string, acronyms: string[]): string[] {
  const text = `${summary}\n${body}`;
  const out: string[] = [];
  for (const a of acronyms) {
    const m = new RegExp(
      `(?<![\\w/-])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\w-])`,
    ).exec(text);
    if (m && text[m.index - 1] !== '(') out.push(a);
  }
  return out;
}
