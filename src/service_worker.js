// What next? service worker: the app opens again without a signal.
// Written into dist/sw.js by src/bin/site.rs, which fills in VERSION (a hash of this
// release's asset names), SHELL (those assets, relative to this file, so the site
// works from any folder) and NOT_FOUND_PAGES (each language's not-found page). A new release gets a new cache; when it takes over, the pages
// the patient opened are fetched again into it and this copy's older caches are
// deleted, so nobody is left on stale content and no opened page is lost. Caches are
// named by the site's folder too: two copies on one host leave each other's alone.
// A page request the network does not answer within 3 seconds gets the saved copy.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const NOT_FOUND_PAGES = __NOT_FOUND_PAGES__;
const PREFIX = `whatnext ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;
const OFFLINE_PAGE = new URL('404.html', self.registration.scope).href;
/** How long a page request waits for the network before the saved copy is shown. */
const NETWORK_TIMEOUT_MS = 3000;
/** Pages refreshed at once when a new release takes over. */
const REFRESH_BATCH = 4;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    for (const name of older) {
      const old = await caches.open(name);
      // Pages are cached by their path (`/pl/referral/`); assets, by hashed file names,
      // belong to their own release. A few pages at a time: fast, without flooding a
      // weak signal.
      const pages = [];
      for (const request of await old.keys()) if (isPage(request.url) && !(await cache.match(request))) pages.push(request);
      for (let start = 0; start < pages.length; start += REFRESH_BATCH) {
        await Promise.all(pages.slice(start, start + REFRESH_BATCH).map(async (request) => {
          // This release's copy; without a signal just now, the one the patient had.
          const fresh = await fetch(request.url, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) }).catch(() => null);
          await cache.put(request, fresh?.ok ? fresh : await old.match(request));
        }));
      }
      await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The not-found page in the language of the page at `url`, for pages as deep as it
 * (`/<locale>/<journey>/`: its addresses are relative), otherwise none. */
function notFoundPageFor(url) {
  const [locale, page, ...rest] = url.pathname.slice(new URL(self.registration.scope).pathname.length).split('/');
  const sameDepth = page && rest.join('') === '';
  return sameDepth && Object.hasOwn(NOT_FOUND_PAGES, locale) ? new URL(NOT_FOUND_PAGES[locale], self.registration.scope).pathname : null;
}

/** The not-found page for a page never saved, in its language if saved, marked so that
 * it says the phone is offline rather than that the link is wrong. */
async function offline(notFound) {
  const page = (notFound && (await caches.match(notFound))) ?? (await caches.match(OFFLINE_PAGE));
  const html = (await page.text()).replace('<html ', '<html data-offline ');
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

const isPage = (address) => /\/(index\.html)?$/.test(new URL(address).pathname);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so content is fresh; the copy from an earlier visit when
    // there is no signal, or when the network has not answered within NETWORK_TIMEOUT_MS
    // (a bad signal hangs rather than fails). The fragment never reaches here.
    const notFound = notFoundPageFor(url);
    const network = fetch(request);
    // Saved when it comes, even after the saved copy was shown (cloned before the page reads it).
    event.waitUntil(network.then(async (response) => {
      if (!response.ok) return;
      const copy = response.clone();
      const cache = await caches.open(CACHE);
      await cache.put(url.pathname, copy);
      // The not-found page in this language, to stand in offline for a page never saved.
      if (notFound && !(await cache.match(notFound))) await cache.add(notFound).catch(() => {});
    }).catch(() => {}));
    event.respondWith((async () => {
      const saved = caches.match(url.pathname);
      let timer;
      const slow = new Promise((waited) => { timer = setTimeout(waited, NETWORK_TIMEOUT_MS); }).then(async () => (await saved) ?? network);
      try {
        return await Promise.race([network, slow]);
      } catch {
        return (await saved) ?? offline(notFound);
      } finally {
        clearTimeout(timer);
      }
    })());
    return;
  }
  // Assets have content-hashed names: a cached copy is always right.
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
