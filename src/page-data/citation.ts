/**
 * "Cite this page" in three forms (plain text, Markdown, BibTeX) from the publication's facts: the
 * author (HHS 405(d) Task Group), the item, the volume, the edition year, our URL and an accessed date.
 * The URL is absolute when SITE_URL is configured; otherwise it is the page's path, which the page
 * script replaces with the address the page is read at.
 */
export interface CitationInput {
  /** "4.M.D", "Threat 2", "Practice 4". */
  label: string;
  title: string;
  /** The volume's full title, e.g. "Technical Volume 1: Cybersecurity Practices for …". */
  volume: string;
  /** The publication's title and edition year. */
  publication: string;
  edition: string;
  url: string;
  /** YYYY-MM-DD. */
  accessed: string;
}

export const CITE_AUTHOR = 'HHS 405(d) Task Group';

export interface Citation {
  text: string;
  markdown: string;
  bibtex: string;
}

export function citation(c: CitationInput): Citation {
  // "Threat 2: Ransomware Attack"; a sub-practice's ID and title read as one ("4.M.D Backup Strategies").
  const item = /^(Threat|Practice) /.test(c.label)
    ? `${c.label}: ${c.title}`
    : `${c.label} ${c.title}`;
  // The main document's title is the publication's: name it once.
  const volume = c.volume === c.publication ? '' : `, ${c.volume}`;
  const inWork = `${c.publication}${volume} (${c.edition} edition)`;
  const rendered = 'Rendered by HICP Guide';
  const key = `hicp${c.edition}-${c.label.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
  return {
    text: `${CITE_AUTHOR}. "${item}." In ${inWork}. ${rendered}. ${c.url} (accessed ${c.accessed}).`,
    markdown: `${CITE_AUTHOR}. "[${item}](${c.url})." In *${c.publication}*${volume} (${c.edition} edition). ${rendered}, accessed ${c.accessed}.`,
    bibtex: [
      `@misc{${key},`,
      `  author = {{${CITE_AUTHOR}}},`,
      `  title = {${item}},`,
      `  booktitle = {${c.publication}${volume}},`,
      `  year = {${c.edition}},`,
      `  howpublished = {HICP Guide},`,
      `  url = {${c.url}},`,
      `  urldate = {${c.accessed}}`,
      `}`,
    ].join('\n'),
  };
}
