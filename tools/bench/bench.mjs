// The size and speed benchmark (not a test): what the first view of each kind of page
// costs, and Lighthouse's mobile metrics (simulated slow 4G) for a journey page against
// a plain static HTML page with the same journey text and one small stylesheet, in
// the same run. Medians of RUNS runs. Use: ./run bench
//
// Prints figures; never fails on them.

import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../static-server.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const DIST = 'dist';
const JOURNEY = 'en-GB/referral/index.html';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** First-view transfer of a page, split by kind of file. */
function firstView(page) {
  const html = readFileSync(join(DIST, page));
  const text = html.toString();
  // Addresses are relative to the page's folder (or, in 404.html, from the root).
  const read = (address) => readFileSync(address.startsWith('/') ? join(DIST, address) : join(DIST, dirname(page), address));
  const files = {
    HTML: [html],
    CSS: [...text.matchAll(/href="([^"]+\.css)"/g)].map((m) => read(m[1])),
    JS: [...text.matchAll(/import\('([^']+\.js)'\)/g)].map((m) => read(m[1])),
    Wasm: [...text.matchAll(/module_or_path: '([^']+\.wasm)'/g)].map((m) => read(m[1])),
    Locale: [], // each page carries its own language's text in its HTML; no locale file is fetched
  };
  return Object.fromEntries(Object.entries(files).map(([kind, list]) => [kind, {
    brotli: list.reduce((n, b) => n + brotli(b), 0),
    gzip: list.reduce((n, b) => n + gzip(b), 0),
  }]));
}

/** The same journey as plain HTML: its main text and safety line, one small stylesheet. */
function referencePage() {
  const html = readFileSync(join(DIST, JOURNEY), 'utf8');
  const pick = (re) => (html.match(re)?.[0] ?? '');
  const strip = (fragment) => fragment.replace(/<!--[^>]*-->/g, '').replace(/<leptos-island[^>]*>|<\/leptos-island>/g, '');
  const dir = mkdtempSync(join(tmpdir(), 'whatnext-reference-'));
  writeFileSync(join(dir, 'style.css'), 'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:40em;padding:1em;color:#212b32}a{color:#005eb8}');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference</title>
<link rel="stylesheet" href="/style.css"></head><body>${strip(pick(/<aside class="safety"[\s\S]*?<\/aside>/))}${strip(pick(/<main[\s\S]*?<\/main>/))}</body></html>`);
  return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(url, port) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const audits = result.lhr.audits;
    runs.push({
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      performance: result.lhr.categories.performance.score * 100,
      accessibility: result.lhr.categories.accessibility.score * 100,
    });
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

console.log('First-view transfer per route type (brotli / gzip):');
for (const [name, page] of [['home', 'en-GB/index.html'], ['journey', JOURNEY], ['journey (ar)', 'ar/referral/index.html'], ['make-link', 'en-GB/make-link/index.html'], ['desk', 'en-GB/desk/index.html'], ['embedded', 'en-GB/embedded/referral/index.html'], ['embed maker', 'en-GB/embed/index.html']]) {
  const view = firstView(page);
  const total = Object.values(view).reduce((n, v) => n + v.brotli, 0);
  const parts = Object.entries(view).map(([kind, v]) => `${kind} ${kind === 'Locale' && !v.brotli ? '0' : `${kb(v.brotli)}/${kb(v.gzip)}`}`).join(', ');
  console.log(`  ${name.padEnd(14)} ${kb(total).padStart(9)}  (${parts})`);
}

const ours = await serve(DIST, 0, { compress: true });
const plain = await serve(referencePage(), 0, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const app = await measure(`${ours.url}/${JOURNEY.replace('index.html', '')}`, chrome.port);
  const reference = await measure(`${plain.url}/`, chrome.port);
  console.log(`\nLighthouse mobile (simulated slow 4G), median of ${RUNS}:`);
  console.log(`  ${''.padEnd(22)}${'FCP'.padStart(8)}${'LCP'.padStart(8)}${'TBT'.padStart(7)}${'perf'.padStart(6)}${'a11y'.padStart(6)}`);
  for (const [name, m] of [['journey page (ours)', app], ['plain HTML reference', reference]]) {
    console.log(`  ${name.padEnd(22)}${`${Math.round(m.fcp)}ms`.padStart(8)}${`${Math.round(m.lcp)}ms`.padStart(8)}${`${Math.round(m.tbt)}ms`.padStart(7)}${String(Math.round(m.performance)).padStart(6)}${String(Math.round(m.accessibility)).padStart(6)}`);
  }
  console.log(`  LCP ratio ours / plain: ${(app.lcp / reference.lcp).toFixed(2)} (target 1.10)`);
} finally {
  await chrome.kill();
  await ours.close();
  await plain.close();
}
