// Every journey the home page links to, as a patient on a phone sees it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoSidewaysScroll, open, useSite, visibleText } from './support.mjs';

const site = useSite();

test('every journey renders at 390 px with who does what on every step and the safety line', async () => {
  const home = await open(site, '/en-GB/');
  const paths = await home.page
    .locator('main .journey-link a')
    .evaluateAll((anchors) => [...new Set(anchors.map((a) => a.pathname))]);
  await home.context.close();
  assert.ok(paths.length >= 23, `home page links ${paths.length} journeys`);

  for (const path of paths) {
    const { page, context, response, problems } = await open(site, path);
    assert.equal(response.status(), 200, `${path} has its own file`);
    assert.equal(await page.locator('aside.safety a[href="tel:999"]').count(), 1, `${path}: safety line`);
    const steps = page.locator('ol.steps > li');
    const count = await steps.count();
    assert.ok(count >= 3, `${path}: ${count} steps`);
    for (let i = 0; i < count; i++) {
      const who = await steps.nth(i).locator('.who strong').innerText();
      assert.ok(who.trim().length > 0, `${path} step ${i + 1} names who is responsible`);
      assert.ok((await steps.nth(i).locator('.step__facts dd').count()) >= 2, `${path} step ${i + 1}: contact and if-not`);
    }
    // No guide has a clinician's sign-off yet, so none may claim one (hazard H28).
    const text = await visibleText(page);
    assert.match(text, /We wrote this page on \d+ \w+ \d{4} from public sources\. A clinician has not checked it yet\./, `${path}: written date`);
    assert.doesNotMatch(text, /checked this page on/, `${path}: claims no review`);
    assert.ok((await page.locator('.sources__list li').count()) >= 1, `${path}: lists its sources`);
    assert.match(text, /NHS services in England/, `${path}: says it is about England`);
    await assertNoSidewaysScroll(page, path);
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});

test('the search box finds a journey as you type', async () => {
  const { page, context } = await open(site, '/en-GB/');
  await page.fill('#journey-search', 'sick note');
  const first = page.locator('.search__results .journey-link a').first();
  await first.waitFor();
  assert.equal(await first.evaluate((a) => a.pathname), '/en-GB/fit-notes/');
  // A word only the keywords have: they come from the search-words file.
  await page.fill('#journey-search', 'PALS');
  await page.waitForFunction(() => document.querySelector('.search__results .journey-link a')?.pathname === '/en-GB/after-appointment/');
  assert.equal(await page.locator('main li[data-keywords]').count(), 0, 'no keywords in the page itself');
  await page.fill('#journey-search', 'zzqx');
  await page.locator('.search__count').filter({ hasText: 'No guides match' }).waitFor();
  await context.close();
});
