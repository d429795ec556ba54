// Screenshots of built pages, as a patient would see them: node tools/screenshot.mjs <path> [out.png] [width]
// Serves dist/ itself. Used by hand when reviewing a change; not part of the tests.

import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const [path = '/en-GB/', out = 'tests/output/screenshot.png', width = '390'] = process.argv.slice(2);
const server = await serve('dist');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 } });
await page.goto(server.url + path);
await page.waitForSelector('html[data-ready] main h1');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`${out}`);
