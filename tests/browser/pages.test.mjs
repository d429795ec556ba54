// What a patient sees on each kind of page, in real headless Chromium.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll, emptyTextElements, open, pagePool, useSite, visibleText, visit } from './support.mjs';
import { DETAILS, oneOfEachKind } from './fixtures.mjs';

const site = useSite();
const withPage = pagePool(site);

async function assertSafetyLine(page) {
  const safety = page.locator('aside.safety');
  assert.equal(await safety.count(), 1, 'one safety line');
  assert.equal(await safety.locator('a[href="tel:999"]').count(), 1, '999 is a tel: link');
  assert.equal(await safety.locator('a[href="tel:111"]').count(), 1, '111 is a tel: link');
  const text = await safety.innerText();
  assert.match(text, /999/);
  assert.match(text, /NHS 111/);
  assert.equal(await safety.locator('a[href="https://111.nhs.uk/"]').count(), 1, 'NHS 111 online is linked');
  assert.match(text, /mental health option/, 'the NHS 111 mental health option');
  assert.match(text, /18001 111/, 'Relay UK for deaf people');
  assert.match(text, /BSL/, 'the BSL services');
}

test('/ picks a language from the browser and goes there', async () => {
  const { page, context, problems } = await open(site, '/');
  assert.equal(new URL(page.url()).pathname, '/en-GB/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assert.match(await page.innerText('h1'), /What happens next/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the home page lists every journey, grouped by question, with the safety line', async () => {
  const { page, context, problems } = await open(site, '/en-GB/');
  await assertSafetyLine(page);
  const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.pathname));
  assert.ok(links.includes('/en-GB/referral/'), 'links to the referral journey');
  assert.ok((await page.locator('main h2').count()) >= 5, 'journeys are grouped under question headings');
  assert.match(await page.innerText('main'), /I have been referred/);
  await assertNoSidewaysScroll(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link opens the referral journey on a plain static host', async () => {
  const { page, context, response, problems } = await open(site, '/en-GB/referral/');
  assert.equal(response.status(), 200, 'dist has a file for the route');
  assert.equal(await page.innerText('h1'), 'Your GP has sent you to a hospital team');
  assert.match(await page.title(), /Your GP has sent you to a hospital team/);
  const steps = page.locator('ol.steps > li');
  assert.equal(await steps.count(), 7, 'seven steps');
  for (let i = 0; i < 7; i++) {
    const text = await steps.nth(i).innerText();
    assert.match(text, /Who does this/, `step ${i + 1} says who is responsible`);
    assert.match(text, /How to reach them/, `step ${i + 1} says how to reach them`);
    assert.match(text, /Questions you can ask/, `step ${i + 1} has questions`);
  }
  assert.match(await page.innerText('main'), /We wrote this page on 24 November 2026 from public sources\. A clinician has not checked it yet\./);
  assert.match(await steps.nth(0).innerText(), /Your GP practice/);
  assert.match(await steps.nth(5).innerText(), /Within 7 days of your clinic visit\./);
  await assertSafetyLine(page);
  await assertNoSidewaysScroll(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a time limit names the one event it is for and when it starts', async () => {
  const { page, context } = await open(site, '/en-GB/referral/');
  const letter = page.locator('ol.steps > li', { hasText: 'The hospital writes to your GP' });
  assert.equal(await letter.locator('dt.step__fact--timing').innerText(), 'When the clinic letter reaches your GP');
  assert.equal(await letter.locator('dd.step__fact--timing').innerText(), 'Within 7 days of your clinic visit.');
  assert.equal(await page.locator('dt.step__fact--timing').count(), 1, 'one timing on the page, on its own step');
  await context.close();
});

test('a parent\'s guide words the safety line for a parent', async () => {
  const parent = await open(site, '/en-GB/child-referral/');
  assert.match(await parent.page.innerText('aside.safety'), /If you or your child are unwell/);
  await parent.context.close();
  const adult = await open(site, '/en-GB/referral/');
  assert.doesNotMatch(await adult.page.innerText('aside.safety'), /your child/);
  await adult.context.close();
});

describe('no element that words fill is blank, on every kind of page', { concurrency: 2 }, () => {
  for (const path of [...oneOfEachKind('en-GB'), ...oneOfEachKind('pl'), ...oneOfEachKind('ar'), `/en-GB/referral/${DETAILS}`]) {
    test(`no blank words on ${path}`, () =>
      withPage(async (page) => {
        await visit(site, page, path);
        assert.deepEqual(await emptyTextElements(page), []);
        assert.doesNotMatch(await visibleText(page), /\b(?:step|who|safety|timing|contact|link|easy)-[a-z]+(?:-[a-z]+)*(?:\.[a-z-]+)?\b/, 'no message id in place of words');
      }));
  }
});

test('an unknown journey shows a kind not-found page that lists the journeys', async () => {
  const { page, context, response } = await open(site, '/en-GB/no-such-guide/');
  assert.equal(response.status(), 404, 'the host serves 404.html');
  assert.equal(new URL(page.url()).pathname, '/en-GB/no-such-guide/', 'the address is kept');
  assert.equal(await page.innerText('h1'), 'We cannot find that page');
  assert.ok(await page.isVisible('text=The link may be wrong or old'));
  assert.ok(await page.isHidden('text=This phone has no internet'), 'online, the offline reason is not given');
  assert.ok((await page.locator('main a[href="/en-GB/referral/"]').count()) === 1, 'offers the referral journey');
  await assertSafetyLine(page);
  await context.close();
});

test('a bad link inside a desk screen or a practice\'s frame gets a not-found page that keeps that mode', async () => {
  const desk = await open(site, '/en-GB/desk/no-such-guide/');
  assert.equal(new URL(desk.page.url()).pathname, '/en-GB/desk/not-found/');
  assert.equal(await desk.page.innerText('h1'), 'We cannot find that page');
  assert.equal(await desk.page.locator('.page--desk').count(), 1, 'still the desk screen (large type)');
  assert.equal(await desk.page.locator('.site-footer a').count(), 0, 'no staff links on a desk screen');
  assert.ok((await desk.page.locator('main a[href$="/en-GB/desk/referral/"]').count()) === 1, 'offers the desk\'s referral guide');
  // A desk screen cannot make calls: the numbers are written, not linked.
  assert.match(await desk.page.innerText('aside.safety'), /999[\s\S]*NHS 111/, 'the safety line');
  assert.deepEqual(desk.problems, []);
  await desk.context.close();

  const framed = await open(site, '/en-GB/embedded/no-such-guide/');
  assert.equal(new URL(framed.page.url()).pathname, '/en-GB/embedded/not-found/');
  assert.equal(await framed.page.innerText('h1'), 'We cannot find that page');
  assert.equal(await framed.page.locator('.site-header').count(), 0, 'no site header inside a practice\'s frame');
  assert.equal(await framed.page.locator('.site-footer a').count(), 0);
  await assertSafetyLine(framed.page);
  assert.deepEqual(framed.problems, []);
  await framed.context.close();
});

test('an unknown language falls back to English and says so in one line', async () => {
  const { page, context } = await open(site, '/xx-YY/referral/');
  await page.locator('.notice:visible').waitFor();
  assert.equal(new URL(page.url()).pathname, '/en-GB/referral/');
  assert.match(await page.locator('.notice:visible').innerText(), /We do not have that language yet/);
  assert.equal(await page.innerText('h1'), 'Your GP has sent you to a hospital team');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  await context.close();
});

test('the skip link is the first thing a keyboard reaches, and moves focus to the content', async () => {
  const { page, context } = await open(site, '/en-GB/referral/#keep-this');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const focusBackground = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  assert.equal(focusBackground, 'rgb(255, 235, 59)', 'focus is yellow');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '#keep-this', 'the fragment (personal details) is kept');
  await context.close();
});
