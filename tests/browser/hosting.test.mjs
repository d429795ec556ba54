// The same build works from a folder of a practice's own host
// (https://practice.example/whatnext/), not only at the root of a domain.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeQr, useSite, open, pickLanguage } from './support.mjs';

const site = useSite({ folder: '/whatnext' });

test('from a folder: the language choice, links, styles, islands and service worker all stay inside it', async () => {
  const { page, context, problems } = await open(site, '/', { locale: 'pl-PL' });
  assert.equal(new URL(page.url()).pathname, '/whatnext/pl/');
  const border = await page.evaluate(() => getComputedStyle(document.querySelector('.safety')).borderInlineStartWidth);
  assert.equal(border, '8px', 'the stylesheet loaded');

  await page.click('main .journey-link a >> nth=0');
  await page.waitForSelector('html[data-ready] main h1');
  assert.match(new URL(page.url()).pathname, /^\/whatnext\/pl\/[a-z-]+\/$/);

  await pickLanguage(page, 'cy');
  await page.waitForURL(/\/whatnext\/cy\/[a-z-]+\/$/);
  await page.waitForSelector('html[data-ready]');

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${site.url}/`);
  assert.equal(await page.$eval('link[rel="manifest"]', (link) => link.href), `${site.url}/manifest.webmanifest`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('from a folder: the link maker and QR codes give addresses inside it', async () => {
  const { page, context } = await open(site, '/en-GB/make-link/');
  assert.match(await page.innerText('#builder-link'), new RegExp(`^${site.url}/en-GB/[a-z-]+/$`));
  assert.match(await decodeQr(page.locator('.builder__qr svg')), new RegExp(`^${site.url}/en-GB/[a-z-]+/$`), 'the QR code opens the link');
  await context.close();
  const desk = await open(site, '/en-GB/desk/referral/');
  await desk.page.locator('.take-home svg.qr').waitFor();
  assert.equal(await decodeQr(desk.page.locator('.take-home svg.qr')), `${site.url}/en-GB/referral/`, 'the desk QR code opens the guide inside the folder');
  await desk.context.close();
});
