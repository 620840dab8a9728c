import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { recordFromTree, recordsFromTree } from './records';

describe('offline search records', () => {
  test('title, filters, ID and sections from the page markers', () => {
    const record = recordFromTree(
      fromHtml(`<main data-pagefind-body><h1>Backup Strategies</h1><p class="lead" data-pagefind-meta="summary">Keep copies.</p>
       <nav data-pagefind-ignore>skip me</nav><h2 id="why">Why it matters</h2><p>Restore fast.</p>
       <details id="by-size-small"><summary>Small</summary></details>
       <div hidden><span data-pagefind-filter="kind:sub-practice"></span><span data-pagefind-filter="size:medium"></span>
       <span data-pagefind-meta="id:4.M.D"></span></div></main>`),
      'sub-practices/4-m-d/',
    );
    expect(record).toMatchObject({
      url: 'sub-practices/4-m-d/',
      title: 'Backup Strategies',
      id: '4.M.D',
      kind: 'sub-practice',
      sizes: ['medium'],
      summary: 'Keep copies.',
    });
    expect(record!.sections).toEqual([
      { anchor: '', heading: 'Backup Strategies', text: 'Keep copies.' },
      { anchor: 'why', heading: 'Why it matters', text: 'Restore fast. Small' },
    ]);
    // Every id a result may open at, headings' and boxes' alike.
    expect(record!.anchors).toEqual(['why', 'by-size-small']);
    expect(recordFromTree(fromHtml('<main><h1>Not indexed</h1></main>'), 'x/')).toBeUndefined();
  });

  test('a page marked data-search-split gives one record per term, titled and linked to it', () => {
    const records = recordsFromTree(
      fromHtml(`<main data-pagefind-body><h1>Glossary</h1><p>81 terms.</p><div data-search-split>
       <h2 id="backup">Backup</h2><p>A separate copy of data.</p>
       <h2 id="mfa">Multifactor authentication (<abbr>MFA</abbr>)</h2><p>Two proofs of identity.</p></div>
       <div hidden><span data-pagefind-filter="kind:glossary"></span></div></main>`),
      'glossary/',
    );
    expect(records).toEqual([
      {
        url: 'glossary/#backup',
        title: 'Backup',
        kind: 'glossary',
        sizes: [],
        summary: 'A separate copy of data.',
        sections: [{ anchor: '', heading: 'Backup', text: 'A separate copy of data.' }],
        anchors: [],
      },
      {
        url: 'glossary/#mfa',
        title: 'Multifactor authentication (MFA)',
        kind: 'glossary',
        sizes: [],
        summary: 'Two proofs of identity.',
        sections: [
          {
            anchor: '',
            heading: 'Multifactor authentication (MFA)',
            text: 'Two proofs of identity.',
          },
        ],
        anchors: [],
      },
    ]);
  });
});
