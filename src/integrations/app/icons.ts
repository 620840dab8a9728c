/**
 * The app icons, drawn at build time from the site's own SVG (public/favicon.svg) with resvg: the
 * plain icon as it is, and a "maskable" one (the shield smaller on a full-bleed background) that
 * phones may crop to a circle or a rounded square without cutting into the mark.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { APPLE_TOUCH_ICON, ICONS, type AppIcon } from './manifest';

/** The mark at 60% of a full-bleed square in the icon's own background colour: inside the safe zone. */
export function maskableSvg(svg: string): string {
  const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#ffffff';
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${background}"/><svg x="20" y="20" width="60" height="60" viewBox="${viewBox}">${inner}</svg></svg>`;
}

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Writes every icon under `dist`; returns them. */
export function writeIcons(dist: string, faviconSvg: string): AppIcon[] {
  const svg = readFileSync(faviconSvg, 'utf8');
  const all = [...ICONS, APPLE_TOUCH_ICON];
  for (const icon of all) {
    const target = join(dist, icon.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, render(icon.purpose === 'maskable' ? maskableSvg(svg) : svg, icon.size));
  }
  return all;
}
