/**
 * "Cite this page" in three forms (plain text, Markdown, BibTeX). The page is ours, so HICP Guide is
 * its author; the HHS publication it renders (the HHS 405(d) Task Group's, with its volume and
 * edition year) is named as the source. Each form has our URL and an accessed date. The URL is
 * absolute when SITE_URL is configured; otherwise it is the page's path, which the page script
 * replaces with the address the page is read at. BibTeX is an @online entry (biblatex's type for a
 * web page; classic BibTeX styles read it as @misc): author, title, year, url, urldate and a note
 * naming the source, all fields both read.
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
  /** The year the page was built: the date of this version of it. */
  year: string;
}

/** Who wrote the page: this site. */
export const CITE_AUTHOR = 'HICP Guide';
/** Who wrote the publication the page renders. */
export const SOURCE_AUTHOR = 'HHS 405(d) Task Group';

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
  const source = `${SOURCE_AUTHOR}, ${c.publication}${volume} (${c.edition} edition)`;
  const key = `hicpguide-${c.label.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
  return {
    text: `${CITE_AUTHOR}. "${item}." ${c.year}. ${c.url} (accessed ${c.accessed}). An independent rendering of: ${source}.`,
    markdown: `${CITE_AUTHOR}. "[${item}](${c.url})." ${c.year}. Accessed ${c.accessed}. An independent rendering of: ${SOURCE_AUTHOR}, *${c.publication}*${volume} (${c.edition} edition).`,
    bibtex: [
      `@online{${key},`,
      `  author = {{${CITE_AUTHOR}}},`,
      `  title = {${item}},`,
      `  year = {${c.year}},`,
      `  url = {${c.url}},`,
      `  urldate = {${c.accessed}},`,
      `  note = {An independent rendering of: ${source}}`,
      `}`,
    ].join('\n'),
  };
}
