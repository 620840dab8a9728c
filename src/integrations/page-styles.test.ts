import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { namesInPage, namesNeeded, pruneCss, scriptWords } from './page-styles';

const CSS =
  ':root{--a:1}:root[data-theme=dark]{--a:2}table,th{border:0}.matrix td{x:1}.card:hover,.terms h2{y:1}' +
  '.link:not(.shown):after{z:1}@media (min-width:40rem){.matrix{w:1}.card{w:2}}@media print{.print-item{p:1}}' +
  '@keyframes spin{to{rotate:1turn}}.hit mark{m:1}';

describe('page styles', () => {
  test('a selector needs its classes and ids, and those of a single :has/:is/:where argument, never of :not', () => {
    expect(namesNeeded('.a .b:hover > #c::before')).toEqual(['a', 'b', 'c']);
    expect(namesNeeded('main a[href^=http]:not(.url-shown):after')).toEqual([]);
    expect(namesNeeded('html[data-lens] main:has(.size-lens) li')).toEqual(['size-lens']);
    expect(namesNeeded('.a:is(.b .c):where(#d)')).toEqual(['a', 'b', 'c', 'd']);
    expect(namesNeeded('main:has(.a, .b) li:is(.c, .d)')).toEqual([]);
    expect(namesNeeded('.a((')).toBeUndefined();
  });

  test('rules naming an absent class go; tags, states, keyframes and used classes stay', () => {
    const kept = pruneCss(CSS, new Set(['card', 'link']));
    expect(kept).toContain(':root[data-theme=dark]');
    expect(kept).toContain('table,th{');
    expect(kept).toContain('.card:hover,.terms h2{');
    expect(kept).toContain('.link:not(.shown):after');
    expect(kept).toContain('@media (min-width:40rem){.card{w:2}}');
    expect(kept).toContain('@keyframes spin');
    expect(kept).not.toContain('matrix');
    expect(kept).not.toContain('print-item');
    expect(kept).not.toContain('@media print');
    expect(kept).not.toContain('.hit');
  });

  test('a class a script can add keeps its rules', () => {
    const present = scriptWords('a.className="hit";b.innerHTML=`<mark class="x">`');
    expect(pruneCss(CSS, present)).toContain('.hit mark{m:1}');
  });

  test("a page's names are its classes, ids and the words of its inline scripts", () => {
    const tree = fromHtml(
      '<body class="a b"><p id="c"></p><script>el.classList.add("d")</script><script src="x.js"></script></body>',
    );
    const names = namesInPage(tree);
    for (const n of ['a', 'b', 'c', 'd', 'classList']) expect(names.has(n)).toBe(true);
    expect(names.has('x')).toBe(false);
  });
});
