/** Checklist rows from the real content and answers from plain values, for the checklist's unit tests. */
import { join } from 'node:path';
import { loadGraph } from '../../src/lib/load-graph';
import { emptySaved, set, type ChecklistRow, type Saved } from '../../src/client/checklist-core';

export const graph = loadGraph(join(import.meta.dirname, '..', '..', 'content'));

export const rowsFor = (size: 'small' | 'medium' | 'large'): ChecklistRow[] =>
  graph.applicableTo(size).map((s) => ({
    id: s.data.id,
    practice: s.data.practice,
    size: s.data.size,
    title: s.data.title,
    url: `https://hicp-guide.test/sub-practices/${s.data.id}/`,
    csf: s.data.csf.join('; '),
    csf2: graph.csf2Ids(s.data.id).join('; '),
  }));

/** Answers from plain values ("4.M.D/owner" → "Ann"), all set at time `t`. */
export const savedOf = (values: Record<string, string>, t = 1000): Saved =>
  Object.entries(values).reduce((s, [k, v]) => set(s, k, v, t), emptySaved());
