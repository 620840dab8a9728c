/**
 * The web app manifest (what a phone needs to install the hosted guide as an app) and the head tags
 * that point to it. Colours match global.css: --bg (background) and --soft (the header) of each theme.
 */
import type { Element } from 'hast';

export const COLORS = {
  light: { background: '#ffffff', theme: '#f3f5f8' },
  dark: { background: '#12161c', theme: '#1c222a' },
} as const;

export interface AppIcon {
  /** Site path of the PNG, e.g. "icons/icon-192.png". */
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** Sizes phones ask for: 192 and 512 (Android, any and maskable); 180 is iOS's home-screen icon. */
export const ICONS: AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
];
export const APPLE_TOUCH_ICON: AppIcon = {
  file: 'icons/apple-touch-icon.png',
  size: 180,
  purpose: 'maskable',
};
export const MANIFEST_FILE = 'manifest.webmanifest';

/** `base`: "/" or "/docs/hicp/". Every URL in it is under the base, so the app opens the guide. */
export function webManifest(base: string, description: string): Record<string, unknown> {
  return {
    id: base,
    name: 'HICP Guide',
    short_name: 'HICP Guide',
    description,
    lang: 'en-US',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: COLORS.light.background,
    theme_color: COLORS.light.theme,
    icons: ICONS.map((i) => ({
      src: base + i.file,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}

/** For every hosted page's <head>: the manifest, iOS's icon, and a bar colour for each theme. */
export function headTags(base: string): Element[] {
  const el = (tagName: string, properties: Element['properties']): Element => ({
    type: 'element',
    tagName,
    properties,
    children: [],
  });
  return [
    el('link', { rel: ['manifest'], href: base + MANIFEST_FILE }),
    el('link', { rel: ['apple-touch-icon'], href: base + APPLE_TOUCH_ICON.file }),
    el('meta', {
      name: 'theme-color',
      content: COLORS.light.theme,
      media: '(prefers-color-scheme: light)',
    }),
    el('meta', {
      name: 'theme-color',
      content: COLORS.dark.theme,
      media: '(prefers-color-scheme: dark)',
    }),
  ];
}
