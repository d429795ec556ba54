// Personal details in a journey link's fragment: shown on the device, validated,
// never executed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useSite } from './support.mjs';
import { DETAILS } from './fixtures.mjs';

const site = useSite();

test('a link with details shows the service, the date to hear by and a tel: link', async () => {
  const { page, context, problems } = await open(site, `/en-GB/referral/${DETAILS}`);
  const details = page.locator('section.details');
  await details.waitFor();
  const text = await details.innerText();
  assert.match(text, /This is about: Dermatology/);
  assert.match(text, /You should hear by 12 December 2026\./);
  assert.equal(await details.locator('a[href="tel:+442079460000"]').innerText(), '020 7946 0000');
  assert.equal(await details.locator('a[href="https://trust.example/derm"]').count(), 1);
  assert.equal(await page.locator('.notice:visible').count(), 0, 'nothing was dropped');
  assert.deepEqual(problems, []);
  await context.close();
});

test('dates are written in the page language', async () => {
  const { page, context } = await open(site, `/pl/referral/${DETAILS}`);
  await page.locator('section.details').waitFor();
  assert.match(await page.locator('.details__date').innerText(), /12 grudnia 2026/);
  await context.close();
  // Persian and Arabic too: the Gregorian calendar and Western digits, as on NHS letters.
  for (const [locale, year] of [['fa', '2026'], ['ar', '2026']]) {
    const other = await open(site, `/${locale}/referral/${DETAILS}`);
    await other.page.locator('section.details').waitFor();
    const date = await other.page.locator('.details__date').innerText();
    assert.ok(date.includes(year) && date.includes('12'), `${locale}: ${date}`);
    await other.context.close();
  }
});

test('without details the journey page shows no details box', async () => {
  const { page, context } = await open(site, '/en-GB/referral/');
  assert.equal(await page.locator('section.details').count(), 0);
  await context.close();
});

const HOSTILE = [
  '#1&s=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '#1&s=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
  '#1&s=Eyes&u=javascript:window.__pwned=1',
  '#1&s=Eyes&u=data:text/html,%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E',
  '#1&s=Eyes&t=javascript:window.__pwned=1',
  '#1&s=%E2%80%AEsey%E2%80%AC&d=2026-02-30',
  '#1&d=not-a-date&w=-3w',
  '#1&s=%E0%A4%A&t=%FF',
  `#1&s=${'A'.repeat(100_000)}`,
  `#1${'&s=x'.repeat(2_000)}`,
  '#1&s=Eyes&s=%3Cb%3Eagain%3C%2Fb%3E&d=2026-11-21&d=2030-01-01',
];

test('hostile or broken fragments still show the journey, safely', async () => {
  for (const fragment of HOSTILE) {
    // A dialog (alert) from the fragment would be among the problems: open() listens
    // for them from before the page loads.
    const { page, context, problems } = await open(site, `/en-GB/referral/${fragment}`);
    assert.equal(await page.innerText('h1'), 'Your GP has sent you to a hospital team', fragment.slice(0, 40));
    assert.equal(await page.locator('ol.steps > li').count(), 7);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `executed: ${fragment.slice(0, 40)}`);
    assert.equal(await page.locator('section.details script, section.details img').count(), 0);
    for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.ok(!/^(javascript|data):/i.test(href ?? ''), `unsafe link ${href}`);
    }
    assert.deepEqual(problems, [], fragment.slice(0, 40));
    await context.close();
  }
});

test('a link with some broken details says so and keeps the rest', async () => {
  const { page, context } = await open(site, '/en-GB/referral/#1&s=Eyes&t=999&d=2026-11-21&w=2w');
  await page.locator('section.details').waitFor();
  assert.match(await page.locator('.notice:visible').innerText(), /Some details in your link could not be used/);
  assert.match(await page.innerText('section.details'), /Eyes/);
  assert.match(await page.innerText('section.details'), /5 December 2026/);
  assert.equal(await page.locator('section.details a[href^="tel:"]').count(), 0);
  await context.close();
});
