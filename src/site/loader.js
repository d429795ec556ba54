// The page's one inline script: starts the Wasm once the words are on screen.
// The site step (src/site/loader.rs) fills in the four names in capitals and puts the
// text, unchanged, in a <script type="module"> whose hash the Content-Security-Policy
// names. Addresses are made from the page's own `whatnext-root` meta, so every page of
// a build has the same loader text, and so one hash.

// A trap in the Wasm (a panic aborts as a WebAssembly.RuntimeError) shows the page's
// kind notice instead of leaving the page half working.
const failed = (error) => {
  if (error instanceof WebAssembly.RuntimeError) {
    const notice = document.getElementById('PANIC_NOTICE_ID');
    if (notice) { notice.hidden = false; notice.focus(); }
  }
};
addEventListener('error', (event) => failed(event.error));
addEventListener('unhandledrejection', (event) => failed(event.reason));

// Wait for the page's load event and its first contentful paint, so the words and
// styles have the connection to themselves on a slow line (no preloads either).
await new Promise((loaded) => document.readyState === 'complete' ? loaded() : addEventListener('load', loaded, { once: true }));
await new Promise((painted) => PerformanceObserver.supportedEntryTypes?.includes('paint')
  ? new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); painted(); }
    }).observe({ type: 'paint', buffered: true })
  : requestAnimationFrame(() => setTimeout(painted)));

const root = document.querySelector('meta[name="SITE_ROOT_META"]')?.content ?? '/';
const bindings = await import(root + 'SCRIPT_FILE');
const wasm = await bindings.default({ module_or_path: root + 'WASM_FILE' });
// The islands find their hydrate functions here once this event fires
// (src/islands/mod.rs, STARTED_EVENT).
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('STARTED_EVENT', { detail: { wasm } }));
