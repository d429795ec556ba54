// An area's local contact details as deployed (local.json at the site's root): staff
// see whether they are in use or exactly what to fix, pick the area's services in the
// link maker, and a broken file never stops patients reading the guides.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, open, visibleText } from './support.mjs';

const EXAMPLE = readFileSync('examples/local.json', 'utf8');
const example = useSite({ files: { '/local.json': EXAMPLE } });
const broken = useSite({ files: { '/local.json': EXAMPLE.replace('01632 960001', '01632 9600').replace('"contacts": {', '"contacts": { "gp-surgery": "northbrook-surgery",') } });
const notJson = useSite({ files: { '/local.json': '{ "version": 1, "area": ' } });
const none = useSite();

test('with the example area, staff see it is in use and pick its services in the link maker', async () => {
  const { page, context, problems } = await open(example, '/en-GB/make-link/');
  await page.waitForSelector('#config-check');
  assert.match(await page.innerText('#config-check'), /Northbrook and Dale/);
  await page.selectOption('#builder-pick-service', { label: 'Northbrook Surgery' });
  assert.equal(await page.inputValue('#builder-phone'), '01632 960001');
  assert.equal(await page.inputValue('#builder-service'), 'Northbrook Surgery');
  assert.equal(await page.inputValue('#builder-web'), 'https://northbrook-surgery.example/contact');
  assert.match(await page.innerText('#builder-link'), /&t=01632960001/);
  // In Welsh, the area's Welsh name for the service.
  await page.selectOption('#builder-language', { label: 'Cymraeg' });
  await page.selectOption('#builder-pick-service', { index: 2 });
  assert.equal(await page.inputValue('#builder-service'), 'tîm apwyntiadau cleifion allanol Ysbyty Cyffredinol Northbrook');
  assert.deepEqual(problems, []);
  await context.close();

  // A Welsh-speaking receptionist picks from the services' Welsh names.
  const welsh = await open(example, '/cy/make-link/');
  await welsh.page.locator('#builder-pick-service option', { hasText: 'Ysbyty Cyffredinol' }).waitFor({ state: 'attached' });
  const names = await welsh.page.locator('#builder-pick-service option').allInnerTexts();
  assert.ok(names.includes('tîm apwyntiadau cleifion allanol Ysbyty Cyffredinol Northbrook'), names.join(' | '));
  await welsh.context.close();
});

test('with a broken file, staff see each problem field, and the guides still show', async () => {
  for (const path of ['/en-GB/make-link/', '/pl/embed/']) {
    const { page, context } = await open(broken, path);
    await page.waitForSelector('#config-check[role="alert"]');
    assert.ok(await page.isVisible('li[data-field="services[0].phone"]'), `${path}: the phone field is named`);
    assert.ok(await page.isVisible('li[data-field="contacts.gp-surgery"]'), `${path}: the unknown contact kind is named`);
    assert.equal(await page.locator('#builder-pick-service').isVisible().catch(() => false), false, 'no services offered from a broken file');
    await context.close();
  }
  const { page, context, problems } = await open(broken, '/en-GB/referral/');
  assert.ok((await page.locator('ol.steps > li').count()) >= 3);
  assert.match(await visibleText(page), /Their number is on your letter or text/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file that is not JSON is reported with its line', async () => {
  const { page, context } = await open(notJson, '/en-GB/make-link/');
  await page.waitForSelector('#config-check[role="alert"]');
  assert.match(await page.innerText('#config-check'), /\(line 1, column \d+\): the file is not written correctly/);
  await context.close();
});

test('without a file, staff are told the general wording is used', async () => {
  const { page, context } = await open(none, '/en-GB/make-link/');
  await page.waitForSelector('#config-check');
  assert.match(await page.innerText('#config-check'), /no local contact details/);
  assert.equal(await page.isVisible('#builder-pick-service'), false);
  await context.close();
});
