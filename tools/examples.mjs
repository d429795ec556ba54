// Screenshots of every kind of page at 390 px, in English and Arabic, from the same
// fixtures as the accessibility checks (tests/browser/fixtures.mjs), and a journey in
// every language (to see every script render), for review:
// node tools/examples.mjs  →  target/examples/*.png (after ./run build).

import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { DETAILS, languages, oneOfEachKind } from '../tests/browser/fixtures.mjs';
import { CHROMIUM_ARGS, PHONE } from '../tests/browser/support.mjs';

const out = 'target/examples';
mkdirSync(out, { recursive: true });
const server = await serve('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const everyLanguage = languages().filter((locale) => !['en-GB', 'ar'].includes(locale)).map((locale) => `/${locale}/referral/`);
const paths = [...['en-GB', 'ar'].flatMap((locale) => [...oneOfEachKind(locale), `/${locale}/referral/${DETAILS}`]), ...everyLanguage];
for (const path of paths) {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(server.url + path);
  await page.waitForSelector('html[data-ready]');
  const name = path.split('#')[0].replace(/^\/|\/$/g, '').replace(/\//g, '_') + (path.includes('#') ? '_details' : '');
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
  await page.close();
}
await browser.close();
await server.close();
