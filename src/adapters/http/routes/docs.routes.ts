import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type Env } from 'hono';

// The docs page is served from the swagger-ui-dist package so it works with no internet.
const uiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bloom API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

// A separate file rather than an inline script, so the page works under a strict CSP.
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });`;

/** Registers the OpenAPI 3.1 document (from the same schemas that validate requests) and the docs page. */
export function docsRoutes<E extends Env>(app: OpenAPIHono<E>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A Firebase ID token',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Bloom API',
      version: '1.0.0',
      description: 'Courses, progress, partner access and therapy for Bloom.',
    },
  });

  const cache = new Map<string, string>();
  const docs = new Hono<E>();
  docs.get('/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    );
    return c.html(PAGE);
  });
  docs.get('/docs/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  docs.get('/docs/:asset', (c) => {
    const asset = ASSETS[c.req.param('asset')];
    if (!asset) return c.notFound();
    let body = cache.get(asset.file);
    if (body === undefined) {
      body = readFileSync(join(uiDir, asset.file), 'utf8');
      cache.set(asset.file, body);
    }
    return c.body(body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=86400' });
  });
  return docs;
}
