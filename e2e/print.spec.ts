/** Whole-volume print pages and their PDFs. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { ROOT, graph, urls } from './helpers';
import { selectAll } from './select';
import { printPlan } from '../src/page-data/print-plan';
import { VOLUMES } from '../src/lib/schemas';

for (const v of VOLUMES) {
  test(`print page of ${v}: every item in order, ids unique, in-page links resolve`, async ({
    request,
  }) => {
    const res = await request.get(urls.printVolume(v));
    expect(res.status()).toBe(200);
    const doc = fromHtml(await res.text());
    const plan = printPlan(graph, urls, v);
    expect(selectAll(doc, 'section[data-print-item]').attr('id')).toEqual(
      plan.map((i) => i.anchor),
    );
    const ids = selectAll(doc, '[id]').attr('id');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const inPage = selectAll(doc, 'main a[href^="#"]').attr('href');
    expect(inPage.length).toBeGreaterThan(plan.length);
    for (const href of inPage) expect(ids, href).toContain(href.slice(1));
    // Links to other pages are absolute on the public address when one is configured (SITE_URL;
    // tests/site-url.test.ts); without one they stay site paths rather than name a made-up host.
    const rooted = selectAll(doc, 'main a[href^="/"]').attr('href');
    if (process.env.SITE_URL) expect(rooted).toEqual([]);
    else for (const href of rooted) expect((await request.get(href)).status(), href).toBe(200);
  });
}

test('npm run pdf renders three PDFs with an outline, tags and enough pages', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'hicp-pdf-'));
  const run = spawnSync(process.execPath, ['scripts/pdf.mjs', '--out', out, '--origin', baseURL!], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const minPages: Record<string, number> = { main: 15, small: 15, 'medium-large': 40 };
  for (const v of VOLUMES) {
    const pdf = readFileSync(join(out, `hicp-guide-${v}.pdf`)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf, `${v} outline`).toMatch(/\/Outlines\s+\d+ 0 R/);
    expect(pdf, `${v} tagged`).toContain('/StructTreeRoot');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, `${v} pages`).toBeGreaterThanOrEqual(minPages[v]!);
  }
});
