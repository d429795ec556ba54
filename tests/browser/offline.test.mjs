// After one visit the app opens again with no network: the shell, the patient's
// language and the journeys they opened.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PHONE, open, useSite } from './support.mjs';

// What the server sends instead of the files in dist/ (a later release's worker), and
// the paths it takes and never answers (a bad signal).
const replaced = {};
const stalled = new Set();
const site = useSite({ files: replaced, stalled });

test('journeys opened before load with the network cut, islands included', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
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
  // A page never opened still gets a helpful page in the patient's language, not the
  // browser's error, and it says the phone is offline, not that the link is wrong.
  await page.goto(`${site.url}/pl/fit-notes/`);
  await ready();
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.ok((await page.locator('main .journey-link a').count()) >= 13, 'the not-found page lists the journeys');
  assert.ok(await page.isVisible('text=Ten telefon nie ma teraz internetu'));
  assert.ok(await page.isHidden('text=Link może być błędny'));

  const version = readFileSync('dist/sw.js', 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`whatnext ${site.url}/ ${version}`], 'one cache, this release');
  await context.close();
});

test('on a signal that hangs, a page opened before shows its saved copy within seconds', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${site.url}/cy/waiting/`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${site.url}/cy/waiting/`);
  await page.waitForSelector('html[data-ready]');
  stalled.add('/cy/waiting/');
  try {
    // Without the worker's timeout this waits for ever (the test's limit is 15 s).
    await page.goto(`${site.url}/cy/waiting/`, { timeout: 15000 });
    await page.waitForSelector('html[data-ready]');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.equal(await page.locator('main h1').count(), 1);
  } finally {
    stalled.delete('/cy/waiting/');
    await context.close();
  }
});

test('the app can be added to the home screen', async () => {
  const manifest = await (await fetch(`${site.url}/manifest.webmanifest`)).json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './', 'relative: the site may be in a folder');
  // The manifest is linked once the app starts (not before the words are on screen);
  // then Chromium itself finds nothing stopping installation.
  const { page, context } = await open(site, '/en-GB/referral/');
  const devtools = await context.newCDPSession(page);
  const { url } = await devtools.send('Page.getAppManifest');
  assert.equal(url, `${site.url}/manifest.webmanifest`);
  const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
  // The test's browser context is a private one, which Chromium reports on its own.
  assert.deepEqual(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito'), []);
  // The tab's icon is written into the page (a file would be a request the page's
  // largest paint waits for); it must still be a picture.
  const icon = await page.$eval('link[rel="icon"]', async (link) => {
    const image = new Image();
    image.src = link.href;
    await image.decode();
    return { scheme: new URL(link.href).protocol, drawn: image.naturalWidth > 0 };
  });
  assert.deepEqual(icon, { scheme: 'data:', drawn: true });
  await context.close();
});

test('a new release takes over cleanly and keeps the pages opened before it', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${site.url}/cy/leaving-hospital/`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${site.url}/cy/leaving-hospital/`);
  await page.waitForSelector('html[data-ready]');

  // The next release: a new worker with a new cache.
  const worker = readFileSync('dist/sw.js', 'utf8');
  const version = worker.match(/const VERSION = '([0-9a-f]+)'/)[1];
  replaced['/sw.js'] = worker.replace(`const VERSION = '${version}'`, "const VERSION = 'next'");
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const newCache = `whatnext ${site.url}/ next`;
    // The new worker has taken over once the old release's cache is gone.
    const cacheNames = () => page.evaluate(() => caches.keys());
    for (let tries = 0; (await cacheNames()).length > 1 && tries < 100; tries++) await page.waitForTimeout(100);
    assert.deepEqual(await cacheNames(), [newCache]);

    await context.setOffline(true);
    await page.goto(`${site.url}/cy/leaving-hospital/`);
    await page.waitForSelector('html[data-ready]');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.ok((await page.locator('ol.steps > li').count()) > 0, 'the journey, not the page for a page never opened');
  } finally {
    delete replaced['/sw.js'];
    await context.close();
  }
});
