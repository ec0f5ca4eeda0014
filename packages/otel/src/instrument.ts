import { SpanKind, SpanStatusCode, context, metrics, propagation, trace, type MeterProvider, type Span, type TracerProvider } from '@opentelemetry/api';
import type { ImgurCall, ImgurCallOutcome, ImgurError, ImgurHooks } from '@imgur-ts/core';
import { callAttributes, outcomeAttributes } from './attributes.js';

/** Options of `imgurInstrumentation`. */
export interface ImgurInstrumentationOptions {
  /** Where spans go; default the global tracer provider (`trace.setGlobalTracerProvider`). */
  readonly tracerProvider?: TracerProvider;
  /** Where metrics go; default the global meter provider. */
  readonly meterProvider?: MeterProvider;
  /**
   * Also send the trace context to Imgur (`traceparent` and the other headers
   * of the global propagator) with every request. Off by default: Imgur does
   * not read it.
   */
  readonly propagate?: boolean;
}

const NAME = '@imgur-ts/otel';

/**
 * OpenTelemetry for imgur-ts, as hooks: `createImgurClient({ hooks:
 * createHooks(imgurInstrumentation()) })`. Each call is one CLIENT span named
 * after its operation (`image.getImage`), a child of the span active when the
 * call began (so calls made by `uploadBatch` and `paginate` nest under yours),
 * with the HTTP semantic-convention attributes, `imgur.operation.id`, the
 * credits it cost and the credits remaining; retries, refreshes, cache hits,
 * budget refusals and refused redirects are span events (`imgur.retry`, ...);
 * a failed call records its typed error (`error.type` is its class:
 * `ImgurApiError`, `ImgurNetworkError`, ...). Metrics: the histogram
 * `imgur.client.call.duration` (seconds) and the gauge
 * `imgur.client.credits.remaining` (attribute `imgur.credits.kind`: `client`
 * or `user`). No attribute or event ever holds a token.
 */
export function imgurInstrumentation(options: ImgurInstrumentationOptions = {}): ImgurHooks {
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(NAME);
  const meter = (options.meterProvider ?? metrics.getMeterProvider()).getMeter(NAME);
  const duration = meter.createHistogram('imgur.client.call.duration', { unit: 's', description: 'Duration of Imgur calls, retries and refreshes included.' });
  const credits = meter.createGauge('imgur.client.credits.remaining', { unit: '{credit}', description: 'Rate-limit credits Imgur reported as remaining.' });
  const spans = new WeakMap<ImgurCall, Span>();
  const failed = new WeakSet<ImgurCall>();

  function finish(call: ImgurCall, outcome: ImgurCallOutcome, error?: ImgurError): void {
    const span = spans.get(call);
    span?.setAttributes(outcomeAttributes(outcome));
    const metricAttributes = {
      'imgur.operation.id': call.operationId,
      'http.request.method': call.method,
      ...(outcome.status !== undefined && { 'http.response.status_code': outcome.status }),
      ...(error && { 'error.type': error.name }),
    };
    duration.record(outcome.durationMs / 1000, metricAttributes);
    const { clientRemaining, userRemaining } = outcome.rateLimit ?? {};
    if (clientRemaining !== undefined) credits.record(clientRemaining, { 'imgur.credits.kind': 'client' });
    if (userRemaining !== undefined) credits.record(userRemaining, { 'imgur.credits.kind': 'user' });
    if (error && span) record(span, error);
    if (error) failed.add(call);
  }

  function record(span: Span, error: ImgurError): void {
    span.setAttribute('error.type', error.name);
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  }

  return {
    wrap(call, next) {
      return tracer.startActiveSpan(call.operationId, { kind: SpanKind.CLIENT, attributes: callAttributes(call) }, async (span) => {
        spans.set(call, span);
        try {
          const result = await next();
          // A hook after this one may fail the call after `after` said it went well.
          if (result.error && !failed.has(call)) record(span, result.error);
          return result;
        } finally {
          span.end();
        }
      });
    },
    request(call, attempt) {
      spans.get(call)?.setAttribute('url.full', attempt.url.href);
      if (options.propagate) propagation.inject(context.active(), attempt.headers);
    },
    event(call, event) {
      if (event.event === 'response') return;
      const attributes: Record<string, string | number> = { 'imgur.event.message': event.message };
      if (event.attempt !== undefined) attributes['imgur.attempt'] = event.attempt;
      if (event.status !== undefined) attributes['http.response.status_code'] = event.status;
      if (event.delayMs !== undefined) attributes['imgur.retry.delay_ms'] = event.delayMs;
      if (event.error !== undefined) attributes['error.type'] = event.error;
      spans.get(call)?.addEvent(`imgur.${event.event}`, attributes);
    },
    after(call, outcome) {
      finish(call, outcome);
    },
    error(call, error, outcome) {
      finish(call, outcome, error);
    },
  };
}
