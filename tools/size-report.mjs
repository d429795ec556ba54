// Prints what the first view of a page costs a patient: every file a journey page
// loads from dist/, raw, gzip and brotli (quality 11, as a static host would serve
// it), then what each language costs: its own page, and what it adds to the pages
// of other languages (only its link in the language picker), and what each journey
// adds to other pages (its links, and its id in the Wasm's route table).
//
// Use: node tools/size-report.mjs [dist]

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

/** Shared files (CSS, JS, Wasm) are measured once: every page links the same few. */
const measured = new Map();
const assetSizes = (file) => {
  if (!measured.has(file)) measured.set(file, sizes(readFileSync(join(dist, file))));
  return measured.get(file);
};

/** The files the first view of a page downloads: the HTML, what it links (stylesheet,
 * scripts, pictures), and the Wasm. */
function firstView(page) {
  const html = readFileSync(join(dist, page));
  const text = html.toString();
  // Addresses are relative to the page's folder (or, in 404.html, from the root).
  const inDist = (address) => (address.startsWith('/') ? address.slice(1) : join(dirname(page), address));
  const linked = [
    ...[...text.matchAll(/(?:href|src)="([^"#?]+\.(?:css|js|svg))"/g)].map((m) => m[1]),
  ].map(inDist);
  // The loader (src/site/loader.js) imports the JS glue and fetches the Wasm from the
  // site's root, as the page's `whatnext-root` meta names it: `root + '….js'`.
  const root = text.match(/<meta name="whatnext-root" content="([^"]+)">/)[1];
  const loaded = [...text.matchAll(/root \+ '([^']+\.(?:js|wasm))'/g)].map((m) => inDist(`${root}${m[1]}`));
  const assets = [...new Set([...linked, ...loaded])].map((file) => [file, assetSizes(file)]);
  return [[page, sizes(html)], ...assets];
}

function printTable(title, rows) {
  console.log(title);
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [name, size] of rows) {
    console.log(`${name.padEnd(44)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
  return total;
}

const english = printTable('First view of /en-GB/referral/:', firstView('en-GB/referral/index.html'));

const locales = readdirSync(dist).filter((name) => statSync(join(dist, name)).isDirectory() && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(name));
const englishHtml = readFileSync(join(dist, 'en-GB/referral/index.html'), 'utf8');
console.log('\nPer language (journey page /<locale>/referral/):');
console.log(`${'locale'.padEnd(8)}${'first view'.padStart(12)}${'own HTML'.padStart(10)}${'added to other pages'.padStart(24)}`);
for (const locale of locales) {
  const rows = firstView(`${locale}/referral/index.html`);
  const total = rows.reduce((sum, [, size]) => sum + size.brotli, 0);
  // Another language's page names this one nowhere: its picker links to the languages page.
  const named = englishHtml.includes(`hreflang="${locale}"`) || englishHtml.includes(`/${locale}/`);
  const added = locale === 'en-GB' ? '(source)' : named ? 'named on en-GB pages' : '0 B';
  console.log(`${locale.padEnd(8)}${kb(total).padStart(12)}${kb(rows[0][1].brotli).padStart(10)}${added.padStart(24)}`);
}
// A journey's link on other pages: its entry in the home page's list (title and
// summary; its search words are in the language's search-words file, fetched after the
// first view). Embedded pages link to the list, not to each journey.
const englishHome = readFileSync(join(dist, 'en-GB/index.html'), 'utf8');
// Each journey's words are locales/en-GB/journeys/<id>.ftl.
const journeys = readdirSync('locales/en-GB/journeys').map((file) => file.replace(/\.ftl$/, ''));
console.log('\nPer journey (what it adds to the first view of other pages, en-GB, raw bytes):');
console.log(`${'journey'.padEnd(26)}${'home list'.padStart(10)}${'Wasm (its id)'.padStart(15)}`);
for (const journey of journeys) {
  const homeEntry = englishHome.match(new RegExp(`<li[^>]*class="journey-link"><a href="[^"]*/${journey}/"[\\s\\S]*?</li>`))?.[0] ?? '';
  console.log(`${journey.padEnd(26)}${`${homeEntry.length} B`.padStart(10)}${`${journey.length} B`.padStart(15)}`);
}

// The budget holds for every page patients open on their own phones, in every language
// (the staff tools, make-link and embed, and the desk pages run on practice computers
// and screens, and load the staff Wasm).
const patientPages = [];
const walk = (folder) => {
  for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !['make-link', 'embed', 'desk'].includes(entry.name)) walk(path);
    else if (entry.name === 'index.html' && folder) patientPages.push(path);
  }
};
for (const locale of locales) walk(locale);
const heaviest = patientPages
  .map((page) => [page, firstView(page).reduce((sum, [, size]) => sum + size.brotli, 0)])
  .sort((a, b) => b[1] - a[1]);
console.log('\nHeaviest first views of patients\' pages (brotli):');
for (const [page, total] of heaviest.slice(0, 5)) console.log(`${kb(total)}  /${dirname(page)}/`);
const [worstPage, worst] = heaviest[0];
console.log(`\nFirst view budget: ${kb(worst).trim()} (/${dirname(worstPage)}/, the heaviest of ${heaviest.length} patients' pages) of 100 KB brotli; /en-GB/referral/ ${kb(english.brotli).trim()}.`);
if (worst > 100 * 1024) {
  console.log('size: over budget');
  process.exitCode = 1;
}
