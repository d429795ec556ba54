// Easy Read (src/pages/easy_read.rs) and the steps at a glance on every guide, as a
// patient on a phone sees them: a picture beside every point, large type, the picture on
// the reading-start side, a clean handout on paper; and what the overview costs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { PHONE, open, useSite } from './support.mjs';
import { routes } from './fixtures.mjs';

const site = useSite();
const GUIDES = routes('en-GB').filter((path) => path.split('/').length === 4 && !/\/(desk|embedded|languages|make-link|embed|not-found|easy-read)\/$/.test(path));

test('every guide links to its Easy Read page, which pictures every point', async () => {
  assert.ok(GUIDES.length >= 23, `${GUIDES.length} guides`);
  for (const guide of GUIDES) {
    const { page, context, problems } = await open(site, guide);
    const link = page.locator('main .easy-read-link a');
    assert.equal(await link.count(), 1, `${guide}: one Easy Read link at the top`);
    await link.click();
    await page.waitForSelector('html[data-ready] .easy-read h1');
    assert.equal(new URL(page.url()).pathname, `${guide}easy-read/`);
    const steps = await page.locator('.easy-step').count();
    assert.equal(steps, await page.evaluate(async (path) => {
      const html = await (await fetch(path)).text();
      return (html.match(/<li[^>]*class="step"/g) ?? []).length;
    }, guide), `${guide}: an Easy Read step for every step`);
    const rows = await page.locator('.easy-read .easy-row').evaluateAll((rows) => rows.map((row) => {
      const picture = row.querySelector(':scope > img.picture');
      return { text: row.innerText.trim(), alt: picture?.getAttribute('alt'), drawn: picture?.complete && picture.naturalWidth > 0 };
    }));
    for (const row of rows) {
      assert.ok(row.text.length > 0, `${guide}: an empty row`);
      assert.ok(typeof row.alt === 'string', `${guide}: "${row.text}" has no picture, or a picture without alt`);
      assert.ok(row.drawn, `${guide}: the picture beside "${row.text}" did not load`);
    }
    assert.equal(await page.locator('.easy-row--if-not').count(), steps, `${guide}: what to do if a step does not happen, on every step`);
    assert.deepEqual(problems, [], guide);
    await context.close();
  }
});

test('Easy Read is large on a phone, its pictures on the reading-start side, and a handout on paper', async () => {
  const { page, context } = await open(site, '/en-GB/referral/easy-read/');
  const size = await page.locator('.easy-row p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  assert.ok(size >= 20, `text is ${size}px`);
  const [picture, text] = await Promise.all(['.easy-row img', '.easy-row p'].map((selector) => page.locator(selector).first().boundingBox()));
  assert.ok(picture.x + picture.width <= text.x, 'the picture comes before the words (left to right)');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.listen').isVisible(), false, 'no Listen button on paper');
  assert.ok(await page.locator('.easy-row img').first().isVisible(), 'the pictures print');
  await context.close();
});

test('a language without Easy Read links to the English one and says so', async () => {
  const { page, context } = await open(site, '/pl/referral/');
  const link = page.locator('main .easy-read-link a');
  assert.equal(await link.getAttribute('hreflang'), 'en-GB');
  assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, '/en-GB/referral/easy-read/');
  assert.match(await link.innerText(), /angiel/i, 'the link says, in Polish, that it is in English');
  await context.close();
});

test('every guide opens with its steps at a glance: who does each, linked to it, right to left where the language is', async () => {
  for (const path of ['/en-GB/referral/', '/ar/referral/']) {
    const { page, context } = await open(site, path);
    const items = page.locator('nav.glance li');
    assert.equal(await items.count(), await page.locator('ol.steps > li').count(), `${path}: every step`);
    const targets = await items.locator('a').evaluateAll((links) => links.map((a) => a.hash));
    for (const hash of targets) assert.equal(await page.locator(`li.step${hash}`).count(), 1, `${path}: ${hash} is a step`);
    const [picture, words] = await Promise.all(['img', '.glance__step'].map((selector) => items.first().locator(selector).boundingBox()));
    if (path.startsWith('/ar/')) assert.ok(picture.x >= words.x + words.width, 'the picture is at the right in Arabic');
    else assert.ok(picture.x + picture.width <= words.x, 'the picture is at the left in English');
    await context.close();
  }
});

test('the overview adds under 1 KB (brotli) to a guide', () => {
  for (const path of GUIDES) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const glance = html.match(/<nav[^>]*class="glance"[\s\S]*?<\/nav>/)?.[0];
    assert.ok(glance, `${path}: has the overview`);
    const alone = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const without = brotliCompressSync(html.replace(glance, ''), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    assert.ok(alone - without < 1024, `${path}: the overview adds ${alone - without} B`);
  }
});

test('Listen reads the Easy Read aloud, the words only', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    window.__spoken = [];
    speechSynthesis.getVoices = () => [{ lang: 'en-GB', name: 'Test voice' }];
    speechSynthesis.speak = (utterance) => window.__spoken.push(utterance.text);
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/en-GB/referral/easy-read/`);
  await page.waitForSelector('html[data-ready]');
  await page.click('button.listen');
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken[0], 'Your GP sends you to a hospital team');
  assert.ok(spoken.includes('Your GP thinks a hospital team should see you.'), spoken.join('\n'));
  assert.ok(!spoken.includes('GP'), 'the pictures\' words are not read between the sentences');
  await context.close();
});
