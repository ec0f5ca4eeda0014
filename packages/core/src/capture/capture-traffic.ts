import { REDACTED, redact } from '../util/redact.js';

/** Keys whose values are secrets wherever they appear in a response body (tokens, client credentials, delete hashes). */
const SECRET_KEYS = /^(access_token|refresh_token|id_token|client_secret|client_id|deletehash|password|code)$/i;

/** One recorded exchange in the corpus format of `spec/traffic` (see `pnpm spec:check-traffic`). */
export interface CapturedEntry {
  readonly source: { readonly kind: 'capture'; readonly tool: string; readonly capturedAt: string };
  readonly year: number;
  readonly capture: 'captured';
  readonly notes?: string;
  readonly method: string;
  /** The requested path without the query (which may carry a `client_id`). */
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
 * response body every token, client id/secret and `deletehash` value is replaced by `[redacted]`, and so is every
 * occurrence of a credential the request carried (and of `options.secrets`).
 */
export function captureTraffic(options: CaptureTrafficOptions): TrafficCapture {
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const base = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const secrets = [...(options.secrets ?? []), ...requestSecrets(new Headers(init?.headers ?? request?.headers), init?.body)];
    const response = await base(input, init);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const job = response
      .clone()
      .text()
      .then((text) => options.onEntry(toEntry(method, url.pathname, response, text, secrets)))
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

function toEntry(method: string, path: string, response: Response, text: string, secrets: readonly string[]): CapturedEntry {
  const type = response.headers.get('Content-Type') ?? '';
  let body: unknown = redact(text, secrets);
  let json = false;
  if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
    try {
      body = scrub(JSON.parse(text), secrets);
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
    path: redact(path, secrets),
    status: response.status,
    ...(json || text === '' ? {} : { contentType: type || 'text/plain' }),
    body: json ? body : text === '' ? null : body,
  };
}

/** Copies JSON, replacing values of secret keys and redacting every string. */
function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) && v !== null && v !== '' ? REDACTED : scrub(v, secrets);
    return out;
  }
  return typeof value === 'string' ? redact(value, secrets) : value;
}

/** Credential values a request carries: the `Authorization` token, and token/client fields of a form or JSON body. */
function requestSecrets(headers: Headers, body: BodyInit | null | undefined): string[] {
  const out: string[] = [];
  const auth = /^\s*(?:Bearer|Client-ID)\s+(\S+)/i.exec(headers.get('Authorization') ?? '')?.[1];
  if (auth) out.push(auth);
  for (const name of ['X-Mashape-Key', 'Cookie']) {
    const v = headers.get(name);
    if (v) out.push(v);
  }
  const fields: [string, unknown][] = [];
  if (body instanceof URLSearchParams || body instanceof FormData)
    body.forEach((v, k) => {
      fields.push([k, v]);
    });
  else if (typeof body === 'string') {
    try {
      const j: unknown = JSON.parse(body);
      if (j && typeof j === 'object') fields.push(...Object.entries(j));
    } catch {
      new URLSearchParams(body).forEach((v, k) => {
        fields.push([k, v]);
      });
    }
  }
  for (const [k, v] of fields) if (SECRET_KEYS.test(k) && typeof v === 'string' && v.length >= 4) out.push(v);
  return out;
}

/** One NDJSON line of an entry (what `pnpm spec:check-traffic file.ndjson` reads). */
export function toNdjsonLine(entry: CapturedEntry): string {
  return `${JSON.stringify(entry)}\n`;
}
