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
  expect(dataOnDisk).toHaveLength(10);
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
  expect(new Set(index)).toEqual(new Set(csfNodes(graph).map((n) => urls.csfCode(n.entry.code))));
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
    expect.arrayContaining([urls.data('hicp.json'), urls.downloads(), urls.csf()]),
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
