import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHooks, createImgurClient, upload } from '@imgur-ts/core';
import { startMockServer, type MockServer } from '@imgur-ts/mock';
import { imgurInstrumentation } from '../src/index.js';
import { PNG } from './support/fixtures.js';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  attributes: { key: string; value: OtlpValue }[];
  events?: { name: string }[];
  status?: { code?: number };
}

let mock: MockServer;
let receiver: Server;
let receiverUrl: string;
const received: { path: string; contentType: string | undefined; body: unknown }[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, host: '127.0.0.1' });
  // An OTLP/HTTP receiver: decodes what the exporter actually sends over the wire.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let raw = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
      received.push({ path: req.url!, contentType: req.headers['content-type'], body: JSON.parse(raw.toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await mock?.close();
  await new Promise((done) => receiver?.close(done));
});

const value = (v: OtlpValue): unknown => v.stringValue ?? v.boolValue ?? v.doubleValue ?? (v.intValue === undefined ? undefined : Number(v.intValue));

describe('end to end over OTLP/HTTP', () => {
  it('a traced upload arrives at the receiver as one CLIENT span with its attributes and no secret', async () => {
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url: `${receiverUrl}/v1/traces` }))] });
    try {
      const client = createImgurClient({
        clientId: 'mock-client-id',
        accessToken: 'mock-access-token',
        baseUrl: mock.url,
        hooks: createHooks(imgurInstrumentation({ tracerProvider: provider })),
      });
      const image = await upload(client, PNG, { title: 'over the wire' });
      await provider.forceFlush();
      const traces = received.filter((r) => r.path === '/v1/traces');
      expect(traces.length).toBeGreaterThanOrEqual(1);
      expect(traces[0]!.contentType).toMatch(/^application\/json/);
      const spans = traces.flatMap((t) =>
        (t.body as { resourceSpans: { scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((r) =>
          r.scopeSpans.flatMap((s) => s.spans.map((span) => ({ scope: s.scope.name, span }))),
        ),
      );
      expect(spans).toHaveLength(1);
      const { scope, span } = spans[0]!;
      const attributes = Object.fromEntries(span.attributes.map((a) => [a.key, value(a.value)]));
      console.log(`OTLP span received: ${JSON.stringify({ scope, name: span.name, kind: span.kind, status: span.status, attributes }, null, 1)}`);
      expect(scope).toBe('@imgur-ts/otel');
      expect(span.name).toBe('image.uploadImage');
      expect(span.kind).toBe(3); // OTLP's SPAN_KIND_CLIENT
      expect(attributes).toMatchObject({
        'http.request.method': 'POST',
        'server.address': '127.0.0.1',
        'url.template': '/3/upload',
        'imgur.operation.id': 'image.uploadImage',
        'imgur.credits.cost': 10,
        'imgur.attempts': 1,
        'http.response.status_code': 200,
      });
      expect(attributes['imgur.credits.user_remaining']).toEqual(expect.any(Number));
      expect(JSON.stringify(traces)).not.toMatch(/mock-access-token|mock-client-id/);
      expect(image.id).toMatch(/\w/);
    } finally {
      await provider.shutdown();
    }
  });
});
