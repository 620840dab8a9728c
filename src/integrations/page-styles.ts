/**
 * Post-build step "styles": each hosted page keeps only the CSS rules that can apply to it. The one
 * stylesheet is inlined into every page (no extra request, works from file://), so every page paid
 * for the matrix, glossary, print-edition and search-page rules; a reading page must stay within
 * 12 KB gzip for a cold view.
 *
 * A rule goes only when every one of its selectors names a class or id that occurs nowhere the page
 * could get it from: not in its HTML, not in its inline scripts, not in any script the site can load
 * into it (search.js, keep.js, checklist.js, enhance.js build the search results, the saved copy's
 * controls, the checklist's controls, the heading anchors and "Copied" marks at runtime). Tags,
 * attributes, states and pseudo-classes never remove a rule (only the classes inside a one-selector
 * `:has()`, `:is()` or `:where()` count, as the element must match them too), so theme, Menu and
 * focus styles always stay. The offline copy is made before this step and keeps the whole
 * stylesheet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { transformSync } from 'esbuild';
import { createParser, type AstRule, type AstSelector } from 'css-selector-parser';
import postcss, { type Container, type Root as PostcssRoot, type Rule } from 'postcss';
import type { PipelineStep } from './step';

const parseSelector = createParser({ syntax: 'progressive' });

/** Every word a script could use as a class or id (a superset: all identifier-like words). */
export function scriptWords(js: string): Set<string> {
  return new Set(js.match(/[A-Za-z_][\w-]*/g) ?? []);
}

/** Pseudo-classes whose one selector argument must match too (":not(.x)" needs no x). */
const MATCHING_ARGUMENT = new Set(['has', 'is', 'where']);

/**
 * The classes and ids a selector needs: its own, and those of a single-selector `:has()`, `:is()`
 * or `:where()` argument (a list there may match through any one, so it adds nothing). Undefined
 * when it cannot be read, which keeps the rule.
 */
export function namesNeeded(selector: string): string[] | undefined {
  let ast: AstSelector;
  try {
    ast = parseSelector(selector);
  } catch {
    return undefined;
  }
  const names: string[] = [];
  const collect = (rule: AstRule) => {
    for (let r: AstRule | undefined = rule; r; r = r.nestedRule)
      for (const item of r.items)
        if (item.type === 'ClassName' || item.type === 'Id') names.push(item.name);
        else if (
          item.type === 'PseudoClass' &&
          MATCHING_ARGUMENT.has(item.name) &&
          item.argument?.type === 'Selector' &&
          item.argument.rules.length === 1
        )
          collect(item.argument.rules[0]!);
  };
  for (const rule of ast.rules) collect(rule);
  return names;
}

/**
 * A pruner for many pages: each distinct stylesheet is parsed once and each selector read once; a
 * page gets a copy of the parsed sheet with the rules it cannot use removed. The result depends only
 * on which of the names the sheet's selectors need are present, and most pages of a kind share
 * them, so each such combination is pruned once.
 */
export function createPruner(): (css: string, present: Set<string>) => string {
  const parsed = new Map<string, { sheet: PostcssRoot; names: string[] }>();
  const needs = new Map<string, string[] | undefined>();
  const pruned = new Map<string, string>();
  const needed = (selector: string) => {
    if (!needs.has(selector)) needs.set(selector, namesNeeded(selector));
    return needs.get(selector);
  };
  // A rule can match when some selector needs only names that are present (or cannot be read).
  const mayApply = (rule: Rule, present: Set<string>) =>
    rule.selectors.some((s) => needed(s)?.every((n) => present.has(n)) ?? true);
  const read = (css: string) => {
    let entry = parsed.get(css);
    if (!entry) {
      const sheet = postcss.parse(css);
      const names = new Set<string>();
      sheet.walkRules((rule) =>
        rule.selectors.forEach((s) => needed(s)?.forEach((n) => names.add(n))),
      );
      parsed.set(css, (entry = { sheet, names: [...names].sort() }));
    }
    return entry;
  };
  return (css, present) => {
    const { sheet, names } = read(css);
    const key = `${css.length}:${names.filter((n) => present.has(n)).join(' ')}\0${css}`;
    const done = pruned.get(key);
    if (done !== undefined) return done;
    const root = sheet.clone();
    const prune = (container: Container) => {
      container.each((node) => {
        if (node.type === 'rule') {
          if (!mayApply(node, present)) node.remove();
        } else if (
          node.type === 'atrule' &&
          node.nodes &&
          /^(media|supports|layer)$/.test(node.name)
        ) {
          prune(node);
          if (node.nodes.length === 0) node.remove();
        }
      });
    };
    prune(root);
    const text = root.toString();
    pruned.set(key, text);
    return text;
  };
}

/** Removes the rules that cannot apply (and at-rules left empty); returns the CSS text. */
export function pruneCss(css: string, present: Set<string>): string {
  return createPruner()(css, present);
}

/** The classes and ids in a page's HTML, and the words of its inline scripts. */
export function namesInPage(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    const cls = el.properties.className;
    if (Array.isArray(cls)) for (const c of cls) names.add(String(c));
    if (el.properties.id) names.add(String(el.properties.id));
    if (el.tagName === 'script' && el.properties.src === undefined)
      for (const w of scriptWords(toString(el))) names.add(w);
  });
  return names;
}

/**
 * The words of the browser scripts (src/client, minified so comments do not count): every class
 * search.js, keep.js, checklist.js and enhance.js can add to a page. Read from the sources because keep.js is
 * bundled by the last step; a word too many keeps a rule, never removes one.
 */
function clientScriptWords(): Set<string> {
  const dir = fileURLToPath(new URL('../client/', import.meta.url));
  const words = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const { code } = transformSync(readFileSync(join(dir, f), 'utf8'), {
      loader: 'ts',
      minify: true,
    });
    for (const w of scriptWords(code)) words.add(w);
  }
  return words;
}

export const styleStep: PipelineStep = {
  name: 'styles',
  run({ site, logger }) {
    const scripts = clientScriptWords();
    const prune = createPruner();
    let before = 0;
    let after = 0;
    for (const page of site.pages) {
      const present = namesInPage(page.tree);
      for (const w of scripts) present.add(w);
      visit(page.tree, 'element', (el: Element) => {
        if (el.tagName !== 'style') return;
        const css = toString(el);
        const kept = prune(css, present);
        before += css.length;
        after += kept.length;
        el.children = [{ type: 'text', value: kept }];
      });
    }
    logger.info(
      `inline CSS cut to what each page can use: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB over ${site.pages.length} pages`,
    );
  },
};
