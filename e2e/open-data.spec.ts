/**
 * Open data as the build wrote it: every file listed on the Downloads page with its real size and
 * SHA-256, valid against its schema, served, inside the offline zip byte for byte; the NIST CSF pages
 * list exactly what the graph gives; the trainer's and the analyst's paths work in the browser.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'csv-parse/sync';
import { ROOT, graph, urls } from './helpers';
import { selectAll } from './select';
import { oscalSchema, schemaValidator, type OscalModel } from '../tests/support/json-schema';
import { csfNodes } from '../src/page-data/csf-pages';
import { unzipOffline } from '../tests/support/build';
import { controlsOf, resolveProfile } from '../tests/support/oscal-resolve';
import { SIZES } from '../src/lib/ids';
import { csf2Href, csf2Nodes } from '../src/page-data/csf2-pages';
import { CSF2_CATALOG_FILE } from '../src/lib/csf2-source';

const DIST = join(ROOT, 'dist');
const built = (sitePath: string) => readFileSync(join(DIST, sitePath));
const page = (sitePath: string) => fromHtml(built(sitePath).toString('utf8'));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const dataOnDisk = (readdirSync(join(DIST, 'data'), { recursive: true }) as string[])
  .filter((f) => f.includes('.'))
  .map((f) => `data/${f.split('\\').join('/')}`)
  .sort();

test('the Downloads page lists every data file with its real size and SHA-256', () => {
  const tree = page('downloads/index.html');
  const items = selectAll(tree, 'li[data-data-file]').nodes;
  const listed = items.map((li) => urls.sitePath(String(li.properties.dataDataFile))!);
  expect([...listed].sort()).toEqual(dataOnDisk);
  expect(dataOnDisk).toHaveLength(11);
  for (const li of items) {
    const file = urls.sitePath(String(li.properties.dataDataFile))!;
    const bytes = built(file);
    const root = { type: 'root' as const, children: [li] };
    expect(selectAll(root, '[data-bytes]').attr('dataBytes')[0], file).toBe(String(bytes.length));
    expect(selectAll(root, 'code.hash').text()[0], file).toBe(sha256(bytes));
    expect(selectAll(root, 'a').attr('href')[0]).toBe(urls.ofSitePath(file));
  }
});

test('every JSON and OSCAL file the build wrote is valid against its schema', () => {
  const json = (file: string) => JSON.parse(built(file).toString('utf8'));
  const hicp = schemaValidator(json('data/hicp.schema.json'), '2020-12');
  expect(hicp(json('data/hicp.json')).join('\n')).toBe('');
  const oscal: [string, OscalModel][] = [
    ['data/oscal/hicp-catalog.json', 'catalog'],
    ['data/oscal/hicp-profile-small.json', 'profile'],
    ['data/oscal/hicp-profile-medium.json', 'profile'],
    ['data/oscal/hicp-profile-large.json', 'profile'],
    ['data/oscal/hicp-csf-mapping.json', 'mapping'],
    ['data/oscal/hicp-csf2-mapping.json', 'mapping'],
  ];
  for (const [file, model] of oscal)
    expect(schemaValidator(oscalSchema(model))(json(file)).join('\n'), file).toBe('');
  expect(json('data/hicp.json').subPractices).toHaveLength(graph.subPractices.length);
});

test('every data file, llms.txt and the Markdown pages are in the offline zip, byte for byte', () => {
  const zip = unzipSync(built('downloads/hicp-guide-offline.zip'));
  const inZip = (sitePath: string) => zip[`hicp-guide-offline/${sitePath}`];
  const md = graph.subPractices.map((s) =>
    urls.sitePath(urls.itemMarkdown({ kind: 'subPractice', id: s.data.id }))!,
  );
  for (const file of [...dataOnDisk, 'llms.txt', ...md]) {
    expect(inZip(file), file).toBeDefined();
    expect(sha256(inZip(file)!), file).toBe(sha256(built(file)));
  }
});

test('the data say what the pages say: title, summary, size and CSF codes of every sub-practice', () => {
  const data = JSON.parse(built('data/hicp.json').toString('utf8'));
  expect(data.subPractices).toHaveLength(graph.subPractices.length);
  for (const s of data.subPractices) {
    // Root-relative without SITE_URL, absolute with it: the path is what names the page.
    const html = page(urls.fileOfUrl(new URL(s.url, 'http://localhost').pathname)!);
    expect(selectAll(html, 'main h1').text()[0], s.id).toBe(s.title);
    expect(selectAll(html, 'main p.lead').text()[0], s.id).toBe(s.summary);
    expect(selectAll(html, 'main .eyebrow .badge').text().join(' '), s.id).toContain(
      { small: 'Small', medium: 'Medium', large: 'Large' }[s.size as string],
    );
    expect(selectAll(html, 'section:has(#csf) tbody th').text(), s.id).toEqual(s.csf);
  }
});

/**
 * Each sub-practice's CSF 2.0 references derived here, independently of the site's code, from NIST's
 * catalog as vendored: a CSF 1.1 code that NIST withdrew leads where its links say; one it kept
 * leads to itself, its number zero-padded.
 */
function csf2FromCatalog(): Map<string, string[]> {
  type El = { id: string; props?: { name: string; value: string }[]; links?: { href: string }[] };
  type Node = El & { controls?: Node[] };
  const { catalog } = JSON.parse(readFileSync(join(ROOT, CSF2_CATALOG_FILE), 'utf8')) as {
    catalog: { groups: Node[] };
  };
  const byId = new Map<string, El>();
  const walk = (n: Node) => {
    byId.set(n.id, n);
    n.controls?.forEach(walk);
  };
  catalog.groups.forEach(walk);
  const targets = (code: string) => {
    const el = byId.get(code.replace(/-(\d)$/, '-0$1'))!;
    const withdrawn = el.props?.some((p) => p.name === 'status' && p.value === 'withdrawn');
    return withdrawn ? (el.links ?? []).map((l) => l.href) : [el.id];
  };
  return new Map(
    graph.subPractices.map((s) => [s.data.id, [...new Set(s.data.csf.flatMap(targets))]]),
  );
}

test('CSF 2.0: the pages, hicp.json, sub-practices.csv and the OSCAL mapping all say what NIST’s catalog says', () => {
  const expected = csf2FromCatalog();
  expect(expected.get('4.M.D')).toEqual(['PR.DS-11']);
  const json = JSON.parse(built('data/hicp.json').toString('utf8')) as {
    subPractices: { id: string; csf2: string[] }[];
  };
  const csv: Record<string, string>[] = parse(built('data/sub-practices.csv'), {
    bom: true,
    columns: true,
  } as never);
  const mapping = JSON.parse(built('data/oscal/hicp-csf2-mapping.json').toString('utf8'));
  const maps = mapping['mapping-collection'].mappings[0].maps as {
    sources: { 'id-ref': string }[];
    targets: { 'id-ref': string }[];
  }[];
  for (const [id, want] of expected) {
    const html = page(urls.fileOfUrl(urls.subPractice(id))!);
    // Each CSF 1.1 code lists its targets, so a target two codes share shows twice: once each here.
    const onPage = selectAll(html, '.csf2-map ul a.csf-code').text();
    expect([...new Set(onPage)], `${id}: page`).toEqual(want);
    expect(json.subPractices.find((s) => s.id === id)!.csf2, `${id}: hicp.json`).toEqual(want);
    const row = csv.find((r) => r.ID === id)!['NIST CSF 2.0'];
    expect(row ? row.split('; ') : [], `${id}: sub-practices.csv`).toEqual(want);
    const mapped = maps
      .filter((m) => m.sources[0]!['id-ref'] === `hicp-${id.toLowerCase()}`)
      .map((m) => m.targets[0]!['id-ref']);
    expect(mapped, `${id}: OSCAL mapping`).toEqual(want);
  }
});

test('the offline copy lists the same data files on its Downloads page', () => {
  const zip = unzipSync(built('downloads/hicp-guide-offline.zip'));
  const tree = fromHtml(
    Buffer.from(zip['hicp-guide-offline/downloads/index.html']!).toString('utf8'),
  );
  const hashes = selectAll(tree, 'li[data-data-file] code.hash').text();
  expect(hashes).toEqual(
    selectAll(page('downloads/index.html'), 'li[data-data-file] code.hash').text(),
  );
  expect(hashes).toHaveLength(dataOnDisk.length);
});

test('an analyst downloads sub-practices.csv and filters it by size', async ({ request }) => {
  const res = await request.get(urls.data('sub-practices.csv'));
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect(sha256(body)).toBe(sha256(built('data/sub-practices.csv')));
  const rows: Record<string, string>[] = parse(body, { bom: true, columns: true } as never);
  expect(rows.filter((r) => r.Size === 'large').map((r) => r.ID)).toEqual(
    graph.subPracticesOfSize('large').map((s) => s.data.id),
  );
});

test('each NIST CSF page lists exactly the sub-practices that cite its code', () => {
  for (const node of csfNodes(graph)) {
    const file = urls.fileOfUrl(urls.csfCode(node.entry.code))!;
    // The heading sits in its anchor box (.heading-wrap); the list follows the box.
    const links = selectAll(
      page(file),
      ':is(#cited-by, .heading-wrap:has(#cited-by)) ~ ul a[href]',
    ).attr('href');
    expect(links, node.entry.code).toEqual(node.citedBy.map((s) => urls.subPractice(s.data.id)));
  }
  const index = selectAll(page('csf/index.html'), 'main h1 ~ * a[href^="/csf/"]').attr('href');
  // The CSF 2.0 links beside each code are checked with the CSF 2.0 pages.
  expect(new Set(index.filter((h) => !h.startsWith(urls.csf2())))).toEqual(
    new Set(csfNodes(graph).map((n) => urls.csfCode(n.entry.code))),
  );
});

test('a trainer follows PR.IP-4 from 4.M.D to its CSF page and sees 4.M.D there', async ({
  page: browser,
}) => {
  await browser.goto(urls.subPractice('4.M.D'));
  await browser
    .locator('#csf ~ table, .heading-wrap:has(#csf) ~ table, section:has(#csf) table')
    .getByRole('link', { name: 'PR.IP-4' })
    .click();
  await expect(browser).toHaveURL(urls.csfCode('PR.IP-4'));
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText('PR.IP-4');
  await expect(
    browser.getByRole('link', { name: graph.subPractice('4.M.D').data.title }),
  ).toHaveAttribute('href', urls.subPractice('4.M.D'));
});

test('each CSF 2.0 page lists the sub-practices that reach it; the CSF 1.1 pages link there and back', () => {
  for (const node of csf2Nodes(graph)) {
    const html = page(urls.fileOfUrl(urls.csf2Code(node.element.id))!);
    const links = selectAll(
      html,
      ':is(#reached-by, .heading-wrap:has(#reached-by)) ~ ul a[href]',
    ).attr('href');
    expect(links, node.element.id).toEqual(
      node.reachedBy.map((r) => urls.subPractice(r.sub.data.id)),
    );
    const back = selectAll(
      html,
      ':is(#from-csf-1-1, .heading-wrap:has(#from-csf-1-1)) ~ ul a',
    ).attr('href');
    expect(back, node.element.id).toEqual(node.from.map((f) => urls.csfCode(f.code)));
  }
  for (const node of csfNodes(graph)) {
    const html = page(urls.fileOfUrl(urls.csfCode(node.entry.code))!);
    const to = selectAll(html, 'section:has(#csf-2-0) .csf2-map a').attr('href');
    expect(to, node.entry.code).toEqual(
      graph.csf2Of(node.entry.code).targets.map((t) => csf2Href(graph, urls, t.id)),
    );
  }
  // The index links every CSF 2.0 page, and shows the functions and categories above them.
  const index = selectAll(page('csf/2.0/index.html'), 'main h1 ~ * a[href^="/csf/2.0/"]').attr(
    'href',
  );
  expect(new Set(index.filter((h) => !h.includes('#')))).toEqual(
    new Set(csf2Nodes(graph).map((n) => urls.csf2Code(n.element.id))),
  );
  expect(csf2Nodes(graph).map((n) => n.element.id)).toEqual(graph.csf2Reached());
});

test('an analyst follows PR.IP-4 on 4.M.D to CSF 2.0 PR.DS-11, sees 4.M.D there, and goes back to CSF 1.1', async ({
  page: browser,
}) => {
  const outcome = graph.csf2Element('PR.DS-11').statement;
  await browser.goto(urls.subPractice('4.M.D'));
  const mapping = browser.locator('.csf2-map > li', { hasText: 'PR.IP-4' });
  await expect(mapping).toContainText(/^PR\.IP-4 moved to:\s*PR\.DS-11/);
  await expect(mapping.locator('q')).toHaveText(outcome);
  await expect(
    browser.locator('#csf-2-0 ~ .source-note, .heading-wrap:has(#csf-2-0) ~ .source-note'),
  ).toContainText("NIST's mapping of CSF 1.1 onto CSF 2.0");
  await mapping.getByRole('link', { name: 'PR.DS-11' }).click();
  await expect(browser).toHaveURL(urls.csf2Code('PR.DS-11'));
  await expect(browser.getByRole('heading', { level: 1 })).toHaveText('PR.DS-11');
  await expect(browser.locator('main p.lead')).toContainText(outcome);
  await expect(
    browser.getByRole('link', { name: graph.subPractice('4.M.D').data.title }),
  ).toHaveAttribute('href', urls.subPractice('4.M.D'));
  await browser.locator('main').getByRole('link', { name: 'PR.IP-4', exact: true }).click();
  await expect(browser).toHaveURL(urls.csfCode('PR.IP-4'));
  await expect(
    browser.locator('section:has(#csf-2-0)').getByRole('link', { name: 'PR.DS-11' }),
  ).toHaveAttribute('href', urls.csf2Code('PR.DS-11'));
});

test('the search finds the CSF pages', async ({ page: browser }) => {
  await browser.goto(`${urls.search()}?q=${encodeURIComponent('Awareness and Training')}&kind=csf`);
  await expect(browser.locator('#search-status')).toContainText('result');
  const hits = await browser
    .locator('#search-results > li a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hits).toContain(urls.csfCode('PR.AT'));
});

test('llms.txt and the Markdown pages are served as text, and the About page links the data', async ({
  request,
}) => {
  const llms = await request.get(urls.llmsTxt());
  expect(llms.headers()['content-type']).toContain('text/plain');
  expect(await llms.text()).toContain('# HICP Guide');
  const md = await request.get(urls.itemMarkdown({ kind: 'subPractice', id: '4.M.D' }));
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain('# 4.M.D ');
  const about = selectAll(page('about/index.html'), 'main a').attr('href');
  expect(about).toEqual(
    expect.arrayContaining([urls.data('hicp.json'), urls.downloads(), urls.csf(), urls.csf2()]),
  );
});

test('each profile in the unzipped offline copy resolves, from its own files, to 19 / 36 / 70 controls with their threats', () => {
  const zip = unzipOffline(join(DIST, 'downloads', 'hicp-guide-offline.zip'));
  try {
    const folder = join(zip.folder, 'data', 'oscal');
    const counts = SIZES.map((size) => {
      // The resolver reads files only (no network): it follows the href the profile gives.
      const { catalog } = resolveProfile(join(folder, `hicp-profile-${size}.json`));
      expect(schemaValidator(oscalSchema('catalog'))({ catalog }).join('\n'), size).toBe('');
      const controls = controlsOf(catalog);
      const resources = new Set((catalog['back-matter']?.resources ?? []).map((r) => r.uuid));
      for (const c of controls) {
        const id = (c.props as { name: string; value: string }[]).find((p) => p.name === 'label')!;
        const practice = Number(id.value.split('.')[0]);
        const threats = (c.props as { name: string; value: string }[])
          .filter((p) => p.name === 'mitigates-threat')
          .map((p) => p.value);
        expect(threats, id.value).toEqual(
          graph.threatsFor(practice).map((t) => `T${t.data.number}`),
        );
        // The threat links resolve inside the resolved catalog too.
        const links = (c.links ?? []).filter((l) => l.rel === 'mitigates');
        expect(links).toHaveLength(threats.length);
        for (const l of links) expect(resources.has(l.href.slice(1)), l.href).toBe(true);
      }
      expect(controls.map((c) => c.id).sort()).toEqual(
        graph
          .applicableTo(size)
          .map((s) => `hicp-${s.data.id.toLowerCase()}`)
          .sort(),
      );
      return controls.length;
    });
    expect(counts).toEqual([19, 36, 70]);
  } finally {
    zip.cleanup();
  }
});
