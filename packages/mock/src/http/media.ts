import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockContext } from '../context.js';
import { MockHttpError } from './errors.js';

/** Serves uploaded bytes at `/i/<id>.<ext>` (the `link` of an image); counts views and bandwidth. */
export function serveMedia(app: MockContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const m = /^\/i\/([A-Za-z0-9]+)(?:\.[A-Za-z0-9]+)?$/.exec(url.pathname);
  const img = m?.[1] === undefined ? undefined : app.store.images.get(m[1]);
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new MockHttpError(405, 'Method not allowed: media links answer GET and HEAD');
  if (!img) throw new MockHttpError(404, `No image at ${url.pathname}`);
  img.views++;
  img.bandwidth += img.bytes.length;
  res.writeHead(200, { 'Content-Type': img.type, 'Content-Length': String(img.bytes.length), 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : img.bytes);
}
