/**
 * A small OSCAL profile resolver for the tests, faithful to NIST's profile resolution specification
 * for the features our profiles use: imports (each href resolved against the profile's own address,
 * as RFC 3986 says, and read from disk only: no network), `include-all` or `include-controls` with
 * `with-ids`, and `merge: as-is` (the catalog's groups kept around the selected controls, a group
 * with none left dropped). The result is a catalog whose back-matter keeps the resources that the
 * selected content links to. No modify, no nested profiles: anything else is refused, never skipped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Link {
  href: string;
  rel?: string;
}
interface Control {
  id: string;
  links?: Link[];
  controls?: Control[];
  [key: string]: unknown;
}
interface Group {
  id?: string;
  groups?: Group[];
  controls?: Control[];
  [key: string]: unknown;
}
interface Resource {
  uuid: string;
  [key: string]: unknown;
}
interface Catalog {
  uuid: string;
  metadata: Record<string, unknown>;
  groups?: Group[];
  controls?: Control[];
  'back-matter'?: { resources?: Resource[] };
}
interface Import {
  href: string;
  'include-all'?: object;
  'include-controls'?: { 'with-ids'?: string[]; [key: string]: unknown }[];
  'exclude-controls'?: unknown;
}
interface Profile {
  uuid: string;
  metadata: Record<string, unknown>;
  imports: Import[];
  merge?: { 'as-is'?: boolean; [key: string]: unknown };
  modify?: unknown;
}

export class ResolveError extends Error {}

/** Reads the JSON a file: URL names; any other scheme is refused (these tests use no network). */
function readJson(url: URL): Record<string, unknown> {
  if (url.protocol !== 'file:')
    throw new ResolveError(`${url.href}: only files on disk can be followed here`);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}

/** The profile at `file` resolved to a catalog of the controls it selects. */
export function resolveProfile(file: string): { catalog: Catalog } {
  const base = pathToFileURL(file);
  const { profile } = readJson(base) as { profile: Profile };
  if (!profile) throw new ResolveError(`${file}: not an OSCAL profile`);
  if (profile.modify) throw new ResolveError(`${file}: modify is not supported by this resolver`);
  if (profile.merge && profile.merge['as-is'] !== true)
    throw new ResolveError(`${file}: only merge as-is is supported by this resolver`);

  const groups: Group[] = [];
  const controls: Control[] = [];
  const resources = new Map<string, Resource>();
  for (const imp of profile.imports) {
    if (imp['exclude-controls']) throw new ResolveError(`${file}: exclude-controls not supported`);
    const source = readJson(new URL(imp.href, base)) as { catalog?: Catalog; profile?: unknown };
    if (!source.catalog)
      throw new ResolveError(`${imp.href}: imports must name a catalog here (not a profile)`);
    const wanted = selection(imp);
    const found = new Set<string>();
    const keep = (cs: Control[] | undefined) =>
      (cs ?? []).filter((c) => {
        const hit = wanted === 'all' || wanted.has(c.id);
        if (hit) found.add(c.id);
        return hit;
      });
    const prune = (g: Group): Group | undefined => {
      const kept = { ...g, groups: g.groups?.map(prune).filter((x) => x !== undefined) };
      kept.controls = keep(g.controls);
      if (!kept.groups?.length) delete kept.groups;
      if (!kept.controls.length) delete kept.controls;
      return kept.groups || kept.controls ? kept : undefined;
    };
    groups.push(...(source.catalog.groups ?? []).map(prune).filter((g) => g !== undefined));
    controls.push(...keep(source.catalog.controls));
    if (wanted !== 'all') {
      const missing = [...wanted].filter((id) => !found.has(id));
      if (missing.length)
        throw new ResolveError(`${imp.href} has no control ${missing.join(', ')}`);
    }
    for (const r of source.catalog['back-matter']?.resources ?? []) resources.set(r.uuid, r);
  }

  const body = { groups, controls };
  const linked = new Set(
    [...JSON.stringify(body).matchAll(/"href":"#([^"]+)"/g)].map((m) => m[1]!),
  );
  const kept = [...resources.values()].filter((r) => linked.has(r.uuid));
  return {
    catalog: {
      uuid: profile.uuid,
      metadata: {
        ...profile.metadata,
        links: [{ href: base.href, rel: 'source-profile' }],
      },
      ...(groups.length ? { groups } : {}),
      ...(controls.length ? { controls } : {}),
      ...(kept.length ? { 'back-matter': { resources: kept } } : {}),
    },
  };
}

function selection(imp: Import): 'all' | Set<string> {
  if (imp['include-all']) return 'all';
  const ids = (imp['include-controls'] ?? []).flatMap((c) => {
    if (Object.keys(c).some((k) => k !== 'with-ids'))
      throw new ResolveError(`${imp.href}: only with-ids selections are supported`);
    return c['with-ids'] ?? [];
  });
  if (!ids.length) throw new ResolveError(`${imp.href}: the import selects nothing`);
  return new Set(ids);
}

/** Every control of a catalog, groups flattened, in document order. */
export function controlsOf(catalog: Catalog): Control[] {
  const walk = (g: Group): Control[] => [...(g.controls ?? []), ...(g.groups ?? []).flatMap(walk)];
  return [...(catalog.controls ?? []), ...(catalog.groups ?? []).flatMap(walk)];
}
