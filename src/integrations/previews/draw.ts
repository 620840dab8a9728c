/**
 * Draws one link-preview image (1200 × 630 PNG): the site's mark and name, what kind of page it is,
 * the item's ID and title, and a last line naming the publication. Text is shaped and turned into
 * outlines with fontkit from the Inter font files (a pinned npm package, OFL), then rendered by
 * resvg: no system font is read, so every machine draws the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Font } from 'fontkit';
import type { PreviewSpec } from '../../page-data/previews';

export const WIDTH = 1200;
export const HEIGHT = 630;
const LEFT = 96;
const RIGHT = 80;
const TEXT_WIDTH = WIDTH - LEFT - RIGHT;
const COLORS = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#4d5663',
  accent: '#0b6e4f',
  line: '#d4d9e0',
};

export interface Fonts {
  regular: Font;
  bold: Font;
}

/** The width of `value` at `size` pixels. */
export function widthOf(font: Font, value: string, size: number): number {
  return (font.layout(value).advanceWidth * size) / font.unitsPerEm;
}

/** One run of text, drawn as outlines, its baseline's left end at (x, y). */
function text(font: Font, value: string, x: number, y: number, size: number, fill: string): string {
  const run = font.layout(value);
  const scale = size / font.unitsPerEm;
  let pen = 0;
  const d = run.glyphs.map((glyph, i) => {
    const p = run.positions[i]!;
    const outline = glyph.path
      .scale(scale, -scale)
      .translate(x + (pen + p.xOffset) * scale, y - p.yOffset * scale)
      .toSVG();
    pen += p.xAdvance;
    return outline;
  });
  return `<path fill="${fill}" d="${d.join('')}"/>`;
}

/** `value` shortened with an ellipsis until it fits `width`. */
function fit(font: Font, value: string, size: number, width: number): string {
  if (widthOf(font, value, size) <= width) return value;
  let cut = value;
  while (cut.length > 1 && widthOf(font, `${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Words into lines no wider than `width` (a word too long for a line gets one of its own). Each
 * word is measured once, and a line is as wide as its words and the spaces between them.
 */
export function wrap(font: Font, words: string[], size: number, width: number): string[] {
  const space = widthOf(font, ' ', size);
  const lines: { text: string; width: number }[] = [];
  for (const word of words) {
    const w = widthOf(font, word, size);
    const last = lines.at(-1);
    if (last && last.width + space + w <= width) {
      last.text += ` ${word}`;
      last.width += space + w;
    } else lines.push({ text: word, width: w });
  }
  return lines.map((l) => l.text);
}

/** The title's lines: large while it fits three lines, smaller up to four, then cut short. */
function titleLines(font: Font, words: string[]): { size: number; lines: string[] } {
  for (const [size, max] of [
    [66, 3],
    [54, 4],
  ] as const) {
    const lines = wrap(font, words, size, TEXT_WIDTH);
    if (lines.length <= max) return { size, lines };
  }
  const lines = wrap(font, words, 54, TEXT_WIDTH).slice(0, 4);
  lines[3] = fit(font, `${lines[3]}…`, 54, TEXT_WIDTH);
  return { size: 54, lines };
}

/** The site's shield (public/favicon.svg's drawing) at (x, y), `size` pixels square. */
function mark(x: number, y: number, size: number): string {
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${COLORS.accent}"/><path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff"/><path d="M12 16h8M16 12v8" stroke="${COLORS.accent}" stroke-width="3"/></svg>`;
}

export function previewSvg(spec: PreviewSpec, fonts: Fonts): string {
  const { regular, bold } = fonts;
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLORS.bg}"/>`,
    `<rect width="24" height="${HEIGHT}" fill="${COLORS.accent}"/>`,
    mark(LEFT, 60, 60),
    text(bold, 'HICP', LEFT + 80, 104, 40, COLORS.fg),
    text(bold, 'Guide', LEFT + 80 + widthOf(bold, 'HICP ', 40), 104, 40, COLORS.accent),
    text(regular, fit(regular, spec.kind, 30, TEXT_WIDTH), LEFT, 206, 30, COLORS.muted),
  ];
  // The ID leads the title, in the accent colour: "4.M.D Backup Strategies".
  const words = [...(spec.id ? [spec.id] : []), ...spec.title.split(/\s+/)];
  const { size, lines } = titleLines(bold, words);
  const lineHeight = Math.round(size * 1.2);
  lines.forEach((line, i) => {
    const y = 300 + i * lineHeight;
    if (i === 0 && spec.id && line.startsWith(spec.id)) {
      parts.push(text(bold, spec.id, LEFT, y, size, COLORS.accent));
      const rest = line.slice(spec.id.length);
      const x = LEFT + widthOf(bold, spec.id, size);
      if (rest) parts.push(text(bold, rest, x, y, size, COLORS.fg));
    } else parts.push(text(bold, line, LEFT, y, size, COLORS.fg));
  });
  parts.push(
    `<rect x="${LEFT}" y="548" width="${TEXT_WIDTH}" height="2" fill="${COLORS.line}"/>`,
    text(regular, fit(regular, spec.footer, 26, TEXT_WIDTH), LEFT, 594, 26, COLORS.muted),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

export function previewPng(spec: PreviewSpec, fonts: Fonts): Buffer {
  return new Resvg(previewSvg(spec, fonts), { font: { loadSystemFonts: false } }).render().asPng();
}
