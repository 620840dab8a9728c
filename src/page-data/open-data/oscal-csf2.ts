/**
 * /data/oscal/hicp-csf2-mapping.json: an OSCAL 1.2.1 mapping from the HICP catalog to NIST's own
 * OSCAL catalog of CSF 2.0 (release 1.2.0). Each map is one sub-practice and one CSF 2.0 element it
 * reaches: the publication cites a CSF 1.1 code, and NIST's catalog says where that code went. Its
 * own file beside the CSF 1.1 mapping (hicp-csf-mapping.json), which stays as it is: the two target
 * different catalogs, and a tool loads one mapping per pair of catalogs.
 */
import { CSF2_RELATION_WORDS } from '../../lib/csf2';
import { CSF2_PIN, CSF2_PUBLISHED_URL } from '../../lib/csf2-source';
import { absolute, type OpenDataContext } from './context';
import { controlId, HICP_NS, metadata, oscalFiles, withUuid } from './oscal';
import { uuidV5 } from './uuid';

export const CSF2_MAPPING_FILE = 'oscal/hicp-csf2-mapping.json';

/** One map's content: a sub-practice, a CSF 2.0 element and the CSF 1.1 codes that lead there. */
export interface Csf2Map {
  sub: string;
  id: string;
  via: { code: string; relation: keyof typeof CSF2_RELATION_WORDS }[];
}

/** Every (sub-practice, CSF 2.0 element) pair HICP reaches, in sub-practice and then code order. */
export function csf2Maps(ctx: OpenDataContext): Csf2Map[] {
  const { graph } = ctx;
  return graph.subPractices.flatMap((s) => {
    const paths = graph.csf2For(s.data.id);
    return graph.csf2Ids(s.data.id).map((id) => ({
      sub: s.data.id,
      id,
      via: paths.flatMap((r) =>
        r.targets.filter((t) => t.id === id).map((t) => ({ code: r.code, relation: t.relation })),
      ),
    }));
  });
}

/** "4.M.D reaches PR.DS-11 through CSF 1.1 PR.IP-4 (moved to PR.DS-11), by NIST's mapping." */
const sentence = (m: Csf2Map) =>
  `${m.sub} reaches ${m.id} through CSF 1.1 ${m.via
    .map((v) =>
      v.relation === 'unchanged'
        ? `${v.code} (unchanged)`
        : `${v.code} (${CSF2_RELATION_WORDS[v.relation]} ${m.id})`,
    )
    .join(', ')}, by NIST's mapping.`;

export function oscalCsf2Mapping(ctx: OpenDataContext) {
  const { graph, urls } = ctx;
  const catalog = graph.csf2Catalog;
  const maps = csf2Maps(ctx);
  const unmapped = graph.subPractices.filter((s) => graph.csf2Ids(s.data.id).length === 0);
  const description = `Each map records that a HICP sub-practice reaches a NIST Cybersecurity Framework 2.0 function, category or subcategory: the publication cites a CSF 1.1 code, and NIST's own CSF 2.0 catalog (version ${catalog.version}) says that code moved to, was incorporated into, or is unchanged as that element. That second step is NIST's mapping of CSF 1.1 onto 2.0, not a mapping made by HHS. The publication does not say how far a sub-practice and a framework element overlap, so every relationship is intersects-with. Each map's nist-csf-1.1 properties name the CSF 1.1 codes it comes through, with NIST's relation as their class.`;
  return withUuid('mapping-collection', {
    metadata: metadata(
      ctx,
      `${graph.site.acronym} ${graph.site.edition} sub-practices to NIST Cybersecurity Framework 2.0`,
      CSF2_MAPPING_FILE,
    ),
    provenance: {
      // People made both steps (HHS's citations, NIST's mapping); a program composed them.
      method: 'hybrid',
      'matching-rationale': 'semantic',
      status: 'complete',
      'mapping-description': description,
    },
    mappings: [
      {
        uuid: uuidV5('mapping:hicp-to-csf-2.0'),
        'source-resource': {
          type: 'catalog',
          href: absolute(ctx, urls.data(oscalFiles.catalog)),
        },
        'target-resource': {
          type: 'catalog',
          href: CSF2_PUBLISHED_URL,
          props: [
            { name: 'catalog-version', ns: HICP_NS, value: catalog.version },
            { name: 'catalog-uuid', ns: HICP_NS, value: catalog.uuid },
          ],
          remarks: `${catalog.title}, version ${catalog.version} (published ${catalog.published.slice(0, 10)}): NIST's OSCAL catalog of CSF 2.0, from the ${CSF2_PIN.source.repository} repository at commit ${CSF2_PIN.source.commit}, SHA-256 ${CSF2_PIN.sha256}.`,
        },
        maps: maps.map((m) => ({
          uuid: uuidV5(`map:csf-2.0:${m.sub}:${m.id}`),
          relationship: 'intersects-with',
          sources: [{ type: 'control', 'id-ref': controlId(m.sub) }],
          targets: [
            {
              type: 'control',
              'id-ref': m.id,
              ...(graph.csf2Element(m.id).level === 'function'
                ? { remarks: `${m.id} is a CSF 2.0 function: a group in NIST's catalog.` }
                : {}),
            },
          ],
          props: m.via.map((v) => ({
            name: 'nist-csf-1.1',
            ns: HICP_NS,
            value: v.code,
            class: v.relation,
          })),
          remarks: sentence(m),
        })),
        ...(unmapped.length
          ? {
              'source-gap-summary': {
                uuid: uuidV5('gap:hicp-to-csf-2.0'),
                'unmapped-controls': [{ 'with-ids': unmapped.map((s) => controlId(s.data.id)) }],
              },
            }
          : {}),
      },
    ],
  });
}
