import type { CallTrace, ImgurCall, ImgurCallOutcome, ImgurHookSet } from '../types/hooks.js';
import type { ImgurResult } from '../call/result.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { ImgurHooks } from './types.js';
import { ImgurHookError } from '../errors/hook-error.js';
import { ImgurError } from '../errors/imgur-error.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { redact } from '../util/redact.js';
import { attemptView } from './attempt-view.js';
import { ignore } from '../util/ignore.js';
import { statusOf } from '../util/status-of.js';

type Result = ImgurResult<unknown>;
const KINDS = ['before', 'request', 'after', 'error', 'event', 'wrap'] as const;

/** The message of what a hook threw, never throwing itself (a throwing `message` getter, a Symbol, ...). */
function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? String(cause.message) : String(cause);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Composes hooks, in the order given, for `createImgurClient({ hooks })`:
 * `before`, `request`, `after`, `error` and `event` hooks run first to last;
 * `wrap` hooks nest, the first outermost, and `next()` sends the call once
 * (a second `next()` gets the same result). A hook that throws or rejects
 * fails its call with `ImgurHookError` naming the hook and the operation
 * (its result keeps the response and rate limits when there were any); an
 * `event` hook that throws or rejects is ignored. Hooks never see a secret:
 * headers, query values and string inputs holding one show `[redacted]`; the
 * `call` and each event are frozen. Throws `ImgurUsageError` when a hook is
 * not an object.
 */
export function createHooks(...hooks: readonly ImgurHooks[]): ImgurHookSet {
  for (const [i, h] of hooks.entries()) {
    if (!h || typeof h !== 'object') throw new ImgurUsageError(`createHooks: hook #${i + 1} must be an object of hook functions, got ${h === null ? 'null' : typeof h}.`);
  }
  // Read each hook function once (a getter that throws fails here, not mid-call).
  const table = hooks.map((h, i) => {
    const fns: Partial<Record<(typeof KINDS)[number], (...args: never[]) => unknown>> = {};
    for (const kind of KINDS) {
      const fn = (h as Record<string, unknown>)[kind];
      if (fn === undefined) continue;
      if (typeof fn !== 'function') throw new ImgurUsageError(`createHooks: ${kind} of hook #${i + 1} must be a function, got ${typeof fn}.`);
      fns[kind] = fn.bind(h) as never;
    }
    return fns;
  });
  const run = async (
    meta: OperationMeta,
    input: ImgurCall['input'],
    client: { readonly baseUrl: string; secrets(): readonly (string | undefined)[] },
    send: (trace: CallTrace) => Promise<Result>,
  ): Promise<Result> => {
    const secrets = client.secrets();
    // String inputs (the only place a secret can be: a token operation's form) are redacted; files stay as given.
    const shown = input && Object.freeze(Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? redact(v, secrets) : v])));
    const call: ImgurCall = Object.freeze({ operationId: meta.id, method: meta.method, path: meta.path, input: shown, credits: meta.credits ?? 1, baseUrl: client.baseUrl });
    const threw = (kind: string, i: number, cause: unknown): ImgurHookError =>
      new ImgurHookError(`The ${kind} hook #${i + 1} of ${call.operationId} threw: ${describe(cause)}`, { cause, secrets });
    const started = Date.now();
    let attempts = 0;
    let fromCache = false;
    let refreshed = false;
    const each = async (kind: 'before' | 'request' | 'after' | 'error', args: unknown[]): Promise<void> => {
      for (const [i, fns] of table.entries()) {
        const fn = fns[kind];
        if (!fn) continue;
        try {
          await (fn as (...a: unknown[]) => unknown)(...args);
        } catch (cause) {
          throw threw(kind, i, cause);
        }
      }
    };
    const trace: CallTrace = {
      async attempt(headers, url, secretsNow) {
        const n = attempts++;
        if (!table.some((f) => f.request)) return url;
        const { view, apply } = attemptView(n, headers, url, secretsNow);
        await each('request', [call, view]);
        try {
          return apply();
        } catch (cause) {
          throw threw(
            'request',
            table.findIndex((f) => f.request),
            cause,
          );
        }
      },
      event(event) {
        if (event.event === 'cache-hit') fromCache = true;
        if (event.event === 'refresh') refreshed = true;
        Object.freeze(event);
        for (const fns of table) {
          try {
            ignore(fns.event?.(call as never, event as never));
          } catch {
            // Listening never fails a call.
          }
        }
      },
    };
    const outcome = (r: Partial<Result>): ImgurCallOutcome =>
      Object.freeze({ status: statusOf(r), rateLimit: r.rateLimit, durationMs: Date.now() - started, attempts, fromCache, refreshed });
    const failed = (error: ImgurError, r: Partial<Result> = {}): Result => ({ data: undefined, error, response: r.response, rateLimit: r.rateLimit });
    const inner = async (): Promise<Result> => {
      try {
        await each('before', [call]);
      } catch (error) {
        return failed(error as ImgurError);
      }
      const result = await send(trace);
      try {
        if (result.error) await each('error', [call, result.error, outcome(result)]);
        else await each('after', [call, outcome(result)]);
      } catch (error) {
        return failed(error as ImgurError, result);
      }
      return result;
    };
    let next = inner;
    for (let i = table.length - 1; i >= 0; i--) {
      const wrap = table[i]!.wrap as ((call: ImgurCall, next: () => Promise<Result>) => Promise<Result>) | undefined;
      if (!wrap) continue;
      const inside = next;
      next = async () => {
        let sent: Promise<Result> | undefined;
        try {
          const result = await wrap(call, () => (sent ??= inside()));
          if (!result || typeof result !== 'object' || !('error' in result)) throw new TypeError('it did not return the result of next()');
          if (result.error !== undefined && !(result.error instanceof ImgurError)) throw new TypeError('its result has an error that is not an ImgurError');
          return result;
        } catch (error) {
          return failed(error instanceof ImgurHookError ? error : threw('wrap', i, error), await sent?.catch(() => undefined));
        }
      };
    }
    return next();
  };
  return { run } as ImgurHookSet;
}
