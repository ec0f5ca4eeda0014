import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expireTokens, resetApp } from './admin/admin.js';
import { MockApp } from './app.js';
import { type ExpiredTokenStatus, isExpiredTokenStatus } from './auth/auth.js';
import { answerClientError } from './http/client-error.js';
import { Faults } from './faults/faults.js';
import { defaultRateLimits } from './faults/ratelimit.js';
import { defaultSeed } from './admin/seed.js';
import { parseSeed } from './admin/seed-parse.js';
import { loadSpec } from './spec/load.js';
import type { BodyLimits, MockServer, MockServerOptions } from './types.js';

/**
 * Default body limits: 10 MB per image (the documented upload limit), 16 MB per request (a base64 image of 10 MB
 * fits), 1000 fields of a form or query string and 1000 parts of a multipart body.
 */
export const defaultLimits: BodyLimits = { maxBodyBytes: 16 * 1024 * 1024, maxImageBytes: 10 * 1024 * 1024, maxFields: 1000, maxParts: 1000 };

/** Default access-token lifetime: 28 days (Imgur documents "1 month"). */
export const DEFAULT_TOKEN_TTL_SECONDS = 28 * 24 * 3600;

/**
 * Starts an Imgur-compatible server on 127.0.0.1 (port 0 = a free port) and resolves once it listens.
 * Every operation of the spec answers; see the package README for the stateful ones. Throws when the spec or seed is invalid.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const doc = await loadSpec(options.spec);
  const seed = parseSeed(options.seed ?? defaultSeed);
  const limits = { ...defaultLimits, ...options.limits };
  const ttl = (options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS) * 1000;
  const app = new MockApp(
    doc,
    seed,
    limits,
    { ...defaultRateLimits, ...options.rateLimits },
    ttl,
    options.faults,
    checkStatus(options.expiredTokenStatus ?? 403),
    options.rotateRefreshTokens === true,
  );
  const server = createServer((req, res) => {
    app.handle(req, res).catch(() => res.destroy());
  });
  server.on('clientError', answerClientError);
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;
  app.baseUrl = `http://${host}:${port}`;
  return {
    url: app.baseUrl,
    port,
    close: () => close(server),
    reset: () => resetApp(app),
    snapshot: () => app.store.snapshot(),
    loadSeed: (next) => {
      app.seed = parseSeed(next);
      resetApp(app);
    },
    expireTokens: (username) => void expireTokens(app, username),
    setFaults: (faults) => {
      app.faults = new Faults(faults);
    },
    setExpiredTokenStatus: (status) => {
      app.auth.expiredTokenStatus = checkStatus(status);
    },
  };
}

function checkStatus(status: unknown): ExpiredTokenStatus {
  if (!isExpiredTokenStatus(status)) throw new Error(`expiredTokenStatus must be 401 or 403, got ${JSON.stringify(status)}`);
  return status;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
