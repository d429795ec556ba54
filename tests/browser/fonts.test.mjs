// Every script renders: on a journey page in every language, each character of the page
// is in a font the page used (Chromium's own report, checked against each font file's
// character map from fontconfig), so nothing shows as empty boxes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { languages } from './fixtures.mjs';
import { useSite } from './support.mjs';

const site = useSite();
const charsets = new Map();

/** The code points a font family covers (its first file, as fontconfig finds it). */
function coverage(family) {
  if (!charsets.has(family)) {
    const file = execFileSync('fc-match', ['-f', '%{file}', family], { encoding: 'utf8' });
    const ranges = execFileSync('fc-query', ['-f', '%{charset}', file], { encoding: 'utf8' }).trim().split(/\s+/);
    charsets.set(family, ranges.map((range) => range.split('-').map((hex) => parseInt(hex, 16))).map(([from, to = from]) => [from, to]));
  }
  return charsets.get(family);
}

for (const locale of languages()) {
  test(`every character of a journey in ${locale} is in a font the page used`, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/${locale}/referral/`);
    const devtools = await context.newCDPSession(page);
    await devtools.send('DOM.enable');
    await devtools.send('CSS.enable');
    const { root } = await devtools.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await devtools.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'main h1, main p, main li, main dt, main dd, nav a' });
    const families = new Set();
    for (const nodeId of nodeIds) {
      const { fonts } = await devtools.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) families.add(font.familyName);
    }
    const ranges = [...families].flatMap(coverage);
    // What is on screen (hidden templates hold the islands' placeholders).
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main p, main li, main dt, main dd, nav a')].filter((node) => node.getClientRects().length > 0).map((node) => node.innerText).join(''));
    const missing = new Set();
    for (const character of text) {
      const code = character.codePointAt(0);
      if (/\s/.test(character) || code < 0x20 || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f) continue;
      if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(`${character} U+${code.toString(16).toUpperCase()}`);
    }
    assert.deepEqual([...missing], [], `${locale}: in no font the page used (${[...families].join(', ')})`);
    await context.close();
  });
}
