// axe-core (WCAG 2.2 A and AA rules) in the real Chromium, on every route, in English
// and a right-to-left language, in personal, desk and embedded modes, and on journeys
// with a patient's details filled in (tests/browser/fixtures.mjs). Two pages are
// checked at a time, each check on a page lent by a pool (tests/browser/support.mjs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE, axeViolations, pagePool, useSite, visit } from './support.mjs';
import { fixtures } from './fixtures.mjs';

const site = useSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = fixtures(['en-GB', 'ar']);
// The checks inject axe themselves, so their context sets the page's own CSP aside.
const withPage = pagePool(site, { size: 2, bypassCSP: true, prepare: (context) => context.addInitScript(AXE) });

describe('axe on every page', { concurrency: 2 }, () => {
  for (const path of PAGES) {
    test(`axe finds no WCAG 2.2 AA violations on ${path.split('#')[0]}`, () =>
      withPage(async (page) => {
        await visit(site, page, path);
        if (path.includes('#')) await page.locator('section.details').waitFor();
        const violations = await axeViolations(page, { runOnly: { type: 'tag', values: TAGS } });
        assert.deepEqual(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
      }));
  }
});
