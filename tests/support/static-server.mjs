/**
 * A static host for the browser tests of deploys: serves a built site (dist/ or dist-base/) under
 * its base path on 127.0.0.1, the way a static host does, with the headers of the build's own
 * `_headers` file (so the pages run under the header CSP as well as the meta one). `override()`
 * replaces a file's bytes, as a new deploy would, without touching the build.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../../src/lib/headers.ts';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** `dir`: the built site; `base`: the path it is served under (`/` or `/connector/`). */
export async function serveStatic({ dir, base = '/' }) {
  const prefix = base.replace(/\/+$/, '');
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const overrides = new Map();
  const requests = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const send = (status, body, file, extra = {}) => {
      response.writeHead(status, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        ...headersFor(rules, url.pathname),
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => send(404, readFileSync(join(dir, '404.html')), '404.html');
    if (prefix && url.pathname === prefix) return send(301, '', '', { Location: `${prefix}/` });
    if (!url.pathname.startsWith(`${prefix}/`)) return notFound();
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = normalize(join(dir, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(normalize(dir))) return notFound();
    const replaced = overrides.get(url.pathname);
    if (replaced !== undefined) return send(200, replaced, file);
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) return send(301, '', '', { Location: `${url.pathname}/` });
    return send(200, readFileSync(file), file);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    /** The site's address, base included, without the final slash: `http://127.0.0.1:1234/connector`. */
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    /** Every path requested so far, in order. */
    requests,
    /** Serves `body` at a URL path (base included) instead of the built file, as a new deploy. */
    override: (path, body) => overrides.set(path, body),
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
