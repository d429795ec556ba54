// Readable before the Wasm arrives: every page is prerendered, works with JavaScript
// off, and is taken over (hydrated) without the text disappearing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  assert.equal(await page.locator('ol.steps > li').count(), 7);
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

test('the browser\'s Wasm knows a journey by its id alone, so adding one changes other pages only by links', () => {
  const html = readFileSync('dist/en-GB/referral/index.html', 'utf8');
  // The loader (src/site/loader.js) fetches `root + '<name>_bg.wasm'`.
  const wasm = readFileSync(join('dist', html.match(/root \+ '([^']+\.wasm)'/)[1])).toString('latin1');
  const folder = 'locales/en-GB/journeys';
  for (const file of readdirSync(folder)) {
    const ftl = readFileSync(join(folder, file), 'utf8');
    const journey = file.replace('.ftl', '');
    assert.ok(wasm.includes(journey), `${journey} is in the route table`);
    const steps = [...ftl.matchAll(/^([a-z-]+) =/gm)].map((m) => m[1]).filter((id) => id !== journey);
    assert.ok(steps.length > 0);
    // A step id that is also part of a journey id ("waiting-list" in "waiting-list-rights")
    // is in the route table by right; every other step id must be absent.
    const journeys = readdirSync(folder).map((name) => name.replace('.ftl', ''));
    for (const step of steps.filter((id) => !journeys.some((other) => other.includes(id)))) {
      assert.ok(!wasm.includes(step), `step ${step} is not in the Wasm`);
    }
    const title = ftl.match(/^    \.title = (.+)$/m)[1];
    assert.ok(!wasm.includes(title), `the title "${title}" is not in the Wasm`);
  }
});
