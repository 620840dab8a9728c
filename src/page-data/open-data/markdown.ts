/**
 * Text for assistants: /llms.txt (llmstxt.org: what the site is and where everything is) and a plain
 * Markdown twin of each threat, practice and sub-practice page (".../index.md"): the frontmatter
 * facts as a short list, then the page's own Markdown body. Links are absolute.
 */
import { SIZE_LABEL } from '../../lib/ids';
import { CSF2_RELATION_WORDS } from '../../lib/csf2';
import { byRelation } from '../csf2-pages';
import type { Graph } from '../../lib/graph';
import type { ItemRef } from '../../lib/ids';
import { absolute, day, practiceId, relatedIds, threatId, type OpenDataContext } from './context';

const link = (text: string, href: string) => `[${text.replaceAll(/([[\]])/g, '\\$1')}](${href})`;

/** Every item that has a Markdown twin, in reading order. */
export function markdownItems(graph: Graph): ItemRef[] {
  return [
    ...graph.threats.map((t) => ({ kind: 'threat' as const, number: t.data.number })),
    ...graph.practices.map((p) => ({ kind: 'practice' as const, number: p.data.number })),
    ...graph.subPractices.map((s) => ({ kind: 'subPractice' as const, id: s.data.id })),
  ];
}

export function itemMarkdown(ctx: OpenDataContext, ref: ItemRef): string {
  const { graph, urls } = ctx;
  const url = (u: string) => absolute(ctx, u);
  const md = (r: ItemRef) => url(urls.itemMarkdown(r));
  const threatLink = (n: number) =>
    link(`Threat ${n}: ${graph.threat(n).data.title}`, md({ kind: 'threat', number: n }));
  const practiceLink = (n: number) =>
    link(`Practice ${n}: ${graph.practice(n).data.title}`, md({ kind: 'practice', number: n }));
  const subLink = (id: string) =>
    link(`${id} ${graph.subPractice(id).data.title}`, md({ kind: 'subPractice', id }));
  const list = (items: string[]) => (items.length ? items.join(', ') : 'none');

  let heading: string;
  let entry: { data: { summary: string; unconfirmed?: string | undefined }; body: string };
  let facts: string[];
  if (ref.kind === 'threat') {
    const t = graph.threat(ref.number);
    entry = t;
    heading = `Threat ${ref.number}: ${t.data.title}`;
    facts = [
      `ID: ${threatId(ref.number)}`,
      `Mitigated by: ${list(graph.practicesFor(ref.number).map((p) => practiceLink(p.data.number)))}`,
    ];
  } else if (ref.kind === 'practice') {
    const p = graph.practice(ref.number);
    entry = p;
    heading = `Practice ${ref.number}: ${p.data.title}`;
    facts = [
      `ID: ${practiceId(ref.number)}`,
      `Mitigates: ${list(graph.threatsFor(ref.number).map((t) => threatLink(t.data.number)))}`,
      `Data at risk: ${p.data.dataAtRisk}`,
      `Sub-practices: ${list(graph.subPracticesOf(ref.number).map((s) => subLink(s.data.id)))}`,
    ];
  } else {
    const s = graph.subPractice(ref.id);
    entry = s;
    heading = `${ref.id} ${s.data.title}`;
    facts = [
      `ID: ${ref.id}`,
      `Part of: ${practiceLink(s.data.practice)}`,
      `For: ${SIZE_LABEL[s.data.size]} organizations`,
      `NIST CSF 1.1: ${list(s.data.csf.map((c) => link(c, url(urls.csfCode(c)))))}`,
      `NIST CSF 2.0 (NIST's mapping of the CSF 1.1 codes, not HHS's): ${
        graph
          .csf2For(ref.id)
          .map((r) =>
            r.targets.length
              ? `${r.code} ${byRelation(r)
                  .map(
                    (g) =>
                      `${CSF2_RELATION_WORDS[g.relation]} ${g.ids
                        .map((id) => link(id, url(urls.csf2Code(id))))
                        .join(' and ')}`,
                  )
                  .join(', ')}`
              : `${r.code} withdrawn, no target named`,
          )
          .join('; ') || 'none'
      }`,
      `Mitigates: ${list(graph.threatsFor(s.data.practice).map((t) => threatLink(t.data.number)))}`,
      `Related: ${list(relatedIds(graph, ref.id).map(subLink))}`,
    ];
  }
  const { site } = graph;
  return (
    [
      `# ${heading}`,
      `> ${entry.data.summary}`,
      [
        ...facts,
        `Web page: ${url(urls.item(ref))}`,
        `Source: ${site.acronym} ${site.edition} edition, rendered by HICP Guide (built ${day(ctx.date)})`,
      ]
        .map((f) => `- ${f}`)
        .join('\n'),
      ...(entry.data.unconfirmed
        ? [`Not yet confirmed against the official volume: ${entry.data.unconfirmed}`]
        : []),
      entry.body.trim(),
    ].join('\n\n') + '\n'
  );
}

/** The open-data files llms.txt points to, with one line on each (see files.ts). */
export interface DataFileLine {
  url: string;
  name: string;
  description: string;
}

export function llmsTxt(ctx: OpenDataContext, data: DataFileLine[]): string {
  const { graph, urls } = ctx;
  const url = (u: string) => absolute(ctx, u);
  const { site } = graph;
  const section = (title: string, lines: string[]) => `## ${title}\n\n${lines.join('\n')}`;
  const item = (text: string, href: string, note?: string) =>
    `- ${link(text, href)}${note ? `: ${note}` : ''}`;
  return (
    [
      '# HICP Guide',
      `> A fast, independent web edition of ${site.title} (${site.acronym}), ${site.edition} edition, by ${site.publisher}. It is not an official HHS publication.`,
      `HICP names five threats to health care organizations and ten practices that mitigate them. Each practice is broken into sub-practices for small, medium or large organizations; an ID such as 4.M.D means practice 4, medium, item D (S small, M medium, L large). A large organization follows the medium and the large sub-practices. Every threat, practice and sub-practice has a web page and a plain Markdown version, linked below. Facts (IDs, titles, sizes, NIST CSF codes, which practice mitigates which threat) follow the publication; the explanations are HICP Guide's own words. Built ${day(ctx.date)}.`,
      section(
        'Volumes',
        graph.volumes.map((v) =>
          item(v.data.title, url(urls.volume(v.data.volume)), v.data.summary),
        ),
      ),
      section(
        'Threats',
        graph.threats.map((t) =>
          item(
            `Threat ${t.data.number}: ${t.data.title}`,
            url(urls.itemMarkdown({ kind: 'threat', number: t.data.number })),
            t.data.summary,
          ),
        ),
      ),
      section(
        'Practices',
        graph.practices.map((p) =>
          item(
            `Practice ${p.data.number}: ${p.data.title}`,
            url(urls.itemMarkdown({ kind: 'practice', number: p.data.number })),
            p.data.summary,
          ),
        ),
      ),
      section(
        'Sub-practices',
        graph.subPractices.map((s) =>
          item(
            `${s.data.id} ${s.data.title}`,
            url(urls.itemMarkdown({ kind: 'subPractice', id: s.data.id })),
            `${SIZE_LABEL[s.data.size].toLowerCase()} organizations`,
          ),
        ),
      ),
      section('Data', [
        ...data.map((d) => item(d.name, d.url, d.description)),
        item(
          'NIST Cybersecurity Framework 1.1 index',
          url(urls.csf()),
          'every CSF function, category and subcategory HICP cites, with the sub-practices that cite it',
        ),
        item(
          'NIST Cybersecurity Framework 2.0 index',
          url(urls.csf2()),
          "every CSF 2.0 element HICP's CSF 1.1 codes reach by NIST's own mapping (from NIST's CSF 2.0 catalog, not made by HHS), with NIST's outcomes and the sub-practices that reach each",
        ),
      ]),
      section('Optional', [
        item('About HICP Guide', url(urls.about())),
        item('Glossary', url(urls.glossary())),
        item('Downloads', url(urls.downloads()), 'offline copy and these data files'),
        ...site.officialPdfs.map((p) => item(`${p.label} (official PDF)`, p.url)),
      ]),
    ].join('\n\n') + '\n'
  );
}
