/** PDFs of this guide (made by `npm run pdf` into public/downloads/), listed on the Downloads page when present. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../lib/graph';
import type { Urls } from '../lib/urls';
import type { VolumeKey } from '../lib/schemas';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

export const pdfName = (volume: VolumeKey) => `hicp-guide-${volume}.pdf`;

export function downloadPdfs(graph: Graph, urls: Urls, publicDir = 'public') {
  return graph.volumes
    .map((v) => ({
      volume: v.data.volume,
      label: `${v.data.shortTitle} (PDF)`,
      file: join(publicDir, 'downloads', pdfName(v.data.volume)),
    }))
    .filter((p) => existsSync(p.file))
    .map((p) => ({
      href: urls.asset(`downloads/${pdfName(p.volume)}`),
      label: p.label,
      size: formatSize(statSync(p.file).size),
    }));
}
