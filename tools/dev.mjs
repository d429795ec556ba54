// The quick loop (./run dev): a quick build (no LTO, no wasm-opt), served on
// http://127.0.0.1:$PORT/ (8080), rebuilt on each change, only as far as needed:
//
//   locales/<code>/…   that language's pages (en-GB: every page), words read from disk:
//                      nothing is compiled
//   style/, public/    the assets and every page (a stylesheet's name is in each page)
//   src/, build.rs, locales/*/meta.ftl, Cargo.toml
//                      both Wasm builds and the site step, compiled incrementally
//
// Each step prints how long it took. Reload the browser to see the change.

import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { serve } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 8080);
const SITE = ['target/web/quick', 'dist', '--words-from-disk'];

function run(command, args) {
  return new Promise((done) => {
    spawn(command, args, { stdio: 'inherit' }).on('exit', (code) => done(code === 0));
  });
}

/** What a changed file needs redone: 'code', 'assets', or a language's words (its code). */
function needFor(file) {
  const [top, code, ...rest] = file.split('/');
  if (top === 'locales' && code && rest.length && rest.at(-1) !== 'meta.ftl') return code;
  if (top === 'style' || top === 'public') return 'assets';
  if (top === 'src' || file === 'build.rs' || file === 'Cargo.toml' || top === 'locales') return 'code';
  return null;
}

async function redo(needs) {
  const started = Date.now();
  let ok;
  let what;
  if (needs.has('code')) {
    what = 'code: both Wasm builds and the site';
    ok = await run('tools/build.sh', ['quick']);
  } else if (needs.has('assets') || needs.has('en-GB')) {
    what = needs.has('assets') ? 'styles: assets and every page' : 'en-GB words: every page';
    ok = await run('target/debug/site', SITE);
  } else {
    const codes = [...needs];
    what = `words: ${codes.join(', ')}`;
    ok = await run('target/debug/site', [...SITE, '--only', ...codes]);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(ok ? `dev: ${what} rebuilt in ${seconds} s; reload the page` : `dev: ${what} failed after ${seconds} s (see above); the last good build is still served`);
}

if (!(await run('tools/build.sh', ['quick']))) process.exit(1);
await serve('dist', PORT);
console.log(`dev: serving http://127.0.0.1:${PORT}/ (Ctrl-C to stop)`);

// Changes arrive in bursts (an editor saves several files): gather them for a moment,
// and never run two rebuilds at once.
let pending = new Set();
let timer = null;
let running = Promise.resolve();
function changed(need) {
  pending.add(need);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const needs = pending;
    pending = new Set();
    running = running.then(() => redo(needs));
  }, 150);
}
for (const folder of ['locales', 'style', 'public', 'src']) {
  watch(folder, { recursive: true }, (_event, name) => {
    const need = name && needFor(`${folder}/${name}`);
    if (need) changed(need);
  });
}
for (const file of ['build.rs', 'Cargo.toml']) watch(file, () => changed('code'));
