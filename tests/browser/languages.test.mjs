// Every journey in the languages patients in England speak, right-to-left included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoSidewaysScroll, open, useSite, visibleText } from './support.mjs';

const site = useSite();

for (const locale of ['ar', 'ur']) {
  test(`a journey in ${locale} is right to left, in ${locale}, and mirrored`, async () => {
    const { page, context, problems } = await open(site, `/${locale}/referral/`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    const step = page.locator('ol.steps > li').first();
    const border = await step.evaluate((li) => {
      const style = getComputedStyle(li);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    assert.deepEqual(border, { right: '8px', left: '0px' }, 'the colour band moves to the start (right) side');
    const safety = await page.locator('aside.safety').boundingBox();
    const heading = await page.locator('aside.safety h2').boundingBox();
    assert.ok(heading.x + heading.width > safety.x + safety.width - 40, 'text starts at the right');
    await assertNoSidewaysScroll(page);
    assert.match(await visibleText(page), /999/, 'numbers stay readable');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a phone number reads left to right inside right-to-left text', async () => {
  const { page, context } = await open(site, '/ur/referral/#1&s=Eyes&t=02079460000');
  const phone = page.locator('section.details a[href^="tel:"]');
  await phone.waitFor();
  const boxes = await phone.evaluate((link) => {
    const range = document.createRange();
    const [node] = link.childNodes;
    const at = (start, end) => { range.setStart(node, start); range.setEnd(node, end); return range.getBoundingClientRect().x; };
    return { first: at(0, 3), last: at(9, 13) };
  });
  assert.ok(boxes.first < boxes.last, `"020" should be left of "0000": ${JSON.stringify(boxes)}`);
  await context.close();
});

test('Polish shows the Polish plural of a time limit', async () => {
  // 24 takes the "many" form (godzin), not the "few" form of 2 to 4 (godziny).
  const { page, context } = await open(site, '/pl/leaving-hospital/');
  assert.match(await page.locator('dd.step__fact--timing').innerText(), /24 godzin\b/);
  await context.close();
});

test('a draft translation says so in its language and in English, and that an interpreter is free', async () => {
  const { page, context } = await open(site, '/pl/referral/');
  const notice = page.locator('.notice--translation');
  assert.match(await notice.locator('p[lang="en-GB"]').innerText(), /not yet been checked.*interpreter.*free/s);
  assert.notEqual(await notice.locator('p').first().innerText(), await notice.locator('p[lang="en-GB"]').innerText());
  await context.close();
  const english = await open(site, '/en-GB/referral/');
  assert.equal(await english.page.locator('.notice--translation').count(), 0, 'not on the source language');
  await english.context.close();
});

test('the picker opens the languages page, which lists each language by its own name and opens the same journey', async () => {
  const { page, context } = await open(site, '/en-GB/referral/#keep');
  // On every page: one link, this page's language by its own name (with a globe).
  assert.deepEqual(await page.locator('nav.languages a').allInnerTexts(), ['English']);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await page.keyboard.press('Tab'); // the picker
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.className), 'languages', 'reachable by keyboard');
  await page.click('nav.languages a.languages__link');
  await page.waitForURL('**/en-GB/languages/?page=referral/#keep');
  await page.waitForSelector('html[data-ready] .language-list');
  // Every language, by its own name in its own script and direction, and in English.
  const links = page.locator('.language-list a[hreflang]');
  const languages = readdirSync('locales').filter((code) => statSync(join('locales', code)).isDirectory());
  assert.equal(await links.count(), languages.length);
  for (const [code, name, english] of [['pl', 'Polski', 'Polish'], ['ur', 'اردو', 'Urdu'], ['pa', 'ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)', 'Panjabi (Gurmukhi)'], ['pt', 'Português (Portugal)', 'Portuguese (Portugal)']]) {
    const link = page.locator(`.language-list a[hreflang="${code}"]`);
    assert.equal(await link.getAttribute('lang'), code);
    assert.deepEqual((await link.innerText()).split('\n').map((part) => part.trim()).filter(Boolean), [name, english]);
  }
  assert.equal(await page.getAttribute('.language-list a[hreflang="ur"]', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('.language-list a[aria-current="page"]', 'hreflang'), 'en-GB');
  await page.click('.language-list a[hreflang="pl"]');
  await page.waitForURL('**/pl/referral/#keep');
  await page.waitForSelector('html[data-ready]');
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal(await page.innerText('nav.languages a'), 'Polski');
  // The choice is remembered: `/` now goes to Polish, whatever the browser prefers.
  await page.goto(`${site.url}/`);
  await page.waitForURL('**/pl/');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['whatnext-language'], 'the only thing stored');
  await context.close();
});

test('without JavaScript the languages page still works: each language opens its home page', async () => {
  const { page, context } = await open(site, '/pl/languages/?page=referral/', { javaScript: false });
  assert.equal(await page.getAttribute('.language-list a[hreflang="cy"]', 'href'), '../../cy/');
  await page.click('.language-list a[hreflang="cy"]');
  await page.waitForURL('**/cy/');
  await context.close();
});

test('a page that is not a page of the site, given to the languages page, opens the home page instead', async () => {
  const { page, context } = await open(site, '/en-GB/languages/?page=..%2F..%2Fevil.example%2F');
  await page.click('.language-list a[hreflang="cy"]');
  await page.waitForURL('**/cy/');
  assert.equal(new URL(page.url()).pathname, '/cy/');
  await context.close();
});

test('a browser that prefers another language lands in it from /', async () => {
  for (const [preferred, expected] of [['pl-PL', 'pl'], ['ur-PK', 'ur'], ['fr-FR', 'fr'], ['de-DE', 'en-GB']]) {
    const { page, context } = await open(site, '/', { locale: preferred });
    assert.equal(new URL(page.url()).pathname, `/${expected}/`, `${preferred} → ${expected}`);
    await context.close();
  }
});

test('a guide in another language opens with the English under each part, without JavaScript too', async () => {
  for (const javaScript of [true, false]) {
    const { page, context } = await open(site, '/ar/referral/', { javaScript });
    const link = page.locator('.with-english-link a');
    assert.match(await link.innerText(), /Read this guide with the English under each part/);
    await link.click();
    await page.waitForURL('**/ar/referral/with-english/');
    await page.waitForSelector('main h1');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.locator('script').count(), 0, 'read together: no Wasm');
    // Every part of every step has its English under it, marked as English, left to right.
    const steps = page.locator('.step');
    const count = await steps.count();
    assert.ok(count >= 4);
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index);
      for (const part of ['.step__title', '.step__body p', 'dd.step__fact--if-not', '.step__ask li']) {
        const pieces = step.locator(part);
        for (let n = 0; n < (await pieces.count()); n++) {
          const english = pieces.nth(n).locator('.english');
          assert.equal(await english.count(), 1, `step ${index + 1} ${part} #${n + 1}`);
          assert.equal(await english.getAttribute('lang'), 'en-GB');
          assert.equal(await english.getAttribute('dir'), 'ltr');
        }
      }
    }
    assert.match(await page.locator('.step').first().locator('.step__title .english').innerText(), /Your GP sends the referral/);
    await context.close();
  }
});

test('browsers asking for Chinese by region, Dari, Kurdish or Brazilian Portuguese land in the language we have', async () => {
  const expected = [
    ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant-HK', 'zh-Hant'],
    ['fa-AF', 'prs'], ['fa-IR', 'fa'], ['pt-BR', 'pt'], ['ku', 'ckb'], ['ckb-IQ', 'ckb'], ['ckb-IR', 'ckb'],
  ];
  for (const [asked, code] of expected) {
    const context = await site.browser.newContext({ locale: asked });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(`**/${code}/`);
    assert.equal(new URL(page.url()).pathname, `/${code}/`, asked);
    await context.close();
  }
});

test('the desk start page shows every language as a big button, all on one tablet screen', async () => {
  const { page, context } = await open(site, '/en-GB/desk/', { viewport: { width: 1024, height: 768 } });
  const buttons = page.locator('.language-grid a[hreflang]');
  const languages = readdirSync('locales').filter((code) => statSync(join('locales', code)).isDirectory());
  assert.equal(await buttons.count(), languages.length);
  const boxes = await buttons.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ bottom, height, width }) => ({ bottom, height, width })));
  for (const box of boxes) {
    assert.ok(box.bottom <= 768, `a button below the screen (${box.bottom} px)`);
    assert.ok(box.height >= 44 && box.width >= 44, 'big enough to tap');
  }
  await context.close();
});
