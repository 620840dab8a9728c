/** Every internal link and anchor of the build resolves, and every page is reachable from home. */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkSite } from '../src/lib/site-links';
import { ROOT } from './helpers';

test('the built site has no broken link, missing anchor or orphan page', () => {
  const { problems, pages, links } = checkSite(join(ROOT, 'dist'));
  expect(pages).toBeGreaterThan(200);
  expect(links).toBeGreaterThan(5000);
  expect(problems).toEqual([]);
});
