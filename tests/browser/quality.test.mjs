// Keyboard, reflow at 320 px, 200 % text, reduced motion, AAA body text, heading order
// on one page of each kind (en-GB and Arabic), and a Wasm failure shown kindly.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE, PHONE, assertNoSidewaysScroll, axeViolations, open, pagePool, useSite, visit } from './support.mjs';
import { oneOfEachKind, readySelector } from './fixtures.mjs';

const site = useSite();
const KINDS = [...oneOfEachKind('en-GB'), ...oneOfEachKind('ar')];
// Layout checks add a style tag, so their context sets the page's own CSP aside.
const withPage = pagePool(site, { size: 2, bypassCSP: true });

/** Tabs through the page; returns what each stop was and whether it was seen. */
async function tabThrough(page) {
  const stops = [];
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const x = box.left + Math.min(box.width / 2, 10);
      const y = box.top + box.height / 2;
      const onTop = document.elementFromPoint(x, y);
      return {
        id: element.tagName + (element.id ? `#${element.id}` : '') + (element.getAttribute('href') ? `[${element.getAttribute('href')}]` : ''),
        key: element.dataset.tabKey ?? (element.dataset.tabKey = String(Math.random())),
        inside: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
        uncovered: element.tagName === 'IFRAME' || (onTop !== null && (element === onTop || element.contains(onTop))),
        // A frame's focus is shown by the page inside it.
        styled: element.tagName === 'IFRAME' || style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)'),
        frame: element.tagName === 'IFRAME',
      };
    });
    if (stop === null || stops[0]?.key === stop.key) break;
    // A date field takes a Tab per part (day, month, year): one control.
    if (stops.at(-1)?.key === stop.key) continue;
    stops.push(stop);
    // Focus inside the preview frame: the top page sees the frame; leave it by Shift+Tab-free skipping.
    if (stop.frame) break;
  }
  return stops;
}

for (const path of KINDS) {
  test(`keyboard on ${path}: the skip link first, every control reached, focus always visible and never covered`, async () => {
    const { page, context, problems } = await open(site, path);
    const stops = await tabThrough(page);
    assert.ok(stops.length >= 3, `${stops.length} stops`);
    assert.match(stops[0].id, /^A\[#main\]/, 'the skip link comes first');
    for (const stop of stops) {
      assert.ok(stop.inside, `${stop.id} is scrolled into view`);
      assert.ok(stop.uncovered, `${stop.id} is not hidden under another element`);
      assert.ok(stop.styled, `${stop.id} shows a focus style`);
    }
    if (!stops.some((stop) => stop.frame)) {
      const reachable = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"], iframe')].filter(
          (element) => element.getClientRects().length > 0 && !element.closest('[hidden]') && getComputedStyle(element).visibility !== 'hidden',
        ).length,
      );
      assert.equal(stops.length, reachable, 'every visible control is reached by Tab');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

}

describe('layout of every kind of page', { concurrency: 2 }, () => {
  for (const path of KINDS) {
    test(`layout on ${path}: no sideways scrolling at 320 px, or with text at 200 %; one h1, no skipped heading levels`, () =>
      withPage(async (page) => {
        for (const [viewport, textScale] of [[{ width: 320, height: 640 }, 1], [PHONE, 2], [{ width: 1280, height: 800 }, 2]]) {
          await page.setViewportSize(viewport);
          await visit(site, page, path);
          if (viewport === PHONE) await assertHeadingsInOrder(page);
          // Like a browser's text-size setting: every rem and em grows.
          if (textScale !== 1) await page.addStyleTag({ content: `html { font-size: ${100 * textScale}% !important; }` });
          await assertNoSidewaysScroll(page, `text ×${textScale}`);
        }
      }));
  }
});

/** One h1, in main, and no heading level skipped among the visible headings. */
async function assertHeadingsInOrder(page) {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
    headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => Number(heading.tagName[1])));
  assert.equal(levels.filter((level) => level === 1).length, 1, 'one h1');
  levels.forEach((level, index) => assert.ok(index === 0 || level <= levels[index - 1] + 1, `h${levels[index - 1]} then h${level}`));
  assert.equal(await page.locator('main h1, main > h1').count(), 1, 'the h1 is in main');
}

test('with reduced motion asked for, nothing moves', async () => {
  const context = await site.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const path of KINDS.slice(0, 9)) {
    await page.goto(site.url + path);
    await page.waitForSelector(readySelector(path));
    const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
      .map((element) => getComputedStyle(element))
      .filter((style) => style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0 || style.scrollBehavior === 'smooth').length);
    assert.equal(moving, 0, path);
  }
  await context.close();
});

test('body text meets AAA contrast (7:1) on every kind of page', async () => {
  const context = await site.browser.newContext({ bypassCSP: true });
  await context.addInitScript(AXE);
  const page = await context.newPage();
  for (const path of KINDS) {
    await visit(site, page, path);
    const violations = await axeViolations(page, { runOnly: ['color-contrast-enhanced'] }, { include: [['main p'], ['main li'], ['main dd'], ['main h1'], ['main h2'], ['main h3']] });
    const failing = violations.flatMap((violation) => violation.nodes)
      // Links are AA (4.5:1), like every NHS-style site: AAA is asked of body text.
      .filter((node) => !/^a\b|\ba[.#:[]|\ba$/.test(node.target.join(' ')) && !node.html.startsWith('<a '))
      .map((node) => `${node.target.join(' ')}: ${node.any[0]?.message ?? ''}`);
    assert.deepEqual(failing, [], path);
  }
  await context.close();
});

test('a Wasm failure shows the kind notice, with the English page and the safety line', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  // Fault injection: keep hold of the Wasm instance, then ask its allocator for more
  // than a 32-bit Wasm can have, which aborts (a trap), as a panic does.
  await page.addInitScript(() => addEventListener('whatnext:started', (event) => { window.__wasm = event.detail.wasm; }));
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(`${site.url}/pl/referral/`);
  await page.waitForSelector('html[data-ready]');
  assert.equal(await page.isVisible('#panic-notice'), false, 'hidden while all is well');
  await page.evaluate(() => setTimeout(() => window.__wasm.__wbindgen_malloc(0xfffffff0, 8)));
  await page.locator('#panic-notice').waitFor({ state: 'visible' });
  assert.deepEqual(errors, ['RuntimeError: unreachable'], 'the Wasm trapped');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'panic-notice', 'focus goes to the notice');
  assert.match(await page.innerText('#panic-notice'), /Open this page in English/);
  assert.equal(await page.locator('#panic-notice a[hreflang="en-GB"]').evaluate((a) => a.pathname), '/en-GB/referral/');
  assert.ok(await page.locator('aside.safety a[href="tel:999"]').isVisible(), 'the safety line stays');
  assert.ok((await page.locator('ol.steps > li').count()) >= 3, 'the guide is still there');
  await context.close();
});
