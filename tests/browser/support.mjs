// Shared set-up for the browser tests: dist/ on a plain static server, and Debian's
// Chromium driven headless by playwright-core (no browser download).

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
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
  // the browser logs. That is the expected "no local contact details", not a problem.
  const missing = [];
  page.on('response', (response) => response.status() === 404 && missing.push(new URL(response.url()).pathname));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const expected404 = /status of 404/.test(message.text()) && missing.length > 0 && missing.every((path) => path.endsWith('/local.json'));
    if (message.type() === 'error' && !expected404) problems.push(`console error: ${message.text()}`);
  });
  const response = await page.goto(site.url + path);
  await page.waitForSelector(javaScript && readySelector(path) !== 'main h1' ? 'html[data-ready] main h1' : 'main h1');
  return { page, context, response, problems };
}

/** Visible text of the page with Fluent's bidi isolation marks removed. */
export async function visibleText(page) {
  return (await page.innerText('body')).replace(/[\u2068\u2069]/g, '');
}

/** Anything that looks like a raw Fluent id ("referral-sent", "who-gp-practice.title"). */
export const RAW_ID = /\b[a-z]+(?:-[a-z]+)+(?:\.[a-z-]+)?\b/;

/** Picks a language as a patient does: the picker (a globe and this page's language)
 * opens the languages page, where each language is listed by its own name. */
export async function pickLanguage(page, code) {
  await page.click('nav.languages a.languages__link');
  await page.waitForSelector('html[data-ready] .language-list');
  await page.click(`.language-list a[hreflang="${code}"]`);
}
