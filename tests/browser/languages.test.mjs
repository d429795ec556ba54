// Every journey in the languages patients in England speak, right-to-left included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useSite, visibleText } from './support.mjs';

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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px sideways scroll`);
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

test('the picker lists each language by its own name and switches to the same journey', async () => {
  const { page, context } = await open(site, '/en-GB/referral/#keep');
  const names = await page.locator('nav.languages a').allInnerTexts();
  for (const name of ['English', 'Polski', 'Română', 'ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)', 'Português (Portugal)', 'اردو', 'العربية', 'Cymraeg']) {
    assert.ok(names.includes(name), `${name} is in the picker`);
  }
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  await page.keyboard.press('Tab'); // first language
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.className), 'languages', 'reachable by keyboard');
  await page.click('nav.languages a[hreflang="pl"]');
  await page.waitForURL('**/pl/referral/#keep');
  await page.waitForSelector('html[data-ready]');
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal(await page.getAttribute('nav.languages a[aria-current="page"]', 'hreflang'), 'pl');
  // The choice is remembered: `/` now goes to Polish, whatever the browser prefers.
  await page.goto(`${site.url}/`);
  await page.waitForURL('**/pl/');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['whatnext-language'], 'the only thing stored');
  await context.close();
});

test('a browser that prefers another language lands in it from /', async () => {
  for (const [preferred, expected] of [['pl-PL', 'pl'], ['ur-PK', 'ur'], ['fr-FR', 'en-GB']]) {
    const { page, context } = await open(site, '/', { locale: preferred });
    assert.equal(new URL(page.url()).pathname, `/${expected}/`, `${preferred} → ${expected}`);
    await context.close();
  }
});
