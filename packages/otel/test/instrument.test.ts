import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHooks, createImgurClient, paginate, upload, uploadBatch, ImgurApiError } from '@imgur-ts/core';
import { startMockServer, type MockServer } from '@imgur-ts/mock';
import { imgurInstrumentation } from '../src/index.js';
import { PNG, defineGetImage, getAccount, listImages } from './support/fixtures.js';

let mock: MockServer;
const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 60_000 });
const meterProvider = new MeterProvider({ readers: [reader] });
const contextManager = new AsyncLocalStorageContextManager();

beforeAll(async () => {
  context.setGlobalContextManager(contextManager.enable());
  mock = await startMockServer({ port: 0, host: '127.0.0.1', rateLimits: { userLimit: 500, clientLimit: 5000, postLimit: 900, resetSeconds: 3600 } });
});
afterAll(async () => {
  await mock?.close();
  context.disable();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
});
beforeEach(() => {
  mock.reset();
  spans.reset();
});

const client = (extra: Parameters<typeof createImgurClient>[0] = {}) =>
  createImgurClient({
    clientId: 'mock-client-id',
    accessToken: 'mock-access-token',
    baseUrl: mock.url,
    hooks: createHooks(imgurInstrumentation({ tracerProvider, meterProvider })),
    ...extra,
  });
const byName = (name: string): ReadableSpan[] => spans.getFinishedSpans().filter((s) => s.name === name);

describe('imgurInstrumentation', () => {
  it('makes one CLIENT span per upload with the HTTP and Imgur attributes', async () => {
    const image = await upload(client(), PNG, { title: 'traced' });
    const [span, ...more] = byName('image.uploadImage');
    expect(more).toEqual([]);
    expect(span!.kind).toBe(2); // SpanKind.CLIENT
    const port = Number(new URL(mock.url).port);
    expect(span!.attributes).toEqual({
      'http.request.method': 'POST',
      'server.address': '127.0.0.1',
      'server.port': port,
      'url.template': '/3/upload',
      'url.full': `${mock.url}/3/upload`,
      'imgur.operation.id': 'image.uploadImage',
      'imgur.credits.cost': 10,
      'imgur.attempts': 1,
      'imgur.from_cache': false,
      'imgur.refreshed': false,
      'http.response.status_code': 200,
      'imgur.credits.client_remaining': expect.any(Number),
      'imgur.credits.user_remaining': expect.any(Number),
    });
    expect(span!.status.code).toBe(0);
    expect(image.id).toMatch(/\w+/);
  });

  it('records a refresh and a retry as span events, and a failed call with its typed error', async () => {
    await mock.expireTokens();
    let me = 0;
    // One 503 for the replay after the refresh, then the mock answers.
    const flaky: typeof fetch = async (url, init) =>
      String(url).endsWith('/3/account/me') && ++me === 2 ? new Response('{"data":{"error":"down"},"success":false,"status":503}', { status: 503 }) : fetch(url, init);
    const c = client({ clientSecret: 'mock-client-secret', refreshToken: 'mock-refresh-token', fetch: flaky, sleep: async () => {} });
    expect(await getAccount(c)).toMatchObject({ url: 'imgur-mock-user' });
    const [span] = byName('account.getAccount');
    expect(span!.events.map((e) => e.name)).toEqual(['imgur.refresh', 'imgur.retry']);
    expect(span!.events[1]!.attributes).toMatchObject({ 'http.response.status_code': 503, 'imgur.attempt': 1, 'imgur.retry.delay_ms': expect.any(Number) });
    expect(span!.attributes).toMatchObject({ 'imgur.attempts': 3, 'imgur.refreshed': true, 'http.request.resend_count': 2, 'http.response.status_code': 200 });
    expect(JSON.stringify(span!.attributes) + JSON.stringify(span!.events)).not.toMatch(/mock-access-token|mock-refresh-token|mock-client-secret/);

    const getImage = defineGetImage();
    await expect(getImage(c, { imageHash: 'nope0000' })).rejects.toBeInstanceOf(ImgurApiError);
    const [failed] = byName('image.getImage');
    expect(failed!.status).toEqual({ code: 2, message: expect.stringContaining('404') });
    expect(failed!.attributes['error.type']).toBe('ImgurApiError');
    expect(failed!.attributes['http.response.status_code']).toBe(404);
    expect(failed!.events.map((e) => e.name)).toEqual(['exception']);
    expect(failed!.events[0]!.attributes!['exception.type']).toBe('ImgurApiError');
  });

  it('nests the calls of paginate and uploadBatch under the span active when they began', async () => {
    const tracer = tracerProvider.getTracer('app');
    const c = client();
    await tracer.startActiveSpan('app.batch', async (parent) => {
      const result = await uploadBatch(c, [PNG, PNG, PNG], { concurrency: 2 });
      expect(result.uploaded).toHaveLength(3);
      for await (const _item of paginate(c, listImages, { username: 'me' }, { maxPages: 2 })) void _item;
      parent.end();
    });
    const parent = byName('app.batch')[0]!;
    const children = spans.getFinishedSpans().filter((s) => s.name !== 'app.batch');
    expect(children.map((s) => s.name).sort()).toEqual(
      ['account.getAccountImages', 'account.getAccountImages', 'image.uploadImage', 'image.uploadImage', 'image.uploadImage'].sort(),
    );
    for (const s of children) {
      expect(s.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
      expect(s.spanContext().traceId).toBe(parent.spanContext().traceId);
    }
    expect(trace.getActiveSpan()).toBeUndefined();
  });

  it('marks the span failed when a later hook fails the call, and records a failed refresh as an event', async () => {
    const failing = createHooks(imgurInstrumentation({ tracerProvider, meterProvider }), {
      after() {
        throw new Error('audit store down');
      },
    });
    const c = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url, hooks: failing });
    await expect(upload(c, PNG)).rejects.toThrow('The after hook #2 of image.uploadImage threw: audit store down');
    const [span] = byName('image.uploadImage');
    expect(span!.status.code).toBe(2);
    expect(span!.attributes['error.type']).toBe('ImgurHookError');

    await mock.expireTokens();
    const broken = client({ clientSecret: 'wrong-secret', refreshToken: 'mock-refresh-token' });
    await expect(getAccount(broken)).rejects.toThrow();
    const [account] = byName('account.getAccount');
    expect(account!.events.map((e) => e.name)).toEqual(['imgur.refresh-failed', 'exception']);
    expect(account!.attributes['error.type']).toBe('ImgurRefreshError');
  });

  it('records call duration and credits remaining as metrics', async () => {
    await upload(client(), PNG);
    await reader.forceFlush();
    const last = metricExporter.getMetrics().at(-1)!;
    const all = last.scopeMetrics.flatMap((s) => s.metrics);
    const duration = all.find((m) => m.descriptor.name === 'imgur.client.call.duration')!;
    const credits = all.find((m) => m.descriptor.name === 'imgur.client.credits.remaining')!;
    expect(duration.descriptor.unit).toBe('s');
    expect(duration.dataPoints.some((p) => p.attributes['imgur.operation.id'] === 'image.uploadImage' && (p.value as { count: number }).count >= 1)).toBe(true);
    expect(credits.dataPoints.map((p) => p.attributes['imgur.credits.kind']).sort()).toEqual(['client', 'user']);
    for (const p of credits.dataPoints) expect(p.value).toEqual(expect.any(Number));
  });

  it('sends traceparent only when asked', async () => {
    const { W3CTraceContextPropagator } = await import('@opentelemetry/core');
    const { propagation } = await import('@opentelemetry/api');
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    try {
      const seen: (string | undefined)[] = [];
      const fetchSpy: typeof fetch = async (url, init) => {
        seen.push(new Headers(init?.headers).get('traceparent') ?? undefined);
        return fetch(url, init);
      };
      const getImage = defineGetImage();
      const image = await upload(client(), PNG);
      await getImage(client({ fetch: fetchSpy }), { imageHash: image.id });
      await getImage(
        createImgurClient({
          clientId: 'mock-client-id',
          baseUrl: mock.url,
          fetch: fetchSpy,
          hooks: createHooks(imgurInstrumentation({ tracerProvider, meterProvider, propagate: true })),
        }),
        {
          imageHash: image.id,
        },
      );
      expect(seen[0]).toBeUndefined();
      const span = byName('image.getImage').at(-1)!;
      expect(seen[1]).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    } finally {
      propagation.disable();
    }
  });
});
