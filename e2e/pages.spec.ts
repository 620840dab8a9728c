/** Every item has its page with the right ID and title, and every relationship shows from both ends. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from './select';
import { graph, urls } from './helpers';
import { volumeForSize } from '../src/lib/graph';

async function page(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return fromHtml(await res.text());
}

test('every threat page: ID, title, practices that mitigate it, disclaimer', async ({
  request,
}) => {
  for (const t of graph.threats) {
    const doc = await page(request, urls.threat(t.data.number));
    expect(selectAll(doc, 'h1').text()).toEqual([t.data.title]);
    expect(selectAll(doc, '.badge.id').text()[0]).toBe(`T${t.data.number}`);
    const hrefs = selectAll(doc, 'section[aria-labelledby="mitigating-practices"] ul a').attr(
      'href',
    );
    expect(hrefs).toEqual(
      graph.practicesFor(t.data.number).map((p) => urls.practice(p.data.number)),
    );
    expect(selectAll(doc, 'footer').text()[0]).toContain(
      'not an official publication of the U.S. Department of Health and Human Services',
    );
  }
});

test('every practice page: threats mitigated and all its sub-practices by size', async ({
  request,
}) => {
  for (const p of graph.practices) {
    const n = p.data.number;
    const doc = await page(request, urls.practice(n));
    expect(selectAll(doc, 'h1').text()).toEqual([p.data.title]);
    expect(
      selectAll(doc, 'section[aria-labelledby="threats-mitigated"] ul a').attr('href'),
    ).toEqual(graph.threatsFor(n).map((t) => urls.threat(t.data.number)));
    const subLinks = selectAll(doc, 'section[aria-labelledby="sub-practices"] li a').attr('href');
    expect(subLinks).toEqual(graph.subPracticesOf(n).map((s) => urls.subPractice(s.data.id)));
  }
});

test('every sub-practice page: ID, title, practice, threats, CSF, siblings and other sizes', async ({
  request,
}) => {
  expect(graph.subPractices).toHaveLength(89);
  for (const s of graph.subPractices) {
    const { id, practice, title, csf } = s.data;
    const doc = await page(request, urls.subPractice(id));
    expect(selectAll(doc, 'h1').text(), id).toEqual([title]);
    expect(selectAll(doc, '.badge.id').text()[0]).toBe(id);
    expect(selectAll(doc, 'main a').attr('href')).toContain(urls.practice(practice));
    expect(selectAll(doc, 'section[aria-labelledby="threats"] li a').attr('href')).toEqual(
      graph.threatsFor(practice).map((t) => urls.threat(t.data.number)),
    );
    expect(selectAll(doc, 'section[aria-labelledby="csf"] tbody th').text()).toEqual(csf);
    expect(selectAll(doc, 'section[aria-labelledby="siblings"] li a').attr('href')).toEqual(
      graph.siblings(id).map((x) => urls.subPractice(x.data.id)),
    );
    expect(selectAll(doc, 'section[aria-labelledby="other-sizes"] li a').attr('href')).toEqual(
      graph.otherSizes(id).flatMap((g) => g.items.map((x) => urls.subPractice(x.data.id))),
    );
    expect(selectAll(doc, '.breadcrumbs a').attr('href')).toContain(
      urls.volume(volumeForSize(s.data.size)),
    );
    expect(selectAll(doc, '.unconfirmed').text().length, `${id} unconfirmed note`).toBe(
      s.data.unconfirmed ? 1 : 0,
    );
  }
});

test('volumes and chapters list their contents in order', async ({ request }) => {
  for (const v of graph.volumes) {
    const doc = await page(request, urls.volume(v.data.volume));
    expect(selectAll(doc, 'h1').text()).toEqual([v.data.title]);
  }
  for (const c of graph.chapters) {
    const doc = await page(request, urls.chapter(c.data.volume, c.data.practice));
    const expected = graph
      .subPracticesOf(c.data.practice)
      .filter((s) => volumeForSize(s.data.size) === c.data.volume)
      .map((s) => urls.subPractice(s.data.id));
    const listed = selectAll(doc, 'section[aria-labelledby$="-sub-practices"] li a').attr('href');
    expect(listed, c.id).toEqual(expected);
    expect(selectAll(doc, '.unconfirmed').text().length, `${c.id} unconfirmed note`).toBe(
      c.data.unconfirmed ? 1 : 0,
    );
  }
});

test('the matrix shows each practice-threat pair the graph holds', async ({ request }) => {
  const doc = await page(request, urls.matrix());
  const rows = selectAll(doc, 'table.matrix tbody tr');
  expect(rows.nodes).toHaveLength(10);
  const checks = selectAll(doc, 'table.matrix tbody td span[aria-hidden="true"]').nodes.length;
  expect(checks).toBe(graph.practices.reduce((n, p) => n + p.data.mitigates.length, 0));
});

test('IDs written in prose are links to their items', async ({ request }) => {
  const doc = await page(request, urls.subPractice('4.M.D'));
  const idLinks = selectAll(doc, 'main a.id-link');
  expect(idLinks.nodes.length).toBeGreaterThan(0);
  for (const [i, text] of idLinks.text().entries()) {
    expect(idLinks.attr('href')[i]).toMatch(/^\/(sub-practices|practices|threats)\//);
    expect(text).toMatch(/^(\d{1,2}\.[SML]\.[A-Z]|Practice \d+|Threat \d)$/);
  }
});

test('glossary terms have stable anchors and the about page links the official PDFs', async ({
  request,
}) => {
  const doc = await page(request, urls.glossary());
  expect(selectAll(doc, '.terms h2').attr('id')).toEqual(graph.glossary.map((g) => g.slug));
  const about = await page(request, urls.about());
  const hrefs = selectAll(about, 'main a').attr('href');
  for (const pdf of graph.site.officialPdfs) expect(hrefs).toContain(pdf.url);
});
