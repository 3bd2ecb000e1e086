import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './app-types.ts';
import { AppError } from './errors.ts';

/**
 * Serves the built web app: hashed assets cached for a year, and index.html for every other
 * non-API GET (client-side routes), with the per-request CSP nonce that lets Mantine's style
 * tags through a CSP that allows no inline code otherwise.
 */
export async function registerWeb(app: App): Promise<void> {
  const dist = app.deps.config.webDist;
  const indexPath = join(dist, 'index.html');
  const index = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;
  if (index) {
    await app.register(fastifyStatic, {
      root: dist,
      index: false,
      // One route per built file; everything else (/ included) falls through to the app shell below.
      wildcard: false,
      // index.html only ever goes out through the handler below, with its nonce filled in.
      allowedPath: (path) => path !== '/index.html',
      preCompressed: true,
      setHeaders(res, path) {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET')
      throw new AppError('not_found', `No route ${req.method} ${req.url.split('?')[0]}.`);
    if (!index) throw new AppError('not_found', 'The web app is not built; run `npm start`, which builds it.');
    const nonce = (reply as { cspNonce?: { style: string } }).cspNonce?.style ?? '';
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(index.replaceAll('__CSP_NONCE__', nonce));
  });
}
