/**
 * A static server for the gate that behaves like the static hosts we ship
 * config for: it serves the built site with the response headers of its
 * `_headers` file (so every page is tested under the header CSP as well as the
 * <meta> one), exact content types (X-Content-Type-Options: nosniff makes the
 * browser refuse a script with the wrong one), gzip for text (as nginx's
 * gzip on and the CDNs do), directory index files, and 404.html for anything
 * missing. Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|manifest\+json)|image\/svg\+xml)/;

export interface GateServer {
  server: Server;
  url: string; /** Every response: path, status and bytes sent (compressed when gzip was used). */
  requests: { path: string; status: number; bytes: number }[];
  close: () => Promise<void>;
}

/**
 * `routes`: extra pages by path, served as HTML without the site's headers
 * (the search benchmark's blank page that loads Pagefind).
 */
export function serveSite(dir: string, opts: { applyHeaders?: boolean; routes?: Record<string, string> } = {}): Promise<GateServer> {
  const root = normalize(dir + sep);
  const headersFile = join(dir, '_headers');
  const rules: HeaderRule[] =
    opts.applyHeaders !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const requests: GateServer['requests'] = [];
  const server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const route = opts.routes?.[path];
    if (route !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(route);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(root) && file + sep !== root) {
      res.writeHead(403).end();
      return;
    }
    const send = (status: number, raw: Buffer, type: string) => {
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? gzipSync(raw, { level: 6 }) : raw;
      const h: Record<string, string> = { 'content-type': type, 'content-length': String(body.length), vary: 'Accept-Encoding' };
      if (gzip) h['content-encoding'] = 'gzip';
      for (const [k, v] of headersFor(rules, path)) h[k] = v;
      requests.push({ path, status, bytes: body.length });
      res.writeHead(status, h).end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const body = await readFile(file);
      send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      const nf = join(dir, '404.html');
      send(404, existsSync(nf) ? readFileSync(nf) : Buffer.from('not found'), 'text/html; charset=utf-8');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) });
    }),
  );
}
