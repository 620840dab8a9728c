/** The Markdown twin of an item page: its facts as a list, then its own body, from the same content. */
import { describe, expect, test } from 'vitest';
import { openDataContext } from '../../../tests/support/open-data';
import { itemMarkdown, markdownItems } from './markdown';

const ctx = openDataContext();
const { graph } = ctx;

describe('item pages as Markdown', () => {
  test('one per threat, practice and sub-practice', () => {
    expect(markdownItems(graph)).toHaveLength(
      graph.threats.length + graph.practices.length + graph.subPractices.length,
    );
  });
  test('4.M.D: title, summary, facts with links, then the body', () => {
    const s = graph.subPractice('4.M.D');
    const md = itemMarkdown(ctx, { kind: 'subPractice', id: '4.M.D' });
    expect(md.startsWith(`# 4.M.D ${s.data.title}\n\n> ${s.data.summary}\n\n- ID: 4.M.D\n`)).toBe(
      true,
    );
    expect(md).toContain('[PR.IP-4](https://hicp-guide.test/csf/pr-ip-4/)');
    expect(md).toContain(
      "- NIST CSF 2.0 (NIST's mapping of the CSF 1.1 codes, not HHS's): PR.IP-4 moved to [PR.DS-11](https://hicp-guide.test/csf/2.0/pr-ds-11/)\n",
    );
    expect(md).toContain('- Web page: https://hicp-guide.test/sub-practices/4-m-d/');
    expect(md.endsWith(`${s.body.trim()}\n`)).toBe(true);
  });
  test("a sub-practice's CSF 2.0 line: each code, NIST's relation and its targets", () => {
    const md = itemMarkdown(ctx, { kind: 'subPractice', id: '1.M.A' });
    const at = (id: string) =>
      `[${id}](https://hicp-guide.test/csf/2.0/${id.toLowerCase().replace('.', '-')}/)`;
    expect(md).toContain(
      `DE.CM-4 incorporated into ${at('DE.CM-01')} and ${at('DE.CM-09')}; PR.AC-4 moved to ${at('PR.AA-05')};`,
    );
    const none = graph.subPractices.find((s) => s.data.csf.length === 0)!;
    expect(itemMarkdown(ctx, { kind: 'subPractice', id: none.data.id })).toContain(
      "- NIST CSF 2.0 (NIST's mapping of the CSF 1.1 codes, not HHS's): none\n",
    );
  });
  test('a practice lists its threats and sub-practices', () => {
    const md = itemMarkdown(ctx, { kind: 'practice', number: 4 });
    for (const t of graph.threatsFor(4))
      expect(md).toContain(`Threat ${t.data.number}: ${t.data.title}`);
    for (const s of graph.subPracticesOf(4)) expect(md).toContain(`[${s.data.id} ${s.data.title}]`);
  });
});
