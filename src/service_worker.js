// What next? service worker: the app opens again without a signal.
// Written into dist/sw.js by src/bin/site.rs, which fills in VERSION (a hash of this
// release's asset names) and SHELL (those assets). A new release gets a new cache;
// older caches are deleted when it takes over, so nobody is left on stale content.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const CACHE = `whatnext-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('whatnext-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so content is fresh; the copy from an earlier visit
    // when there is no signal. The fragment never reaches here.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
          return response;
        })
        .catch(() => caches.match(url.pathname).then((cached) => cached ?? caches.match('/404.html'))),
    );
    return;
  }
  // Assets have content-hashed names: a cached copy is always right.
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
