// After one visit the app opens again with no network: the shell, the patient's
// language and the journeys they opened.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite } from './support.mjs';

const site = useSite();

test('journeys opened before load with the network cut, islands included', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const ready = async () => page.waitForSelector('html[data-ready]');
  await page.goto(`${site.url}/pl/referral/`);
  await ready();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker takes control of the page, then sees these navigations.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${site.url}/pl/referral/`);
  await ready();
  await page.goto(`${site.url}/pl/test-results/`);
  await ready();

  await context.setOffline(true);
  await page.goto(`${site.url}/pl/referral/#1&s=Oczy&d=2026-11-21&w=2w`);
  await ready();
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  await page.locator('section.details').waitFor();
  assert.match(await page.innerText('section.details'), /5 grudnia 2026/);
  await page.goto(`${site.url}/pl/test-results/`);
  await ready();
  // A page never opened still gets a helpful page, not the browser's error.
  await page.goto(`${site.url}/pl/fit-notes/`);
  assert.ok((await page.locator('main .journey-link a').count()) >= 13, 'the not-found page lists the journeys');

  const version = readFileSync('dist/sw.js', 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`whatnext ${site.url}/ ${version}`], 'one cache, this release');
  await context.close();
});

test('the app can be added to the home screen', async () => {
  const manifest = await (await fetch(`${site.url}/manifest.webmanifest`)).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './', 'relative: the site may be in a folder');
  const html = await (await fetch(`${site.url}/en-GB/`)).text();
  assert.match(html, /<link rel="manifest" href="\.\.\/manifest.webmanifest">/);
});
