// Shared set-up for the browser tests: dist/ on a plain static server, and Debian's
// Chromium driven headless by playwright-core (no browser download).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { serve } from '../../tools/static-server.mjs';
import { readySelector } from './fixtures.mjs';

export const PHONE = { width: 390, height: 844 };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the server and browser once per test file; returns a handle filled in
 * `before`. `options` go to the server (`folder`, `files`); `url` includes the folder. */
export function useSite(options = {}) {
  const site = { url: '', origin: '', browser: null, server: null };
  before(async () => {
    site.server = await serve('dist', 0, options);
    site.origin = site.server.url;
    site.url = site.server.url + (options.folder ?? '');
    site.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens a path in a fresh context (its own storage, languages and viewport) and waits
 * for the app to take the page over (`html[data-ready]`), or only for the prerendered
 * text when JavaScript is off. Collects console errors and uncaught exceptions in `problems`.
 */
export async function open(site, path, { viewport = PHONE, locale = 'en-GB', javaScript = true, scale = 1 } = {}) {
  const context = await site.browser.newContext({ viewport, locale, javaScriptEnabled: javaScript, deviceScaleFactor: scale });
  const page = await context.newPage();
  const problems = [];
  // Staff pages look for the area's local.json; a site without one answers 404, which
  // the browser logs. That is the expected "no local contact details", not a problem;
  // nor is the 404 of a bad address opened on purpose.
  const opened = new URL(site.url + path).pathname;
  const missing = [];
  page.on('response', (response) => response.status() === 404 && missing.push(new URL(response.url()).pathname));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // From before the page loads: a dialog opened while it loads is a problem too.
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on('console', (message) => {
    const expected404 = /status of 404/.test(message.text()) && missing.length > 0 && missing.every((missed) => missed.endsWith('/local.json') || missed === opened);
    if (message.type() === 'error' && !expected404) problems.push(`console error: ${message.text()}`);
  });
  const response = await page.goto(site.url + path);
  await page.waitForSelector(javaScript && readySelector(path) !== 'main h1' ? 'html[data-ready] main h1' : 'main h1');
  return { page, context, response, problems };
}

/**
 * Pages for many short checks of one kind: up to `size` pages in one context, lent one
 * check at a time. A new context per check costs about a quarter of a second; reusing
 * pages is what keeps the axe and layout checks of every page kind within the time
 * budget. Service workers are blocked, so every page loads from the server as on a
 * first visit. `prepare(context)` runs once (an init script, say).
 */
export function pagePool(site, { size = 2, prepare, ...contextOptions } = {}) {
  let context = null;
  const idle = [];
  const waiting = [];
  let made = 0;
  const borrow = async () => {
    context ??= site.browser.newContext({ viewport: PHONE, serviceWorkers: 'block', ...contextOptions }).then(async (made) => {
      await prepare?.(made);
      return made;
    });
    const ready = await context;
    if (idle.length > 0) return idle.pop();
    if (made < size) {
      made += 1;
      return ready.newPage();
    }
    return new Promise((lend) => waiting.push(lend));
  };
  const giveBack = (page) => (waiting.length > 0 ? waiting.shift()(page) : idle.push(page));
  /** Runs `use(page)` on a borrowed page and gives it back, whatever happens. */
  return async function withPage(use) {
    const page = await borrow();
    try {
      return await use(page);
    } finally {
      giveBack(page);
    }
  };
}

/** Goes to a path on a page and waits until it is ready (see `readySelector`). */
export async function visit(site, page, path) {
  // The same page with another fragment would not load again: start from a blank one.
  if (page.url().split('#')[0] === (site.url + path).split('#')[0]) await page.goto('about:blank');
  await page.goto(site.url + path);
  await page.waitForSelector(readySelector(path));
}

/** axe-core's source, for a context's init script or a page's evaluate (the context must
 * set the page's CSP aside: `bypassCSP`). */
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on a page that has it, over `include` (selectors; the whole page if none);
 * returns its violations. */
export async function axeViolations(page, options, include = null) {
  const result = await page.evaluate(([options, include]) => axe.run(include ?? document, options), [options, include]);
  return result.violations;
}

/** How many pixels the page is wider than its window (0 or less: no sideways scroll). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Fails when the page scrolls sideways, naming the width and what was asked. */
export async function assertNoSidewaysScroll(page, what = '') {
  const overflow = await sidewaysOverflow(page);
  const { width } = page.viewportSize();
  assert.ok(overflow <= 0, `${what}${what ? ': ' : ''}${overflow} px wider than ${width} px`);
}

/** Visible text of the page with Fluent's bidi isolation marks removed. */
export async function visibleText(page) {
  return (await page.innerText('body')).replace(/[\u2068\u2069]/g, '');
}

/** The visible elements of the page that words fill (headings, paragraphs, list items,
 * links, buttons, labels…) but that show no words and hold no picture or control: a
 * message that came out blank. Each as "tag.class". */
export function emptyTextElements(page) {
  return page.evaluate(() => {
    const worded = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, a, button, label, summary, legend, th, td, figcaption, strong, option';
    const shown = (element) => element.getClientRects().length > 0 && !element.closest('[hidden]');
    const pictured = (element) => element.querySelector('img, svg, input, select, textarea, iframe, output') !== null;
    return [...document.body.querySelectorAll(worded)]
      .filter((element) => element.tagName === 'OPTION' || shown(element))
      .filter((element) => element.textContent.trim() === '' && !pictured(element) && !element.getAttribute('aria-label'))
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
  });
}

/** Decodes the QR code shown in an element, from a real screenshot of it. */
export async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Picks a language as a patient does: the picker (a globe and this page's language)
 * opens the languages page, where each language is listed by its own name. */
export async function pickLanguage(page, code) {
  await page.click('nav.languages a.languages__link');
  await page.waitForSelector('html[data-ready] .language-list');
  await page.click(`.language-list a[hreflang="${code}"]`);
}
