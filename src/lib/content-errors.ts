/** A content mistake: which file, which field, what is wrong and how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = [
    `HICP content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
  ];
  for (const p of problems) {
    lines.push(
      '',
      `${p.file}`,
      `  field: ${p.field}`,
      `  problem: ${p.problem}`,
      `  fix: ${p.fix}`,
    );
  }
  return lines.join('\n');
}
