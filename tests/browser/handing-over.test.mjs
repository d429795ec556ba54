// The tools a practice uses to hand a guide to a patient: the link maker (text
// message, SMS length, QR code, copy), print, Listen, and desk mode.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHONE, decodeQr, open, useSite } from './support.mjs';
import { languages } from './fixtures.mjs';

const site = useSite();

test('the link maker builds a link, a one-text message and a QR code that opens the link', async () => {
  const { page, context, problems } = await open(site, '/en-GB/make-link/', { viewport: { width: 1024, height: 900 } });
  const link = `${site.url}/en-GB/referral/`;
  assert.equal(await page.innerText('#builder-link'), link);
  const message = await page.innerText('#builder-message');
  assert.equal(message, `Your GP has sent you to a hospital team: what happens next, and who to contact: ${link}`);
  assert.equal(await page.innerText('#builder-segments'), '1');
  assert.equal(await decodeQr(page.locator('.builder__qr svg')), link);
  assert.deepEqual(problems, []);
  await context.close();
});

test('details go into the fragment, bad ones are refused, and lengths are counted as phones count', async () => {
  const { page, context } = await open(site, '/en-GB/make-link/', { viewport: { width: 1024, height: 900 } });
  await page.fill('#builder-service', 'Dermatology');
  await page.fill('#builder-start', '2026-11-21');
  await page.fill('#builder-wait', '3');
  await page.fill('#builder-phone', '020 7946 0000');
  const link = await page.innerText('#builder-link');
  assert.equal(link, `${site.url}/en-GB/referral/#1&s=Dermatology&d=2026-11-21&w=3w&t=02079460000`);
  assert.equal(await decodeQr(page.locator('.builder__qr svg')), link);
  // A GSM-7 message over 160 characters takes 2 texts of 153.
  const gsm = await page.innerText('#builder-message');
  assert.equal(await page.innerText('#builder-units'), String(gsm.length));
  assert.equal(await page.innerText('#builder-segments'), String(gsm.length <= 160 ? 1 : Math.ceil(gsm.length / 153)));
  // A bad phone number is refused with a message and left out of the link.
  await page.fill('#builder-phone', '999');
  assert.ok(await page.locator('#builder-phone + .field__error').isVisible());
  assert.equal(await page.getAttribute('#builder-phone', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#builder-phone', 'aria-describedby'), 'builder-phone-error', 'the error is read with the field');
  assert.ok(!(await page.innerText('#builder-link')).includes('&t='));
  await page.fill('#builder-web', 'http://trust.example');
  assert.ok(await page.locator('#builder-web + .field__error').isVisible());
  // Urdu needs UCS-2: 70 per text, 67 when split.
  await page.selectOption('#builder-language', { label: 'اردو' });
  const urdu = await page.innerText('#builder-message');
  assert.ok((await page.innerText('#builder-link')).includes('/ur/referral/'));
  const units = [...urdu].reduce((n, c) => n + (c.codePointAt(0) > 0xffff ? 2 : 1), 0);
  assert.equal(await page.innerText('#builder-units'), String(units));
  assert.equal(await page.innerText('#builder-segments'), String(units <= 70 ? 1 : Math.ceil(units / 67)));
  assert.ok(await page.locator('.builder__unicode').isVisible());
  await context.close();
});

test('the copy button puts the link on the clipboard', async () => {
  const { page, context } = await open(site, '/en-GB/make-link/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.click('#builder-copy-link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/en-GB/referral/`);
  assert.equal(await page.innerText('#builder-copy-link'), 'Copied');
  await page.fill('#builder-service', 'Eyes');
  assert.equal(await page.innerText('#builder-copy-link'), 'Copy it', 'a changed link has not been copied');
  await context.close();
});

test('a hand-edited option in the link maker or the embed maker breaks nothing', async () => {
  for (const [path, selects, output] of [['/en-GB/make-link/', ['#builder-journey', '#builder-language', '#builder-wait-unit'], '#builder-link'], ['/en-GB/embed/', ['#embed-journey', '#embed-language'], '#embed-code']]) {
    const { page, context, problems } = await open(site, path);
    const before = await page.locator(output).evaluate((element) => element.value ?? element.textContent);
    for (const select of selects) {
      // As someone could in the browser's developer tools: a value far out of range on
      // one option, and an option the page never had.
      await page.locator(select).evaluate((element) => {
        element.options[element.options.length - 1].value = '999';
        element.add(new Option('Made up', '1000'));
      });
      for (const value of ['999', '1000']) await page.selectOption(select, value);
    }
    const after = await page.locator(output).evaluate((element) => element.value ?? element.textContent);
    assert.ok(after.startsWith(site.url) || after.includes(site.url), `${path}: still a link to the site: ${after}`);
    assert.notEqual(after, '', path);
    assert.equal(await page.isVisible('#panic-notice'), false, `${path}: no failure notice`);
    assert.deepEqual(problems, [], path);
    assert.ok(before.length > 0);
    await context.close();
  }
});

test('a journey prints as a clean handout with its dates, contact number and a QR code', async () => {
  const details = '#1&s=Dermatology&d=2026-11-21&w=3w&t=02079460000';
  const { page, context } = await open(site, `/en-GB/referral/${details}`, { scale: 2 });
  await page.locator('section.details').waitFor();
  await page.locator('.print-qr svg').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await decodeQr(page.locator('.print-qr svg')), `${site.url}/en-GB/referral/${details}`);
  assert.ok(!(await page.locator('nav.languages').isVisible()), 'no navigation chrome on paper');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'whatnext-pdf-'));
  writeFileSync(join(dir, 'page.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'page.pdf')]).toString();
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  const text = execFileSync('pdftotext', [join(dir, 'page.pdf'), '-']).toString();
  assert.match(text, /020 7946 0000/);
  assert.match(text, /12 December 2026/);
  assert.match(text, /999/);
  await context.close();
});

test('Listen hides itself where the device has no voice for the language, and reads aloud where it has', async () => {
  const plain = await open(site, '/en-GB/referral/');
  assert.equal(await plain.page.locator('button.listen').isVisible(), false, 'headless Chromium has no voices');
  await plain.context.close();

  const context = await site.browser.newContext({ viewport: PHONE });
  // Give this device an English voice, and record what it is asked to say.
  await context.addInitScript(() => {
    window.__spoken = [];
    window.__utterances = [];
    speechSynthesis.getVoices = () => [{ lang: 'en-GB', name: 'Test voice' }];
    speechSynthesis.speak = (utterance) => {
      window.__spoken.push([utterance.lang, utterance.text]);
      window.__utterances.push(utterance);
    };
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/en-GB/referral/`);
  await page.waitForSelector('html[data-ready]');
  assert.ok(await page.locator('button.listen').isVisible());
  await page.click('button.listen');
  const spoken = await page.evaluate(() => window.__spoken);
  assert.ok(spoken.length > 10);
  assert.equal(spoken[0][0], 'en-GB');
  assert.equal(spoken[0][1], 'Your GP has sent you to a hospital team');
  // Stopped and started again and again: each new reading lets go of the last one's
  // "finished" handler, so only the latest reading holds one.
  for (let reading = 0; reading < 4; reading++) {
    await page.click('button.listen[aria-pressed="true"]');
    await page.click('button.listen[aria-pressed="false"]');
  }
  const holding = await page.evaluate(() => [window.__utterances.length, window.__utterances.filter((utterance) => utterance.onend).length]);
  assert.equal(holding[0], spoken.length * 5, 'five readings');
  assert.equal(holding[1], 1, 'one reading holds a handler');
  await context.close();
});

test('desk mode: language grid first, a QR code to take the page home, no calls or links away, and back to the start when left alone', async () => {
  const { page, context } = await open(site, '/en-GB/desk/', { viewport: { width: 1024, height: 768 } });
  const first = await page.locator('main a').first().getAttribute('hreflang');
  assert.equal(first, 'en-GB', 'the language grid comes first');
  const grid = await page.locator('.language-grid').boundingBox();
  const safety = await page.locator('aside.safety').boundingBox();
  assert.ok(grid.y < safety.y, 'the grid is above the safety line on screen');
  assert.equal(await page.locator('.language-grid a').count(), languages().length, 'every language');
  await page.click('.language-grid a[hreflang="pl"]');
  await page.waitForURL('**/pl/desk/');
  await page.waitForSelector('html[data-ready]');
  await page.click('main .journey-link a >> nth=0');
  await page.waitForURL('**/pl/desk/referral/');
  await page.waitForSelector('html[data-ready]');
  const qr = page.locator('.take-home__qr svg');
  await qr.waitFor();
  assert.equal(await decodeQr(qr), `${site.url}/pl/referral/`);
  assert.equal(await page.locator('a[href^="tel:"]').count(), 0, 'a desk screen cannot call');
  const hrefs = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.ok(!/^[a-z]+:/i.test(href) && !href.startsWith('//'), `leaves the app: ${href}`);
  assert.equal(await page.locator('.button--start-again').evaluate((a) => a.pathname), '/pl/desk/');
  await context.close();
});

test('desk mode returns to the language grid after two minutes without a touch', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${site.url}/pl/desk/referral/`);
  await page.waitForSelector('html[data-ready]');
  await page.clock.runFor(60_000);
  await page.mouse.click(5, 5); // a touch restarts the wait
  await page.clock.runFor(90_000);
  assert.equal(new URL(page.url()).pathname, '/pl/desk/referral/', 'still there 90 s after a touch');
  await page.clock.runFor(35_000);
  await page.waitForURL('**/en-GB/desk/');
  await context.close();
});
