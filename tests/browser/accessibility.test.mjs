// axe-core (WCAG 2.2 A and AA rules) in the real Chromium, on every route, in English
// and a right-to-left language, in personal, desk and embedded modes, and on journeys
// with a patient's details filled in (tests/browser/fixtures.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useSite } from './support.mjs';
import { fixtures, readySelector } from './fixtures.mjs';

const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = fixtures(['en-GB', 'ar']);

for (const path of PAGES) {
  test(`axe finds no WCAG 2.2 AA violations on ${path.split('#')[0]}`, async () => {
    // The test injects axe itself, so this context sets the page's own CSP aside.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.waitForSelector(readySelector(path));
    if (path.includes('#')) await page.locator('section.details').waitFor();
    await page.evaluate(AXE);
    const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(violations, []);
    await context.close();
  });
}
