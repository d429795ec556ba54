// Readable before the Wasm arrives: every page is prerendered, works with JavaScript
// off, and is taken over (hydrated) without the text disappearing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useSite } from './support.mjs';

const site = useSite();

test('the prerendered HTML has the words, language, title and description', async () => {
  const html = await (await fetch(`${site.url}/en-GB/referral/`)).text();
  assert.match(html, /<html lang="en-GB" dir="ltr">/);
  assert.match(html, /<title>Your GP has sent you to a hospital team – What next\?<\/title>/);
  assert.match(html, /<meta name="description" content="Who books your first visit/);
  assert.match(html, /<h1>Your GP has sent you to a hospital team<\/h1>/);
  assert.match(html, /href="tel:999"/);
});

test('with JavaScript off the whole journey is readable and its links work', async () => {
  const { page, context } = await open(site, '/en-GB/referral/', { javaScript: false });
  assert.equal(await page.locator('ol.steps > li').count(), 6);
  assert.equal(await page.locator('a[href="tel:999"]').count(), 1);
  assert.equal(await page.locator('a[href="tel:111"]').count(), 1);
  const home = page.locator('.site-footer a').first();
  await home.click();
  await page.waitForURL('**/en-GB/');
  assert.match(await page.innerText('h1'), /What happens next/);
  await context.close();
});

test('with JavaScript off, / shows the English home page with links to every language', async () => {
  const { page, context } = await open(site, '/', { javaScript: false });
  assert.match(await page.innerText('h1'), /What happens next/);
  assert.ok((await page.locator('nav.languages a[hreflang]').count()) >= 1);
  await context.close();
});

test('hydration keeps one copy of the page and makes it interactive', async () => {
  const { page, context, problems } = await open(site, '/en-GB/');
  assert.equal(await page.locator('main').count(), 1, 'no duplicate tree');
  assert.equal(await page.locator('aside.safety').count(), 1);
  await page.fill('#journey-search', 'blood test');
  await page.locator('.search__results a[href$="/en-GB/test-results/"]').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
