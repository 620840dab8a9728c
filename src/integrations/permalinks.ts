/**
 * Post-build step "permalinks": adds the anchor aliases of content/redirects.yaml (an empty element
 * with the old id just before the heading that now has the new one) and writes dist/permalinks.json,
 * every public URL with its section anchors. The committed permalinks.json is the promise to
 * trainers: a build must keep every entry (a redirect page keeps a moved URL, an alias a moved
 * anchor). With UPDATE_PERMALINKS=1 (npm run permalinks) it also updates the committed file,
 * refusing when that would drop a promised URL or anchor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { AstroError } from 'astro/errors';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { contentDir, loadGraph } from '../lib/load-graph';
import { fileOf } from '../lib/urls';
import { refreshTarget, type BuiltPage } from './built-site';
import type { PipelineStep } from './step';

export type Manifest = Record<string, string[]>;

export const permalinksStep: PipelineStep = {
  name: 'permalinks',
  run({ site, settings, logger }) {
    for (const a of loadGraph().redirects.anchors) {
      const page = site.page(fileOf(a.page.slice(1)));
      if (!page || !addAlias(page.tree, a.to, a.from))
        throw new AstroError(
          `content/redirects.yaml: the anchor redirect ${a.page}#${a.from} → #${a.to} has no target: ${a.page} has no element with id "${a.to}".`,
          'Correct `page` or `to` in content/redirects.yaml: `to` is the id of the heading as the page now has it.',
        );
    }
    const built = collectPermalinks(site.pages);
    writeFileSync(join(site.dist, 'permalinks.json'), `${JSON.stringify(built, null, 1)}\n`);
    // The promise belongs to the project's own content; a build of a fixture tree or under a
    // sub-path has other URLs and is not compared with it.
    const committed = manifestPath(join(contentDir(), '..'));
    if (settings.base !== '/' || !existsSync(committed)) return;
    const lost = lostPermalinks(readManifest(committed), built);
    if (lost.length)
      logger.warn(
        `${lost.length} promised permalink(s) no longer exist: ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}. Add redirects in content/redirects.yaml.`,
      );
    if (process.env.UPDATE_PERMALINKS === '1') {
      if (lost.length)
        throw new AstroError(
          'permalinks.json not updated: some promised permalinks are lost.',
          'Add redirects for them in content/redirects.yaml first.',
        );
      writeFileSync(committed, `${JSON.stringify(built, null, 1)}\n`);
      logger.info(`updated permalinks.json: ${Object.keys(built).length} URLs`);
    }
  },
};

function addAlias(tree: Root, to: string, from: string): boolean {
  let done = false;
  visitParents(tree, 'element', (el: Element, ancestors) => {
    if (done || el.properties.id !== to) return;
    const parent = ancestors[ancestors.length - 1] as { children: unknown[] };
    parent.children.splice(parent.children.indexOf(el), 0, {
      type: 'element',
      tagName: 'span',
      properties: { id: from, className: ['anchor-alias'] },
      children: [],
    });
    done = true;
  });
  return done;
}

function redirectOf(tree: Root): string | undefined {
  let target: string | undefined;
  visit(tree, 'element', (el: Element) => {
    target ??= refreshTarget(el);
  });
  return target;
}

/**
 * URL → sorted section anchors of a built site: headings, and sections folded into a <details> with
 * an id of their own (a threat's "At your size" groups, #by-size-small). A redirect page answers for
 * its target's anchors.
 */
export function collectPermalinks(pages: Pick<BuiltPage, 'file' | 'url' | 'tree'>[]): Manifest {
  const found = new Map<string, { anchors: string[]; target?: string }>();
  for (const { file, url, tree } of pages) {
    if (file === '404.html') continue;
    const target = redirectOf(tree);
    const anchors = selectAll(
      'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], details[id], .anchor-alias[id]',
      tree,
    ).map((el) => String(el.properties.id));
    found.set(url, target ? { anchors: [], target } : { anchors });
  }
  const manifest: Manifest = {};
  for (const url of [...found.keys()].sort()) {
    const p = found.get(url)!;
    const anchors = p.target ? (found.get(p.target.split('#')[0]!)?.anchors ?? []) : p.anchors;
    manifest[url] = [...new Set(anchors)].sort();
  }
  return manifest;
}

/** Every URL and anchor the promise holds that the build lost, named: "/old/page/" or "/page/#anchor". */
export function lostPermalinks(promised: Manifest, built: Manifest): string[] {
  const lost: string[] = [];
  for (const [url, anchors] of Object.entries(promised)) {
    const now = built[url];
    if (!now) {
      lost.push(url);
      continue;
    }
    for (const a of anchors) if (!now.includes(a)) lost.push(`${url}#${a}`);
  }
  return lost;
}

export function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export const manifestPath = (root: string) => join(root, 'permalinks.json');
