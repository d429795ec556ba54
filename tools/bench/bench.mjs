// The size and speed benchmark (not a test): for each kind of page, what its first view
// costs, and Lighthouse's mobile metrics (simulated slow 4G) against a plain static HTML
// page with the same text and one small stylesheet, in the same run. Medians of RUNS
// runs (default 3; the journey page, the one patients open from a text message, 5).
// Use: ./run bench  (RUNS=n for n runs of each; ONLY=desk,home for some kinds only)
//
// Prints the figures and writes them to docs/performance.md (never by hand); never
// fails on them. A Lighthouse run with no result after 3 minutes is recorded as such.

import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../static-server.mjs';

const RUNS = process.env.RUNS && Number(process.env.RUNS);
const ONLY = process.env.ONLY?.split(',');
// The site to measure: dist/, or a copy (DIST=…) so a build can run meanwhile.
const DIST = process.env.DIST ?? 'dist';
const ALL_ROUTE_TYPES = [
  ['journey', 'en-GB/referral/index.html', 5],
  ['journey (ar)', 'ar/referral/index.html', 3],
  ['home', 'en-GB/index.html', 3],
  ['embedded', 'en-GB/embedded/referral/index.html', 3],
  ['desk', 'en-GB/desk/referral/index.html', 3],
  ['make-link', 'en-GB/make-link/index.html', 3],
  ['embed maker', 'en-GB/embed/index.html', 3],
];
const ROUTE_TYPES = ALL_ROUTE_TYPES.filter(([name]) => !ONLY || ONLY.includes(name));

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** First-view transfer of a page, split by kind of file. */
function firstView(page) {
  const html = readFileSync(join(DIST, page));
  const text = html.toString();
  // Addresses are relative to the page's folder (or, in 404.html, from the root).
  const read = (address) => readFileSync(address.startsWith('/') ? join(DIST, address) : join(DIST, dirname(page), address));
  // The loader (src/site/loader.js) loads `root + '….js'` and `root + '….wasm'`.
  const root = text.match(/<meta name="whatnext-root" content="([^"]+)">/)[1];
  const loaded = (ext) => [...text.matchAll(new RegExp(`root \\+ '([^']+\\.${ext})'`, 'g'))].map((m) => read(root + m[1]));
  const files = {
    HTML: [html],
    CSS: [...text.matchAll(/href="([^"]+\.css)"/g)].map((m) => read(m[1])),
    JS: loaded('js'),
    Wasm: loaded('wasm'),
    Locale: [], // each page carries its own language's text in its HTML; no locale file is fetched
  };
  return Object.fromEntries(Object.entries(files).map(([kind, list]) => [kind, {
    brotli: list.reduce((n, b) => n + brotli(b), 0),
    gzip: list.reduce((n, b) => n + gzip(b), 0),
  }]));
}

/** A page's text as plain HTML: its main content and safety line, one small stylesheet. */
function referencePage(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const pick = (re) => (html.match(re)?.[0] ?? '');
  const strip = (fragment) => fragment.replace(/<!--[^>]*-->/g, '').replace(/<leptos-island[^>]*>|<\/leptos-island>/g, '');
  const lang = html.match(/<html lang="([^"]+)" dir="([^"]+)">/);
  const dir = mkdtempSync(join(tmpdir(), 'whatnext-reference-'));
  writeFileSync(join(dir, 'style.css'), 'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:40em;padding:1em;color:#212b32}a{color:#005eb8}');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="${lang[1]}" dir="${lang[2]}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference</title>
<link rel="stylesheet" href="/style.css"></head><body>${strip(pick(/<aside class="safety"[\s\S]*?<\/aside>/))}${strip(pick(/<main[\s\S]*?<\/main>/))}</body></html>`);
  return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const RUN_LIMIT_MS = 3 * 60 * 1000;

async function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** Medians of `times` Lighthouse runs, or null if a run gave no result in time (the
 * browser is then started afresh for the next page). */
async function measure(url, times) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), RUN_LIMIT_MS); });
    const result = await Promise.race([lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }), timeout]);
    clearTimeout(timer);
    if (!result) {
      await chrome.kill();
      chrome = await launchChrome();
      return null;
    }
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

const sizeRows = [];
console.log('First-view transfer per route type (brotli / gzip):');
for (const [name, page] of ROUTE_TYPES) {
  const view = firstView(page);
  const total = Object.values(view).reduce((n, v) => n + v.brotli, 0);
  const parts = Object.entries(view).map(([kind, v]) => `${kind} ${kind === 'Locale' && !v.brotli ? '0' : `${kb(v.brotli)}/${kb(v.gzip)}`}`).join(', ');
  console.log(`  ${name.padEnd(14)} ${kb(total).padStart(9)}  (${parts})`);
  sizeRows.push(`| ${name} \`/${page.replace('index.html', '')}\` | ${['HTML', 'CSS', 'JS', 'Wasm'].map((kind) => kb(view[kind].brotli)).join(' | ')} | ${kb(total)} |`);
}
const budget = execFileSync('node', ['tools/size-report.mjs', DIST], { encoding: 'utf8' }).match(/^First view budget: .*$/m)?.[0] ?? '';

const ours = await serve(DIST, 0, { compress: true });
let chrome = await launchChrome();
const row = (name, m) => `  ${name.padEnd(26)}${`${Math.round(m.fcp)}ms`.padStart(8)}${`${Math.round(m.lcp)}ms`.padStart(8)}${`${Math.round(m.tbt)}ms`.padStart(7)}${String(Math.round(m.performance)).padStart(6)}${String(Math.round(m.accessibility)).padStart(6)}`;
const speedRows = [];
try {
  console.log('\nLighthouse mobile (simulated slow 4G), medians; "plain" is the same text as plain HTML with one small stylesheet:');
  console.log(`  ${''.padEnd(26)}${'FCP'.padStart(8)}${'LCP'.padStart(8)}${'TBT'.padStart(7)}${'perf'.padStart(6)}${'a11y'.padStart(6)}`);
  for (const [name, page, times] of ROUTE_TYPES) {
    const plain = await serve(referencePage(page), 0, { compress: true });
    const runs = RUNS || times;
    const path = `/${page.replace('index.html', '')}`;
    try {
      const app = await measure(`${ours.url}${path}`, runs);
      const reference = app && (await measure(`${plain.url}/`, runs));
      if (!app || !reference) {
        console.log(`  ${name}: no result from Lighthouse within ${RUN_LIMIT_MS / 60000} minutes`);
        speedRows.push(`| ${name} \`${path}\` | no result from Lighthouse within ${RUN_LIMIT_MS / 60000} minutes | | | | | |`);
        continue;
      }
      console.log(row(`${name} (ours, ${runs} runs)`, app));
      console.log(row(`${name} (plain)`, reference));
      console.log(`  ${''.padEnd(26)}LCP ratio ours / plain: ${(app.lcp / reference.lcp).toFixed(2)} (target 1.10)`);
      const ms = (value) => `${Math.round(value)}`;
      speedRows.push(`| ${name} \`${path}\` (${runs} runs) | ${ms(app.fcp)} / ${ms(reference.fcp)} ms | ${ms(app.lcp)} / ${ms(reference.lcp)} ms | ${(app.lcp / reference.lcp).toFixed(2)} | ${ms(app.tbt)} ms | ${Math.round(app.performance)} | ${Math.round(app.accessibility)} |`);
    } finally {
      await plain.close();
    }
  }
} finally {
  await chrome.kill();
  await ours.close();
}

writeFileSync('docs/performance.md', `# Size and speed

Written by \`./run bench\` (tools/bench/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, on this project's
machine (${os.cpus().length} cores), from the release build in \`${DIST === 'dist' ? 'dist/' : 'dist/ (a copy)'}\`. Not by hand: run it again to update.
How the pages are kept small and fast is in [architecture.md](architecture.md#size-and-speed).

## First view (brotli)

What a page downloads before it is fully working: its HTML, its stylesheet, and, once
the words are on screen, the JS glue and the Wasm. No language file: each page carries
its own words. Target: at most 100 KB for every page patients read.

| page | HTML | CSS | JS | Wasm | total |
|---|---|---|---|---|---|
${sizeRows.join('\n')}

${budget} (\`./run size\` checks every one and fails above 100 KB; the staff pages run on practice computers and load a second, larger Wasm.)

## Speed

Lighthouse mobile, simulated slow 4G, medians, each page against the same text as
plain HTML with one small stylesheet, measured in the same run. Targets: LCP within
1.1 × the plain page's; performance and accessibility 100.

| page | FCP ours / plain | LCP ours / plain | LCP ratio | TBT | performance | accessibility |
|---|---|---|---|---|---|---|
${speedRows.join('\n')}
${ROUTE_TYPES.length < ALL_ROUTE_TYPES.length ? `\nNot measured in this run (\`ONLY=${ONLY.join(',')}\`): ${ALL_ROUTE_TYPES.filter((kind) => !ROUTE_TYPES.includes(kind)).map(([name]) => name).join(', ')}.\n` : ''}`);
console.log('\nbench: wrote docs/performance.md');
