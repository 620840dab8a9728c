import { describe, expect, test } from 'vitest';
import {
  catalogProblems,
  csf2Counts,
  csf2Form,
  parseCsf2Catalog,
  relationOf,
  resolutionProblem,
  resolveCsf11,
  withdrawnWithoutTarget,
  type Csf2Catalog,
} from './csf2';
import { CSF2_PIN, readCsf2Catalog } from './csf2-source';

/** A small catalog in NIST's shape: one function, its categories and subcategories. */
function tiny(
  version = '1.2.0',
  links: { href: string; rel: string }[] = [{ href: 'PR.DS-11', rel: 'moved_to' }],
): unknown {
  const withdrawn = [{ name: 'status', value: 'withdrawn' }];
  return {
    catalog: {
      uuid: 'u',
      metadata: { title: 'CSF', version, published: '2026-05-13T12:30:00-00:00' },
      groups: [
        {
          id: 'PR',
          title: 'PROTECT',
          parts: [{ name: 'overview', prose: 'Safeguards are used' }],
          controls: [
            {
              id: 'PR.IP',
              title: 'Information Protection Processes and Procedures',
              props: withdrawn,
              parts: [{ name: 'statement' }],
              controls: [
                {
                  id: 'PR.IP-04',
                  title: 'PR.IP-04',
                  props: withdrawn,
                  parts: [{ name: 'statement', prose: 'Backups are tested' }],
                  links,
                },
              ],
            },
            {
              id: 'PR.DS',
              title: 'Data Security',
              parts: [{ name: 'statement', prose: 'Data are managed' }],
              controls: [
                {
                  id: 'PR.DS-11',
                  title: 'PR.DS-11',
                  parts: [{ name: 'statement', prose: 'Backups of data are created' }],
                },
                {
                  id: 'PR.DS-01',
                  title: 'PR.DS-01',
                  parts: [{ name: 'statement', prose: 'Data-at-rest is protected' }],
                },
              ],
            },
          ],
        },
      ],
    },
  };
}
const parse = (json: unknown) => parseCsf2Catalog(json).catalog!;

describe('reading the catalog', () => {
  test('functions, categories and subcategories, each with its statement, by ID in a category', () => {
    const c = parse(tiny());
    expect(c.elements.map((e) => e.id)).toEqual([
      'PR',
      'PR.DS',
      'PR.DS-01',
      'PR.DS-11',
      'PR.IP',
      'PR.IP-04',
    ]);
    expect(c.byId.get('PR')).toMatchObject({ level: 'function', name: 'Protect' });
    expect(c.byId.get('PR')!.statement).toBe('Safeguards are used');
    expect(c.byId.get('PR.DS-11')).toMatchObject({
      level: 'subcategory',
      parent: 'PR.DS',
      statement: 'Backups of data are created',
      withdrawn: false,
    });
    expect(c.byId.get('PR.IP')).toMatchObject({ withdrawn: true, statement: '', links: [] });
  });

  test('link relations with underscores or hyphens; any other is a problem', () => {
    expect(relationOf('moved_to')).toBe('moved-to');
    expect(relationOf('incorporated-into')).toBe('incorporated-into');
    expect(relationOf('replaced_by')).toBeUndefined();
    const hyphen = parse(tiny('1.2.0', [{ href: 'PR.DS-11', rel: 'moved-to' }]));
    expect(hyphen.byId.get('PR.IP-04')!.links).toEqual([{ relation: 'moved-to', id: 'PR.DS-11' }]);
    const odd = parseCsf2Catalog(tiny('1.2.0', [{ href: 'PR.DS-11', rel: 'replaced_by' }]));
    expect(odd.problems.map((p) => p.field)).toEqual(['PR.IP-04.links']);
  });

  test('a file that is not an OSCAL catalog is refused with the field named', () => {
    const { catalog, problems } = parseCsf2Catalog({ catalog: { uuid: 'u', groups: [] } });
    expect(catalog).toBeUndefined();
    expect(problems[0]!.field).toBe('catalog.metadata');
  });
});

describe('checks against the pinned release', () => {
  const pin = { version: '1.2.0', counts: csf2Counts(parse(tiny())) };
  test('a changed version is named with what to check', () => {
    const problems = catalogProblems(parse(tiny('1.3.0')), pin);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('catalog.metadata.version');
    expect(problems[0]!.problem).toBe('the version is 1.3.0; the build is pinned to 1.2.0');
    expect(problems[0]!.fix).toContain('withdrawn');
  });
  test('changed counts are named: an older catalog that marks nothing withdrawn fails', () => {
    const json = tiny() as { catalog: { groups: { controls: { props?: unknown }[] }[] } };
    const older = structuredClone(json);
    delete older.catalog.groups[0]!.controls[0]!.props;
    (
      older.catalog.groups[0]!.controls[0] as { controls: { props?: unknown }[] }
    ).controls[0]!.props = [];
    const problems = catalogProblems(parse(older), pin);
    expect(problems.map((p) => p.problem)).toEqual([
      "it holds 0 withdrawn subcategories with links; NIST's release 1.2.0 holds 1",
    ]);
  });
  test('a link to a missing or withdrawn element is a problem', () => {
    const missing = catalogProblems(
      parse(tiny('1.2.0', [{ href: 'PR.DS-99', rel: 'moved_to' }])),
      pin,
    );
    expect(missing.map((p) => p.problem)).toEqual([
      'PR.IP-04 is linked to PR.DS-99, which is not in the catalog',
    ]);
    const chained = catalogProblems(
      parse(tiny('1.2.0', [{ href: 'PR.IP', rel: 'moved_to' }])),
      pin,
    );
    expect(chained.map((p) => p.problem)).toEqual([
      'PR.IP-04 is linked to PR.IP, which is withdrawn itself',
    ]);
  });
});

describe('CSF 1.1 → 2.0 (derived from the links, nothing typed)', () => {
  const c = parse(tiny());
  test('the 2.0 form pads the number; categories and functions stay as they are', () => {
    expect(csf2Form('PR.IP-4')).toBe('PR.IP-04');
    expect(csf2Form('PR.IP-11')).toBe('PR.IP-11');
    expect(csf2Form('PR.DS')).toBe('PR.DS');
    expect(csf2Form('RC')).toBe('RC');
  });
  test('withdrawn with links, unchanged, withdrawn without a target, unknown', () => {
    expect(resolveCsf11(c, 'PR.IP-4')).toEqual({
      code: 'PR.IP-4',
      id: 'PR.IP-04',
      withdrawn: true,
      targets: [{ id: 'PR.DS-11', relation: 'moved-to' }],
    });
    expect(resolveCsf11(c, 'PR.DS-1')!.targets).toEqual([
      { id: 'PR.DS-01', relation: 'unchanged' },
    ]);
    expect(resolveCsf11(c, 'PR.DS')!.targets).toEqual([{ id: 'PR.DS', relation: 'unchanged' }]);
    expect(resolveCsf11(c, 'PR.IP')).toMatchObject({ withdrawn: true, targets: [] });
    expect(resolutionProblem(c, 'PR.IP')).toBeUndefined();
    expect(resolveCsf11(c, 'PR.DS-9')).toBeUndefined();
    expect(resolutionProblem(c, 'PR.DS-9')).toBe(
      "NIST's CSF 2.0 catalog has no element PR.DS-09 (the CSF 2.0 form of PR.DS-9)",
    );
  });
  test('a withdrawn subcategory without links does not resolve (the mapping was lost)', () => {
    const lost = parse(tiny('1.2.0', []));
    expect(resolutionProblem(lost, 'PR.IP-4')).toBe(
      "NIST's CSF 2.0 catalog marks PR.IP-04 withdrawn but names no CSF 2.0 element for it",
    );
  });
});

describe("NIST's release 1.2.0, as vendored", () => {
  const read = readCsf2Catalog();
  const catalog = read.catalog as Csf2Catalog;
  test('passes every check: hash, version, counts, links', () => {
    expect(read.problems).toEqual([]);
    expect(catalog.version).toBe(CSF2_PIN.version);
    expect(csf2Counts(catalog)).toEqual(CSF2_PIN.counts);
  });
  test('the examples NIST and the issue give', () => {
    const targets = (code: string) =>
      resolveCsf11(catalog, code)!.targets.map((t) => `${t.relation} ${t.id}`);
    expect(targets('PR.IP-4')).toEqual(['moved-to PR.DS-11']);
    expect(targets('PR.AC-1')).toEqual([
      'incorporated-into PR.AA-01',
      'incorporated-into PR.AA-05',
    ]);
    expect(targets('DE.CM-1')).toEqual(['unchanged DE.CM-01']);
    expect(targets('ID.GV-1')).toEqual([
      'incorporated-into GV.PO',
      'incorporated-into GV.PO-01',
      'incorporated-into GV.PO-02',
    ]);
    expect(targets('ID.SC')).toEqual(['incorporated-into GV.SC']);
    expect(targets('ID.GV')).toEqual(['incorporated-into GV']);
    expect(targets('RC')).toEqual(['unchanged RC']);
    expect(targets('PR.DS')).toEqual(['unchanged PR.DS']);
    expect(catalog.byId.get('GV')!.name).toBe('Govern');
  });
  test('the four withdrawn categories NIST gives no target', () => {
    expect(withdrawnWithoutTarget(catalog).map((e) => e.id)).toEqual([
      'PR.IP',
      'PR.PT',
      'DE.DP',
      'RS.RP',
    ]);
  });
});
