// A strict Content-Security-Policy on every page, and no page breaks it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support.mjs';

const site = useSite();

test('every kind of page carries a strict CSP and runs without a single violation', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  for (const path of ['/en-GB/', '/en-GB/referral/#1&s=Eyes&d=2026-11-21&w=2w&t=02079460000', '/ar/referral/', '/en-GB/make-link/', '/en-GB/desk/referral/', '/en-GB/embed/', '/en-GB/embedded/referral/?accent=00703c&list=no', '/en-GB/nowhere/']) {
    await page.goto(site.url + path);
    await page.waitForSelector('html[data-ready]');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; /, path);
    assert.match(policy, /connect-src 'self'/);
    assert.ok(!/unsafe-inline/.test(policy), 'no unsafe-inline');
    if (path === '/en-GB/') {
      await page.fill('#journey-search', 'blood test');
      await page.locator('.search__results a').first().waitFor();
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
  }
  await context.close();
});
