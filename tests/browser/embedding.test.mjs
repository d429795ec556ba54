// A practice puts the guides in its own web page: the embed page makes the snippet;
// on a host page served from another origin the frame grows to its content, takes
// only the app's height messages, uses the host's colour if readable, and can hide the
// list of other guides.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { PHONE, useSite, open } from './support.mjs';

const site = useSite();

/** A practice's web page on its own origin, with the snippet pasted in. */
async function hostPage(snippet) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northbrook Surgery</title></head>
<body style="margin:0"><h1>Northbrook Surgery</h1><p>Our guides:</p>${snippet}<footer>Practice footer</footer></body></html>`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  // Close kept-alive connections too: a browser holding one would keep close() waiting.
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((closed) => { server.close(closed); server.closeAllConnections(); }) };
}

/** The snippet the embed page makes for these choices. */
async function makeSnippet({ journey, accent = '', list = true }) {
  const { page, context, problems } = await open(site, '/en-GB/embed/');
  if (journey) await page.selectOption('#embed-journey', { label: journey });
  if (accent) await page.fill('#embed-accent', accent);
  if (!list) await page.uncheck('#embed-list');
  const snippet = await page.inputValue('#embed-code');
  const error = (await page.isVisible('#embed-accent-error')) ? await page.innerText('#embed-accent-error') : '';
  return { page, context, problems, snippet, error };
}

const frameHeight = (page) => page.$eval('#whatnext-guide', (frame) => frame.getBoundingClientRect().height);

test('the embed page makes a snippet with the chosen guide, colour and list setting', async () => {
  const { context, snippet, error, problems } = await makeSnippet({ journey: 'Your GP has sent you to a hospital team', accent: '#1D70B8', list: false });
  assert.match(snippet, new RegExp(`src="${site.url}/en-GB/embedded/referral/\\?accent=1d70b8&list=no"`));
  assert.match(snippet, new RegExp(`event\\.origin !== '${site.url}'`), 'the script checks the app origin');
  assert.match(snippet, /title="Your GP has sent you to a hospital team – What next\?"/);
  assert.equal(error, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a colour too light to read is refused, with the reason, and left out of the snippet', async () => {
  const { page, context, snippet, error } = await makeSnippet({ journey: 'Your GP has sent you to a hospital team', accent: '#ffb81c' });
  assert.match(error, /too light/);
  assert.match(error, /1\.\d to 1/, 'says the contrast it has');
  assert.doesNotMatch(snippet, /accent=/);
  assert.equal(await page.getAttribute('#embed-accent', 'aria-invalid'), 'true');
  await page.click('#embed-copy');
  assert.equal(await page.innerText('#embed-copy'), 'Copied');
  await page.fill('#embed-accent', 'blue');
  assert.match(await page.innerText('#embed-accent-error'), /not a colour/);
  assert.equal(await page.getAttribute('#embed-accent', 'aria-describedby'), 'embed-accent-hint embed-accent-error', 'the hint and the error are read with the field');
  await page.fill('#embed-accent', '#003087');
  assert.notEqual(await page.innerText('#embed-copy'), 'Copied', 'a changed snippet has not been copied');
  assert.equal(await page.getAttribute('#embed-accent', 'aria-invalid'), 'false');
  await context.close();
});

test('the live preview shows the embedded page at its full height', async () => {
  const { page, context } = await makeSnippet({ journey: 'While you wait for a hospital visit' });
  const frame = page.frameLocator('#embed-preview');
  await frame.locator('main h1').waitFor();
  await page.waitForFunction(() => document.getElementById('embed-preview').getBoundingClientRect().height > 1000);
  await context.close();
});

test('on another origin the frame grows to its content, with no scroll bar inside', async () => {
  const { context: maker, snippet } = await makeSnippet({ journey: 'Your GP has sent you to a hospital team', accent: '#1d70b8' });
  await maker.close();
  const host = await hostPage(snippet);
  const context = await site.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('#whatnext-guide');
  await frame.locator('html[data-ready] main h1').waitFor();
  await page.waitForFunction(() => document.getElementById('whatnext-guide').getBoundingClientRect().height > 2000);
  const inner = page.frames().find((candidate) => candidate.url().includes('/embedded/'));
  const { scrollHeight, innerHeight } = await inner.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
  assert.ok(scrollHeight <= innerHeight + 1, `no inner scroll: content ${scrollHeight}px in a ${innerHeight}px frame`);

  // Embedded: no site header or footer links; the language picker, the safety line and
  // tel: links stay.
  assert.equal(await frame.locator('.site-header').count(), 0);
  assert.equal(await frame.locator('.site-footer a').count(), 0);
  assert.ok(await frame.locator('.languages a.languages__link').isVisible());
  assert.ok((await frame.locator('a[href="tel:999"]').count()) === 1);

  // The host's colour is on the links.
  const colour = await frame.locator('.more-guides a').first().evaluate((link) => getComputedStyle(link).color);
  assert.equal(colour, 'rgb(29, 112, 184)');

  // A height message from anywhere but the app's frame is ignored.
  const before = await frameHeight(page);
  // Messages are handled in the order they are posted: once a second one has arrived,
  // the host has handled the first.
  await page.evaluate(() => new Promise((handled) => {
    addEventListener('message', (event) => event.data === 'after' && handled());
    window.postMessage({ type: 'whatnext:height', height: 50 }, '*');
    window.postMessage('after', '*');
  }));
  assert.equal(await frameHeight(page), before, 'a message from the host page itself is ignored');

  // Going on to another guide keeps the host's settings.
  await frame.locator('.more-guides a').first().click();
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].length === 1);
  await frame.locator('html[data-ready] main h1').waitFor();
  const next = page.frames().find((candidate) => candidate !== page.mainFrame());
  assert.match(next.url(), /\/embedded\/\?accent=1d70b8$/, 'the list of every guide, with the host\'s colour');
  await context.close();
  await host.close();
});

test('a message of the right shape from another origin is ignored', async () => {
  const { context: maker, snippet } = await makeSnippet({ journey: 'Your GP has sent you to a hospital team' });
  await maker.close();
  // The same snippet, but the frame shows a page on another origin that claims a height.
  // It says "done" after its claim, so once "done" has arrived the claim was handled.
  const impostor = await hostPage('<script>parent.postMessage({ type: "whatnext:height", height: 77 }, "*"); parent.postMessage("done", "*")</script>');
  const host = await hostPage(snippet.replace(/src="[^"]+"/, `src="${impostor.url}"`));
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('message', (event) => { if (event.data === 'done') window.impostorDone = true; }));
  await page.goto(host.url);
  await page.waitForFunction(() => window.impostorDone === true);
  assert.notEqual(Math.round(await frameHeight(page)), 77);
  await context.close();
  await host.close();
  await impostor.close();
});

test('the host can hide the list of other guides; a too-light colour in a hand-edited link is not used', async () => {
  const { page, context } = await open(site, '/en-GB/embedded/referral/?list=no&accent=ffb81c');
  assert.equal(await page.isVisible('.more-guides'), false);
  const colour = await page.locator('main .step a, .safety a').first().evaluate((link) => getComputedStyle(link).getPropertyValue('--colour-link').trim());
  assert.equal(colour, '#005eb8');
  await context.close();

  const listed = await open(site, '/en-GB/embedded/referral/');
  assert.equal(await listed.page.isVisible('.more-guides'), true);
  await listed.context.close();
});
