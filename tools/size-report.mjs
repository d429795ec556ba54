// Prints what the first view of a page costs a patient: every file a journey page
// loads from dist/, raw, gzip and brotli (quality 11, as a static host would serve it).
//
// Use: node tools/size-report.mjs [dist]

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

const compressed = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

// The assets the page references, in the order the browser fetches them.
const page = 'en-GB/referral/index.html';
const html = readFileSync(join(dist, page));
const assets = [...html.toString().matchAll(/(?:href|src)="\/?([^"#?]+\.(?:css|js|wasm))"/g)].map((m) => m[1]);
const rows = [[page, compressed(html)]];
for (const asset of new Set(assets)) rows.push([asset, compressed(readFileSync(join(dist, asset)))]);
// The Wasm is fetched by the JS glue, so it may not be named in the HTML.
for (const file of readdirSync(dist).filter((name) => name.endsWith('.wasm'))) {
  if (!assets.includes(file)) rows.push([file, compressed(readFileSync(join(dist, file)))]);
}

console.log(`First view of /${page.replace('index.html', '')}:`);
console.log(`${'file'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [name, size] of rows) {
  console.log(`${name.padEnd(44)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
  for (const key of Object.keys(total)) total[key] += size[key];
}
console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
