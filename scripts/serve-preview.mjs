#!/usr/bin/env node
/**
 * Serves the built preview (dist/) on http://localhost:3000 with preview.html as the index.
 * Plain node:http so `npm start` needs nothing beyond the build. PORT overrides the port,
 * PLANARK_DIST the directory; PORT=0 picks a free port (the e2e tests use that) and the
 * address line printed on start names the real one.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(process.env.PLANARK_DIST ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const port = Number.parseInt(process.env.PORT ?? '3000', 10);
const host = process.env.HOST ?? 'localhost';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (rel === '/' || rel === '') rel = '/preview.html';
  const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
  // Never serve anything outside dist/.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return { file, size: s.size };
    if (s.isDirectory()) {
      const index = path.join(file, 'index.html');
      const si = await stat(index).catch(() => null);
      if (si?.isFile()) return { file: index, size: si.size };
    }
  } catch {
    // not found
  }
  return null;
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await resolveFile(req.url ?? '/');
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte / Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': found.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') {
    console.error(`Porten ${port} används redan. Starta med en annan port: PORT=3001 npm start`);
  } else {
    console.error(`Servern kunde inte starta: ${e.message}`);
  }
  process.exit(1);
});

stat(path.join(root, 'preview.html'))
  .catch(() => console.error(`Hittar inte ${path.join(root, 'preview.html')} – kör först: npm run build:preview`))
  .finally(() => {
    server.listen(port, host, () => {
      const actual = server.address().port;
      console.log(`Planark körs på http://localhost:${actual} — öppna adressen i webbläsaren (Ctrl+C avslutar).`);
    });
  });

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  // Keep-alive sockets must not hold the process open.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
