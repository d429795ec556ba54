// Nothing leaves the phone: every request goes to the app's own origin, no cookies,
// and nothing is stored but the language choice.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, useSite, pickLanguage } from './support.mjs';

const site = useSite();

test('a walk through every page makes requests only to the app, sets no cookies and stores only the language', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const visit = async (path) => {
    await page.goto(site.url + path);
    await page.waitForSelector('html[data-ready]');
  };
  await visit('/');
  const journeys = await page.locator('main .journey-link a').evaluateAll((as) => as.map((a) => a.pathname));
  for (const path of journeys) await visit(`${path}#1&s=Eyes&d=2026-11-21&w=2w&t=02079460000&u=trust.example`);
  await visit('/ar/referral/');
  await pickLanguage(page, 'pl');
  await page.waitForURL('**/pl/referral/');
  await visit('/en-GB/make-link/');
  await page.fill('#builder-service', 'Dermatology');
  await page.fill('#builder-phone', '020 7946 0000');
  await visit('/en-GB/desk/');
  await visit('/en-GB/desk/referral/');
  await page.locator('.take-home__qr svg').waitFor();
  await visit('/en-GB/embed/');
  await page.fill('#embed-accent', '#00703c');
  await page.frameLocator('#embed-preview').locator('html[data-ready] main h1').waitFor();
  await visit('/ar/embedded/referral/?accent=00703c');
  await page.click('.more-guides a >> nth=0');
  await page.waitForSelector('html[data-ready]');

  const foreign = requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.ok(requests.length > journeys.length, `${requests.length} requests recorded`);
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const storage = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  assert.deepEqual(storage, { local: ['whatnext-language'], session: [] });
  console.log(`# privacy: ${requests.length} requests recorded over ${journeys.length + 9} pages, 0 to other origins`);
  await context.close();
});
