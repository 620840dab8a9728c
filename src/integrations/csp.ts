/**
 * Post-build step "csp", after every step that changes a page's inline code: a Content-Security-Policy
 * for each built page, as a <meta> tag, without 'unsafe-inline' (csp-policy.ts). 'wasm-unsafe-eval'
 * where Pagefind runs (hosted pages with the search field).
 */
import { applyCsp } from './csp-policy';
import type { PipelineStep } from './step';

export const cspStep: PipelineStep = {
  name: 'csp',
  run({ site }) {
    for (const page of site.pages) applyCsp(page.tree, { wasm: true, offline: false });
  },
};
