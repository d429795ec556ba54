// The pages every quality check runs on, read from dist/: the build prerenders one
// index.html per route (src/route/mod.rs, Route::all), so this list grows with every
// journey, page kind and mode without being written twice. As in nhsuk-frontend, the
// same fixtures drive the examples (tools/examples.mjs) and the accessibility checks.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A patient's details in a link, so pages are also checked with them filled in. */
export const DETAILS = '#1&s=Dermatology&d=2026-11-21&w=3w&t=02079460000&u=trust.example/derm';

/** Every prerendered route in a locale: `/<locale>/…/`. */
export function routes(locale) {
  const found = [];
  const walk = (dir, path) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (name === 'index.html') found.push(path);
      else if (statSync(full).isDirectory()) walk(full, `${path}${name}/`);
    }
  };
  walk(join('dist', locale), `/${locale}/`);
  return found.sort();
}

/** The kind of page a route is, e.g. "desk journey", "embed maker". */
export function kind(path) {
  const [, , first, second] = path.split('/');
  if (!first) return 'home';
  if (path.endsWith('/with-english/')) return `${first === 'desk' ? 'desk ' : ''}journey with English`;
  if (path.endsWith('/easy-read/')) {
    const mode = ['desk', 'embedded'].includes(first) ? `${first} ` : '';
    const guide = path.split('/').filter(Boolean).length > (mode ? 3 : 2);
    return `${mode}easy read${guide ? '' : ' list'}`;
  }
  if (path.endsWith('/not-found/')) return `${first === 'not-found' ? '' : `${first} `}not-found`;
  if (path.endsWith('/languages/')) return `${first === 'languages' ? '' : `${first} `}languages`;
  if (first === 'desk' || first === 'embedded') return `${first} ${second ? 'journey' : 'home'}`;
  if (['make-link', 'embed'].includes(first)) return first;
  return 'journey';
}

/** Every route, plus journeys with a patient's details, in these locales. Easy Read
 * pages on desk screens and in frames are the personal ones in another frame (the same
 * body): one of each of those kinds stands for the rest. */
export function fixtures(locales) {
  return locales.flatMap((locale) => {
    const framed = (path) => / easy read$/.test(kind(path)) && kind(path) !== 'easy read';
    const firstOfKind = new Set(oneOfEachKind(locale));
    const all = routes(locale).filter((path) => !framed(path) || firstOfKind.has(path));
    const withDetails = [`/${locale}/referral/${DETAILS}`, `/${locale}/embedded/referral/${DETAILS}`];
    return [...all, ...withDetails];
  });
}

/** One route of each kind in a locale. */
export function oneOfEachKind(locale) {
  const byKind = new Map();
  for (const path of routes(locale)) if (!byKind.has(kind(path))) byKind.set(kind(path), path);
  return [...byKind.values()];
}

/** Every language the site has: the folders the build wrote under dist/. */
export function languages() {
  return readdirSync('dist').filter((name) => /^[a-z]{2,3}(-[A-Za-z]+)?$/.test(name) && statSync(join('dist', name)).isDirectory()).sort();
}

/** What says a page is ready: `html[data-ready]` once its Wasm has started; a guide
 * with English, read together, has no Wasm, so its heading. */
export function readySelector(path) {
  return path.split(/[?#]/)[0].endsWith('/with-english/') ? 'main h1' : 'html[data-ready]';
}
