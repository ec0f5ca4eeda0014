import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorEnvelope } from './envelope.js';
import { etagMatches, etagOf } from './etag.js';
import { type Format, jsonp, toXml } from './formats.js';

/** A response to send: status, JSON-able body and extra headers. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How to render a reply. */
export interface RenderOptions {
  readonly format: Format;
  readonly callback: string | undefined;
  readonly truncate: boolean;
}

/** Renders a reply as JSON, XML or JSONP; GETs and HEADs get an ETag and a 304 when `If-None-Match` names it; a HEAD gets no body. */
export function send(req: IncomingMessage, res: ServerResponse, reply: Reply, opts: RenderOptions): void {
  const json = JSON.stringify(reply.body) ?? 'null';
  const [type, text] =
    opts.callback !== undefined
      ? ['application/javascript; charset=utf-8', jsonp(opts.callback, json)]
      : opts.format === 'xml'
        ? ['text/xml; charset=utf-8', toXml(reply.body)]
        : ['application/json; charset=utf-8', json];
  const bytes = Buffer.from(text, 'utf8');
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
  if ((req.method === 'GET' || req.method === 'HEAD') && reply.status >= 200 && reply.status < 300) {
    const etag = etagOf(bytes);
    res.setHeader('ETag', etag);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304).end();
      return;
    }
  }
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(bytes.length));
  res.writeHead(reply.status);
  if (opts.truncate) {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
    return;
  }
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** An error reply in Imgur's envelope. */
export function errorReply(status: number, message: string, req: IncomingMessage, path: string, headers?: Record<string, string>): Reply {
  return { status, body: errorEnvelope(message, path, req.method ?? 'GET', status), ...(headers ? { headers } : {}) };
}
