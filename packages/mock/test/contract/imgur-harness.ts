import { mkdirSync, writeFileSync } from 'node:fs';
import { ImgurClient, type ImgurCredentials } from 'imgur';

/** The part of an axios instance the harness touches (the `imgur` package keeps its two instances private). */
interface AxiosLike {
  defaults: { baseURL?: string };
  getUri(config?: object): string;
  interceptors: { request: { use(onFulfilled: (config: RequestConfig) => RequestConfig | Promise<RequestConfig>): number } };
}

/** What the harness reads and may change in a request config. */
export interface RequestConfig {
  baseURL?: string;
  url?: string;
  method?: string;
  headers: Record<string, unknown> & { get?(name: string): unknown };
}

/** A client of the `imgur` package wired to the mock, with every request it tried recorded. */
export interface WiredClient {
  readonly client: ImgurClient;
  /** `METHOD url` of every request that reached the guard (so also the refused ones). */
  readonly requests: string[];
  /** Full URLs that were refused because they did not go to 127.0.0.1. */
  readonly escaped: string[];
  /** The package's two axios instances. */
  readonly fetcher: AxiosLike;
  readonly plainFetcher: AxiosLike;
}

/**
 * Creates an `ImgurClient` and points both of its axios instances (`fetcher`, `plainFetcher`; it has no base-URL
 * option) at `baseUrl`. A guard on each refuses, and records, any request whose final URL is not on 127.0.0.1:
 * the package hard-codes `https://api.imgur.com` for its token refresh, and nothing may leave this machine.
 */
export function wire(baseUrl: string, credentials: ImgurCredentials): WiredClient {
  const client = new ImgurClient(credentials);
  const inner = client as unknown as { fetcher: AxiosLike; plainFetcher: AxiosLike };
  const wired: WiredClient = { client, requests: [], escaped: [], fetcher: inner.fetcher, plainFetcher: inner.plainFetcher };
  for (const ax of [inner.fetcher, inner.plainFetcher]) {
    ax.defaults.baseURL = `${baseUrl}/`;
    // Request interceptors run last-added first: this guard sees every request, including the token refresh
    // that the package's own interceptor sends through `plainFetcher`.
    ax.interceptors.request.use((config) => {
      const full = new URL(ax.getUri(config));
      wired.requests.push(`${(config.method ?? 'get').toUpperCase()} ${full.href}`);
      if (full.hostname !== '127.0.0.1') {
        wired.escaped.push(full.href);
        throw new Error(`refused: a request left 127.0.0.1 for ${full.href}`);
      }
      return config;
    });
  }
  return wired;
}

/** Passing calls and known-bug tests, printed and written to `.vitest/contract-tally.json` at the end. */
export class Tally {
  readonly calls: string[] = [];
  readonly knownBugs: string[] = [];
  private readonly rows: Record<string, { calls: string[]; knownBugs: string[] }> = {};

  /** Counts one call that succeeded as real Imgur would answer it. */
  pass(suite: string, name: string): void {
    this.calls.push(`${suite}: ${name}`);
    (this.rows[suite] ??= { calls: [], knownBugs: [] }).calls.push(name);
  }

  /** Counts one test that pins a named bug of the client under test. */
  bug(suite: string, name: string): void {
    this.knownBugs.push(`${suite}: ${name}`);
    (this.rows[suite] ??= { calls: [], knownBugs: [] }).knownBugs.push(name);
  }

  /** Prints the tally and writes it to `.vitest/contract-<suite>.json`. */
  write(suite: string): void {
    const row = this.rows[suite] ?? { calls: [], knownBugs: [] };
    const dir = new URL('../../.vitest/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const summary = { suite, passingCalls: row.calls.length, knownBugTests: row.knownBugs.length, calls: row.calls, knownBugs: row.knownBugs };
    writeFileSync(new URL(`contract-${suite.replace(/[^A-Za-z0-9.-]+/g, '-')}.json`, dir), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`[contract] ${suite}: ${row.calls.length} calls passed, ${row.knownBugs.length} known-bug tests`);
  }
}
