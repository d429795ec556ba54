// A plain static file server, behaving like a typical static host: `/a/b/` serves
// `a/b/index.html`, and an unknown path gets `404.html` with status 404. No
// single-page-app fallback, so it proves deep links work because the files exist.
//
// Use: node tools/static-server.mjs <dir> [port]   (port 0 picks a free one)
// Or import { serve } for tests.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      return { path: join(full, 'index.html') };
    }
    return { path: full };
  } catch {
    return null;
  }
}

/** Starts the server; resolves to { url, close }. With `compress`, text and Wasm are
 * sent brotli-compressed (quality 11) to browsers that accept it, as a real host would.
 * With `folder` (e.g. '/whatnext'), the site is served from that folder only, as on a
 * practice's own domain. `files` maps paths to contents served instead of the disk's
 * (a deployed local.json, a host page). Requests for paths in `stalled` are taken and
 * never answered, as on a bad signal ("lie-fi"). */
export function serve(dir, port = 0, { compress = false, folder = '', files = {}, stalled = new Set() } = {}) {
  const root = resolve(dir);
  const brotli = new Map();
  const server = createServer(async (request, response) => {
    const fullPath = new URL(request.url, 'http://localhost').pathname;
    if (folder && !fullPath.startsWith(`${folder}/`)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found: this host serves the site under ' + folder);
      return;
    }
    const urlPath = fullPath.slice(folder.length);
    if (stalled.has(urlPath)) return;
    if (Object.hasOwn(files, urlPath)) {
      response.writeHead(200, { 'content-type': TYPES[extname(urlPath)] ?? TYPES['.html'], 'cache-control': 'no-cache' });
      response.end(files[urlPath]);
      return;
    }
    const found = await fileFor(root, urlPath);
    if (found?.redirect) {
      response.writeHead(301, { location: folder + found.redirect });
      response.end();
      return;
    }
    try {
      const path = found ? found.path : join(root, '404.html');
      let body = await readFile(path);
      const headers = {
        'content-type': (found ? TYPES[extname(found.path)] : TYPES['.html']) ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (compress && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!brotli.has(path)) {
          brotli.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = brotli.get(path);
        headers['content-encoding'] = 'br';
      }
      response.writeHead(found ? 200 : 404, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      // Close kept-alive connections too: a browser holding one would keep close() waiting.
      done({ url, close: () => new Promise((closed) => { server.close(closed); server.closeAllConnections(); }) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir} at ${url}/ (Ctrl+C to stop)`);
}
