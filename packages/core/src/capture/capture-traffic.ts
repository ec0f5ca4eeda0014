import { REDACTED, redact } from '../util/redact.js';
import { isCaptureSecret } from './capture-keys.js';
import { capturePath } from './capture-path.js';
import { requestSecrets, responseSecrets } from './request-secrets.js';

/** How many secrets learnt from responses (deletehashes, new tokens) a capture keeps removing from later entries. */
const LEARNT_KEPT = 1_000;
/** Of those, how many that are not plain letters and digits (looked for one by one, so fewer). */
const LEARNT_OTHER_KEPT = 20;

/** One recorded exchange in the corpus format of `spec/traffic` (see `pnpm spec:check-traffic`). */
export interface CapturedEntry {
  readonly source: { readonly kind: 'capture'; readonly tool: string; readonly capturedAt: string };
  readonly year: number;
  readonly capture: 'captured';
  readonly notes?: string;
  readonly method: string;
  /** The requested path without the query (which may carry a `client_id`); deletehashes and other secrets in it are `[redacted]`. */
  readonly path: string;
  readonly status: number;
  /** The media type, when the body is not JSON. */
  readonly contentType?: string;
  /** The parsed JSON body, or the text of another body; secrets replaced by `[redacted]`. */
  readonly body: unknown;
}

/** Options of {@link captureTraffic}. */
export interface CaptureTrafficOptions {
  /** Receives each exchange once its response body has been read, redacted, as a corpus entry. */
  readonly onEntry: (entry: CapturedEntry) => void | Promise<void>;
  /** The `fetch` to wrap; defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** More secret values to remove wherever they appear (for example a client secret used elsewhere). */
  readonly secrets?: readonly string[];
}

/** What {@link captureTraffic} returns. */
export interface TrafficCapture {
  /** A `fetch` to hand to `createImgurClient({ fetch })`: it records every exchange and returns the response untouched. */
  readonly fetch: typeof fetch;
  /** Resolves when every started exchange was handed to `onEntry`; rejects with the first error `onEntry` threw. */
  readonly flush: () => Promise<void>;
}

/**
 * Opt-in recording of real traffic, for checking Imgur's answers against the spec (`pnpm spec:check-traffic`):
 * wraps a `fetch` and hands each exchange to `onEntry` as a corpus entry. Nothing secret is kept: no request or
 * response headers (so no `Authorization`, `Client-ID` or cookies), no request body, no query string; in the
 * path, deletehashes (`DELETE /3/image/{deletehash}`) are `[redacted]`; in the response body the value of every
 * secret-named key in any spelling (`access_token`, `accessToken`, `refresh-token`, `clientSecret`, `deletehash`,
 * …) is replaced by `[redacted]`, and so is every occurrence, in any encoding, of a credential the exchange
 * carried: credential headers however cased (`Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`,
 * `X-Mashape-Key`, echoed ones in the response), secret fields of the query string and of a form or JSON body,
 * `options.secrets`, and deletehashes and tokens of earlier responses (the last 1,000). The body of a `Request`
 * object passed as `input` is not read.
 */
export function captureTraffic(options: CaptureTrafficOptions): TrafficCapture {
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  // Letters-and-digits values (deletehashes, Imgur's tokens) are found as whole words through a Set, whatever their number.
  const learnt = new Set<string>();
  const other = new Set<string>();
  const learn = (values: readonly string[]): void => {
    for (const value of values) {
      const set = /^[A-Za-z0-9]+$/.test(value) ? learnt : other;
      // Re-added as the newest; the oldest goes when full.
      set.delete(value);
      if (set.size >= (set === learnt ? LEARNT_KEPT : LEARNT_OTHER_KEPT)) set.delete(set.values().next().value!);
      set.add(value);
    }
  };
  const base = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const headers = new Headers(request?.headers);
    for (const [name, value] of new Headers(init?.headers)) headers.set(name, value);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const response = await base(input, init);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const secrets = [...(options.secrets ?? []), ...requestSecrets(url, headers, init?.body, response.headers)];
    const job = response
      .clone()
      .text()
      .then((text) => {
        const found = responseSecretsOf(response, text);
        learn(found);
        const all = [...secrets, ...other];
        const clean = (value: string): string => redact(value, all).replace(/[A-Za-z0-9]{4,}/g, (word) => (learnt.has(word) ? REDACTED : word));
        return options.onEntry(toEntry(method, url.pathname, response, text, clean));
      })
      .catch((error: unknown) => {
        failure ??= { error };
      });
    const tracked = job.finally(() => pending.delete(tracked));
    pending.add(tracked);
    return response;
  };
  return {
    fetch: wrapped as typeof fetch,
    flush: async () => {
      while (pending.size > 0) await Promise.all(pending);
      if (failure) throw failure.error;
    },
  };
}

/** The secrets a JSON response body names (a deletehash, new tokens); none for another body. */
function responseSecretsOf(response: Response, text: string): string[] {
  if (!isJson(response, text)) return [];
  try {
    return responseSecrets(JSON.parse(text));
  } catch {
    return [];
  }
}

const isJson = (response: Response, text: string): boolean => /json/i.test(response.headers.get('Content-Type') ?? '') || /^\s*[[{]/.test(text);

function toEntry(method: string, path: string, response: Response, text: string, clean: (value: string) => string): CapturedEntry {
  const type = response.headers.get('Content-Type') ?? '';
  let body: unknown = clean(text);
  let json = false;
  if (isJson(response, text)) {
    try {
      body = scrub(JSON.parse(text), clean);
      json = true;
    } catch {
      // not JSON after all: keep the redacted text
    }
  }
  const now = new Date();
  return {
    source: { kind: 'capture', tool: '@imgur-ts/core captureTraffic', capturedAt: now.toISOString() },
    year: now.getUTCFullYear(),
    capture: 'captured',
    method,
    path: capturePath(method, path, clean),
    status: response.status,
    ...(json || text === '' ? {} : { contentType: type || 'text/plain' }),
    body: json ? body : text === '' ? null : body,
  };
}

/** Copies JSON, replacing values of secret keys and redacting every string. */
function scrub(value: unknown, clean: (value: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => scrub(v, clean));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = isCaptureSecret(k) && v !== null && v !== '' ? REDACTED : scrub(v, clean);
    return out;
  }
  return typeof value === 'string' ? clean(value) : value;
}

/** One NDJSON line of an entry (what `pnpm spec:check-traffic file.ndjson` reads). */
export function toNdjsonLine(entry: CapturedEntry): string {
  return `${JSON.stringify(entry)}\n`;
}
