// dist/ served by real nginx with the server block the build wrote
// (target/hosting/nginx.conf, src/site/hosting.rs): the headers it promises, deep
// links, the not-found page, no CSP violation with the header and the meta policy both
// in force, and a start with no network.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, PHONE } from './support.mjs';

const BLOCK = 'target/hosting/nginx.conf';
const headersFile = readFileSync('dist/_headers', 'utf8');
const policy = headersFile.match(/^ {2}Content-Security-Policy: (.+)$/m)[1];
const wasm = readFileSync('dist/sw.js', 'utf8').match(/'(whatnext-[0-9a-f]+_bg\.wasm)'/)[1];

const site = { url: '', nginx: null, browser: null, log: '' };

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((listening) => server.once('listening', listening));
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'whatnext-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const port = await freePort();
  // What a host does with the block: its own `listen`, inside its own nginx.conf.
  const block = readFileSync(BLOCK, 'utf8');
  assert.match(block, /^ {4}listen 8080;$/m);
  writeFileSync(join(dir, 'site.conf'), block.replace(/^ {4}listen 8080;$/m, `    listen 127.0.0.1:${port};`));
  writeFileSync(join(dir, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`);
  site.nginx = spawn(process.env.NGINX ?? '/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  site.nginx.stderr.on('data', (chunk) => { site.log += chunk; });
  site.url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`${site.url}/`);
      break;
    } catch (error) {
      if (tries > 100 || site.nginx.exitCode !== null) throw new Error(`nginx did not start: ${site.log}`, { cause: error });
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  site.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await site.browser?.close();
  site.nginx?.kill();
});

const get = (path) => fetch(site.url + path, { redirect: 'manual' });

function assertSecurityHeaders(response, path) {
  assert.equal(response.headers.get('content-security-policy'), policy, path);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
}

test('pages: the headers, checked with the host each time, as HTML in UTF-8', async () => {
  for (const path of ['/', '/en-GB/', '/ar/referral/', '/en-GB/desk/referral/', '/en-GB/make-link/']) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assertSecurityHeaders(response, path);
    assert.equal(response.headers.get('cache-control'), 'no-cache', path);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
  }
  assert.match(policy, /frame-ancestors 'self' https:$/);
  assert.equal(policy.match(/'sha256-/g).length, 2, 'both loaders, patients\' and staff');
});

test('hashed files are kept for ever; sw.js is checked each time', async () => {
  const stylesheet = readFileSync('dist/en-GB/index.html', 'utf8').match(/href="\.\.\/(app-[0-9a-f]+\.css)"/)[1];
  for (const [path, type] of [[`/${wasm}`, 'application/wasm'], [`/${stylesheet}`, 'text/css; charset=utf-8']]) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assertSecurityHeaders(response, path);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
    assert.equal(response.headers.get('content-type'), type, path);
  }
  const worker = await get('/sw.js');
  assert.equal(worker.headers.get('cache-control'), 'no-cache');
  assert.match(worker.headers.get('content-type'), /^application\/javascript/);
});

test('a deep link without its last slash goes to the page; an unknown one gets the not-found page', async () => {
  const redirect = await get('/en-GB/referral');
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get('location'), '/en-GB/referral/', 'relative: stays on the address the browser used');
  const missing = await get('/en-GB/nowhere/');
  assert.equal(missing.status, 404);
  assertSecurityHeaders(missing, '404');
  assert.match(await missing.text(), /<meta name="whatnext-route" content="\/en-GB\/not-found\/">/);
});

test('in the browser: every kind of page runs with no CSP violation, and opens again offline', async () => {
  const context = await site.browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const path of ['/en-GB/referral/', '/ar/referral/', '/en-GB/make-link/', '/en-GB/desk/referral/', '/en-GB/embedded/referral/', '/en-GB/nowhere/']) {
    await page.goto(site.url + path);
    await page.waitForSelector('html[data-ready] main h1');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
  }
  assert.equal(await page.getAttribute('meta[name="whatnext-route"]', 'content'), '/en-GB/not-found/', 'the not-found page, working');

  await page.goto(`${site.url}/pl/referral/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready] main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the guides show in a frame of their own site, and not of a site that is not https', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const framed = async (origin) => {
    await page.goto(`${origin}/en-GB/`);
    await page.setContent(`<iframe src="${site.url}/en-GB/embedded/referral/"></iframe>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForLoadState();
    return (await frame.$('main h1')) !== null;
  };
  assert.equal(await framed(site.url), true, "'self' may frame them");
  // Another origin (localhost is not 127.0.0.1), over http.
  assert.equal(await framed(site.url.replace('127.0.0.1', 'localhost')), false, 'blocked by frame-ancestors');
  await context.close();
});
