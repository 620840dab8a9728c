/**
 * OSCAL 1.2.1 documents (NIST's format for control catalogs, imported by GRC tools):
 *   catalog       the 10 practices as groups, the sub-practices as controls, threats in back-matter
 *   profile-<s>   the controls an organization of size s follows (APPLIES_TO: large = medium + large)
 *   csf-mapping   each sub-practice → the NIST CSF 1.1 codes it cites
 * Ids are OSCAL tokens ("hicp-4.m.d"; the HICP ID is the `label` property); every uuid is name-based
 * (v5), and a document's own uuid is derived from its content, so the same content gives the same
 * document and a change gives a new uuid, as OSCAL asks. What a control means (its practice, the
 * threats it mitigates, a caveat) is carried on the control itself, so it survives profile resolution.
 */
import { createHash } from 'node:crypto';
import { APPLIES_TO, parseSubPracticeId, SIZES, type Size } from '../../lib/ids';
import { relativePath } from '../../lib/urls';
import { absolute, day, practiceId, relatedIds, threatId, type OpenDataContext } from './context';
import { uuidV5 } from './uuid';

export const OSCAL_VERSION = '1.2.1';
/**
 * Namespace of our own property and part names (OSCAL requires one for names it does not define).
 * An https URI, as tools such as compliance-trestle require, the same in every build and deployment:
 * it names a vocabulary, not a copy of the site (docs/decisions: OSCAL namespace and catalog href).
 */
export const HICP_NS = 'https://w3id.org/hicp-guide/oscal';
/** The NIST Cybersecurity Framework 1.1 (its DOI), the target of the CSF mapping. */
export const CSF_11 = 'https://doi.org/10.6028/NIST.CSWP.04162018';

export const controlId = (id: string) => `hicp-${id.toLowerCase()}`;
const groupId = (practice: number) => `p${practice}`;
const threatUuid = (n: number) => uuidV5(`threat:${n}`);
const PARTY = uuidV5('party:hicp-guide');

export const oscalFiles = {
  catalog: 'oscal/hicp-catalog.json',
  profile: (size: Size) => `oscal/hicp-profile-${size}.json`,
  mapping: 'oscal/hicp-csf-mapping.json',
};

/** The document's uuid: v5 of its kind and a hash of everything else in it. */
export function withUuid<K extends string, T extends object>(
  kind: K,
  body: T,
): Record<K, T & { uuid: string }> {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { [kind]: { uuid: uuidV5(`document:${kind}:${hash}`), ...body } } as Record<
    K,
    T & { uuid: string }
  >;
}

export function metadata(ctx: OpenDataContext, title: string, file: string) {
  const { site } = ctx.graph;
  return {
    title,
    'last-modified': ctx.date.toISOString(),
    version: `${site.edition} edition, built ${day(ctx.date)}`,
    'oscal-version': OSCAL_VERSION,
    links: [
      { href: absolute(ctx, ctx.urls.data(file)), rel: 'canonical' },
      { href: absolute(ctx, ctx.urls.home()), rel: 'alternate', 'media-type': 'text/html' },
    ],
    roles: [{ id: 'creator', title: 'Creator' }],
    parties: [{ uuid: PARTY, type: 'organization', name: 'HICP Guide' }],
    'responsible-parties': [{ 'role-id': 'creator', 'party-uuids': [PARTY] }],
    remarks: `An independent machine-readable edition of ${site.title} (${site.acronym}), ${site.edition} edition, by ${site.publisher}. It is not an official publication. IDs, titles, sizes and NIST CSF references follow the publication; summaries and guidance are HICP Guide's own words.`,
  };
}

const htmlLink = (href: string) => ({ href, rel: 'alternate', 'media-type': 'text/html' });

/** The sizes whose organizations follow a sub-practice of this size (large = medium + large). */
const APPLIES_TO_SIZE = Object.fromEntries(
  SIZES.map((size) => [size, SIZES.filter((s) => APPLIES_TO[s].includes(size))]),
) as Record<Size, Size[]>;

/** What the publication leaves unconfirmed about an item, as a part of its own (a caveat). */
const caveat = (id: string, text: string | undefined) =>
  text ? [{ id: `${id}_unc`, name: 'unconfirmed', ns: HICP_NS, prose: text }] : [];

export function oscalCatalog(ctx: OpenDataContext) {
  const { graph, urls } = ctx;
  const url = (u: string) => absolute(ctx, u);
  const control = (s: (typeof graph.subPractices)[number]) => {
    const { id, size, title, summary, csf, practice } = s.data;
    const cid = controlId(id);
    const parts = parseSubPracticeId(id)!;
    return {
      id: cid,
      class: 'sub-practice',
      title,
      props: [
        { name: 'label', value: id },
        {
          name: 'sort-id',
          value: `${String(practice).padStart(2, '0')}.${SIZES.indexOf(size) + 1}.${parts.letter.toLowerCase()}`,
        },
        { name: 'size', ns: HICP_NS, value: size },
        ...APPLIES_TO_SIZE[size].map((s) => ({ name: 'applies-to', ns: HICP_NS, value: s })),
        { name: 'practice', ns: HICP_NS, value: practiceId(practice) },
        ...graph.threatsFor(practice).map((t) => ({
          name: 'mitigates-threat',
          ns: HICP_NS,
          value: threatId(t.data.number),
        })),
        ...csf.map((code) => ({ name: 'nist-csf-1.1', ns: HICP_NS, value: code })),
      ],
      links: [
        htmlLink(url(urls.subPractice(id))),
        {
          href: url(urls.itemMarkdown({ kind: 'subPractice', id })),
          rel: 'alternate',
          'media-type': 'text/markdown',
        },
        ...graph.threatsFor(practice).map((t) => ({
          href: `#${threatUuid(t.data.number)}`,
          rel: 'mitigates',
        })),
        ...relatedIds(graph, id).map((r) => ({ href: `#${controlId(r)}`, rel: 'related' })),
      ],
      parts: [
        { id: `${cid}_smt`, name: 'statement', prose: summary },
        { id: `${cid}_gdn`, name: 'guidance', prose: s.body.trim() },
        ...caveat(cid, s.data.unconfirmed),
      ],
    };
  };
  return withUuid('catalog', {
    metadata: metadata(
      ctx,
      `${graph.site.title} (${graph.site.acronym} ${graph.site.edition}): catalog of practices`,
      oscalFiles.catalog,
    ),
    groups: graph.practices.map((p) => ({
      id: groupId(p.data.number),
      class: 'practice',
      title: p.data.title,
      props: [{ name: 'label', value: practiceId(p.data.number) }],
      links: [
        htmlLink(url(urls.practice(p.data.number))),
        ...graph.threatsFor(p.data.number).map((t) => ({
          href: `#${threatUuid(t.data.number)}`,
          rel: 'mitigates',
        })),
      ],
      parts: [
        { id: `${groupId(p.data.number)}_ovw`, name: 'overview', prose: p.data.summary },
        {
          id: `${groupId(p.data.number)}_data`,
          name: 'data-at-risk',
          ns: HICP_NS,
          prose: p.data.dataAtRisk,
        },
        ...caveat(groupId(p.data.number), p.data.unconfirmed),
      ],
      controls: graph.subPracticesOf(p.data.number).map(control),
    })),
    'back-matter': {
      resources: graph.threats.map((t) => ({
        uuid: threatUuid(t.data.number),
        title: `Threat ${t.data.number}: ${t.data.title}`,
        description: t.data.summary,
        props: [{ name: 'label', value: threatId(t.data.number) }],
        rlinks: [{ href: url(urls.threat(t.data.number)), 'media-type': 'text/html' }],
        ...(t.data.unconfirmed ? { remarks: `Unconfirmed: ${t.data.unconfirmed}` } : {}),
      })),
    },
  });
}

/** The catalog's address relative to another data file (both under data/). */
export const catalogHref = (fromFile: string) =>
  relativePath(`data/${fromFile}`, `data/${oscalFiles.catalog}`);

export function oscalProfile(ctx: OpenDataContext, size: Size) {
  const { graph } = ctx;
  const who = { small: 'small', medium: 'medium', large: 'large' }[size];
  return withUuid('profile', {
    metadata: {
      ...metadata(
        ctx,
        `${graph.site.acronym} ${graph.site.edition}: sub-practices for ${who} health care organizations`,
        oscalFiles.profile(size),
      ),
      props: [{ name: 'size', ns: HICP_NS, value: size }],
    },
    imports: [
      {
        // The sibling file: a tool follows it from the downloaded files, the offline copy or the
        // site alike (docs/decisions: OSCAL namespace and catalog href).
        href: catalogHref(oscalFiles.profile(size)),
        'include-controls': [
          { 'with-ids': graph.applicableTo(size).map((s) => controlId(s.data.id)) },
        ],
      },
    ],
    merge: { 'as-is': true },
  });
}

export function oscalCsfMapping(ctx: OpenDataContext) {
  const { graph } = ctx;
  const mapped = graph.subPractices.filter((s) => s.data.csf.length > 0);
  const unmapped = graph.subPractices.filter((s) => s.data.csf.length === 0);
  const description =
    'Each map records that a HICP sub-practice cites a NIST Cybersecurity Framework 1.1 function, category or subcategory, as the publication lists them. The publication does not say how far the two overlap, so every relationship is intersects-with.';
  return withUuid('mapping-collection', {
    metadata: metadata(
      ctx,
      `${graph.site.acronym} ${graph.site.edition} sub-practices to NIST Cybersecurity Framework 1.1`,
      oscalFiles.mapping,
    ),
    provenance: {
      method: 'human',
      'matching-rationale': 'semantic',
      status: 'complete',
      'mapping-description': description,
    },
    mappings: [
      {
        uuid: uuidV5('mapping:hicp-to-csf-1.1'),
        'source-resource': { type: 'catalog', href: catalogHref(oscalFiles.mapping) },
        'target-resource': { type: 'catalog', href: CSF_11 },
        maps: mapped.flatMap((s) =>
          s.data.csf.map((code) => ({
            uuid: uuidV5(`map:${s.data.id}:${code}`),
            relationship: 'intersects-with',
            sources: [{ type: 'control', 'id-ref': controlId(s.data.id) }],
            targets: [{ type: 'control', 'id-ref': code }],
          })),
        ),
        ...(unmapped.length
          ? {
              'source-gap-summary': {
                uuid: uuidV5('gap:hicp-to-csf-1.1'),
                'unmapped-controls': [{ 'with-ids': unmapped.map((s) => controlId(s.data.id)) }],
              },
            }
          : {}),
      },
    ],
  });
}
