import type { CallTrace, ImgurCall, ImgurCallOutcome, ImgurHookSet } from '../types/hooks.js';
import type { ImgurResult } from '../call/result.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { ImgurHooks } from './types.js';
import { ImgurHookError } from '../errors/hook-error.js';
import { ImgurError } from '../errors/imgur-error.js';
import { attemptView } from './attempt-view.js';

type Result = ImgurResult<unknown>;

/**
 * Composes hooks, in the order given, for `createImgurClient({ hooks })`:
 * `before`, `request`, `after`, `error` and `event` hooks run first to last;
 * `wrap` hooks nest, the first outermost. A hook that throws or rejects fails
 * its call with `ImgurHookError` naming the hook and the operation (its
 * result keeps the response and rate limits when there were any); an `event`
 * hook that throws is ignored. Hooks never see a secret: headers and query
 * values holding one show `[redacted]`.
 */
export function createHooks(...hooks: readonly ImgurHooks[]): ImgurHookSet {
  const run = async (
    meta: OperationMeta,
    input: ImgurCall['input'],
    client: { readonly baseUrl: string; secrets(): readonly (string | undefined)[] },
    send: (trace: CallTrace) => Promise<Result>,
  ): Promise<Result> => {
    const call: ImgurCall = { operationId: meta.id, method: meta.method, path: meta.path, input, credits: meta.credits ?? 1, baseUrl: client.baseUrl };
    const threw = (kind: string, i: number, cause: unknown): ImgurHookError =>
      new ImgurHookError(`The ${kind} hook #${i + 1} of ${call.operationId} threw: ${cause instanceof Error ? cause.message : String(cause)}`, {
        cause,
        secrets: client.secrets(),
      });
    const started = Date.now();
    let attempts = 0;
    let fromCache = false;
    let refreshed = false;
    const guard = async (kind: keyof ImgurHooks, i: number, fn: () => unknown): Promise<void> => {
      try {
        await fn();
      } catch (cause) {
        throw threw(kind, i, cause);
      }
    };
    const trace: CallTrace = {
      async attempt(headers, url, secrets) {
        const n = attempts++;
        if (!hooks.some((h) => h.request)) return url;
        const { view, apply } = attemptView(n, headers, url, secrets);
        for (const [i, h] of hooks.entries()) if (h.request) await guard('request', i, () => h.request!(call, view));
        return apply();
      },
      event(event) {
        if (event.event === 'cache-hit') fromCache = true;
        if (event.event === 'refresh') refreshed = true;
        for (const h of hooks) {
          try {
            h.event?.(call, event);
          } catch {
            // Listening never fails a call.
          }
        }
      },
    };
    const outcome = (r: Partial<Result>): ImgurCallOutcome => ({
      status: r.response?.status,
      rateLimit: r.rateLimit,
      durationMs: Date.now() - started,
      attempts,
      fromCache,
      refreshed,
    });
    const failed = (error: unknown, r: Partial<Result> = {}): Result => ({
      data: undefined,
      error: error as ImgurError,
      response: r.response,
      rateLimit: r.rateLimit,
    });
    const inner = async (): Promise<Result> => {
      try {
        for (const [i, h] of hooks.entries()) if (h.before) await guard('before', i, () => h.before!(call));
      } catch (error) {
        return failed(error);
      }
      const result = await send(trace);
      try {
        for (const [i, h] of hooks.entries()) {
          if (result.error) {
            if (h.error) await guard('error', i, () => h.error!(call, result.error, outcome(result)));
          } else if (h.after) await guard('after', i, () => h.after!(call, outcome(result)));
        }
      } catch (error) {
        return failed(error, result);
      }
      return result;
    };
    let next = inner;
    for (let i = hooks.length - 1; i >= 0; i--) {
      const { wrap } = hooks[i]!;
      if (!wrap) continue;
      const inside = next;
      next = async () => {
        try {
          const result = await wrap.call(hooks[i], call, inside);
          if (!result || typeof result !== 'object' || !('error' in result)) throw new TypeError('it did not return the result of next()');
          return result;
        } catch (error) {
          return failed(error instanceof ImgurError ? error : threw('wrap', i, error));
        }
      };
    }
    return next();
  };
  return { run } as ImgurHookSet;
}
