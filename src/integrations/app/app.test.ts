import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { COLORS, ICONS, headTags, webManifest } from './manifest';
import { maskableSvg } from './icons';
import { readerUrl } from './precache';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('web app manifest', () => {
  test('start_url, scope, id and icons follow the base path', () => {
    const m = webManifest('/docs/hicp/', 'x');
    expect(m).toMatchObject({
      start_url: '/docs/hicp/',
      scope: '/docs/hicp/',
      id: '/docs/hicp/',
      display: 'standalone',
    });
    for (const icon of m.icons as { src: string }[])
      expect(icon.src).toMatch(/^\/docs\/hicp\/icons\//);
    const [manifest] = headTags('/docs/hicp/');
    expect(manifest!.properties.href).toBe('/docs/hicp/manifest.webmanifest');
  });

  test('phones get 192 and 512 pixel icons, plain and maskable', () => {
    expect(ICONS.map((i) => `${i.size} ${i.purpose}`).sort()).toEqual([
      '192 any',
      '192 maskable',
      '512 any',
      '512 maskable',
    ]);
  });

  test('the colours are the site theme colours of global.css', () => {
    const css = readFileSync(join(ROOT, 'src', 'styles', 'global.css'), 'utf8');
    const light = css.slice(0, css.indexOf('@media'));
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const value = (block: string, name: string) =>
      new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
    expect(value(light, 'bg')).toBe(COLORS.light.background);
    expect(value(light, 'soft')).toBe(COLORS.light.theme);
    expect(value(dark, 'bg')).toBe(COLORS.dark.background);
    expect(value(dark, 'soft')).toBe(COLORS.dark.theme);
  });
});

describe('icons', () => {
  test('the maskable icon fills its square and keeps the mark inside the safe zone', () => {
    const svg = maskableSvg(readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8'));
    const img = new Resvg(svg, { fitTo: { mode: 'width', value: 100 } }).render();
    const px = (x: number, y: number) => [
      ...img.pixels.subarray((y * 100 + x) * 4, (y * 100 + x) * 4 + 4),
    ];
    // Corners are the opaque background (a phone may crop them); the white shield sits in the middle.
    expect(px(0, 0)).toEqual([0x0b, 0x6e, 0x4f, 255]);
    expect(px(99, 99)).toEqual([0x0b, 0x6e, 0x4f, 255]);
    expect(px(50, 30)).toEqual([255, 255, 255, 255]);
    // Nothing of the mark outside the central 80% circle (the maskable safe zone).
    const outside: string[] = [];
    for (let y = 0; y < 100; y += 1)
      for (let x = 0; x < 100; x += 1)
        if (Math.hypot(x - 49.5, y - 49.5) > 40 && px(x, y)[0] !== 0x0b) outside.push(`${x},${y}`);
    expect(outside).toEqual([]);
  });
});

describe('precache URLs', () => {
  test('pages are saved under the URL a reader asks for', () => {
    expect(readerUrl('index.html')).toBe('');
    expect(readerUrl('threats/2/index.html')).toBe('threats/2/');
    expect(readerUrl('404.html')).toBe('404.html');
    expect(readerUrl('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
  });
});
