import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the stand-in saw. */
export interface StandInStats {
  /** Refresh requests that reached `POST /oauth2/token` (answered or not). */
  refreshes: number;
  /** Credits charged by `GET /3/cost/{n}` (what was really sent). */
  sentCredits: number;
  /** Requests that arrived with the budget already spent (answered 429). */
  overBudget: number;
  /** `304 Not Modified` answers. */
  notModified: number;
  /** The bearer token each worker (`x-worker` header) used last. */
  lastToken: Map<string, string>;
  /** Every token pair `POST /oauth2/token` handed out, in order. */
  issued: { access: string; refresh: string }[];
  /** Credits charged while the user's remaining credits were below `floor` after the charge. */
  belowFloor: number;
}

/** Options of the stand-in. */
export interface StandInOptions {
  /** User credits of `GET /3/cost/{n}` (default 1 000 000). */
  readonly budget?: number;
  /** Leave the first refresh request unanswered (its sender is killed): that refresh never completes, so the pair is not rotated. */
  readonly hangFirstRefresh?: boolean;
  /** Called when a refresh request arrives. */
  readonly onRefresh?: (n: number) => void;
  /** Awaited before a refresh is answered (a fault can be injected between the token request and its answer). */
  readonly beforeAnswer?: (n: number) => Promise<void> | void;
  /** The budget floor whose crossing `belowFloor` counts (default 0). */
  readonly floor?: number;
}

/**
 * An Imgur stand-in on 127.0.0.1: `POST /oauth2/token` rotates the pair (a
 * spent refresh token is refused with 400 invalid_grant, as Imgur does),
 * `GET /3/account/me` accepts only the current access token (401 otherwise),
 * `GET /3/cost/{n}` charges n user credits with `X-RateLimit-*` headers (429
 * once spent), `GET /3/credits` costs nothing, `GET /3/cached` (and
 * `/3/cached/{id}`) answers `ETag: "v1"` (`"v1-{id}"`) and 304 to a matching
 * `If-None-Match`. `expire()` makes the current access token fail (401)
 * until the next refresh: a refresh storm.
 */
export async function startStandIn(
  options: StandInOptions = {},
): Promise<{ url: string; stats: StandInStats; tokens: () => { access: string; refresh: string }; expire(): void; close(): Promise<void> }> {
  const budget = options.budget ?? 1_000_000;
  const stats: StandInStats = { refreshes: 0, sentCredits: 0, overBudget: 0, notModified: 0, lastToken: new Map(), issued: [], belowFloor: 0 };
  let access = 'access-0';
  let expired = false;
  let refresh = 'refresh-0';
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const sockets = new Set<Socket>();
  const rate = (): Record<string, string> => ({
    'x-ratelimit-userlimit': String(budget),
    'x-ratelimit-userremaining': String(Math.max(0, budget - stats.sentCredits)),
    'x-ratelimit-userreset': String(reset),
    'x-ratelimit-clientlimit': '12500000',
    'x-ratelimit-clientremaining': String(12_500_000 - stats.sentCredits),
  });
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...rate(), ...headers });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const url = new URL(req.url!, 'http://x');
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      const n = ++stats.refreshes;
      options.onRefresh?.(n);
      if (n === 1 && options.hangFirstRefresh) return;
      const form = new URLSearchParams(body);
      setTimeout(async () => {
        if (form.get('refresh_token') !== refresh) return send(res, 400, { error: 'invalid_grant' });
        access = `access-${n}`;
        refresh = `refresh-${n}`;
        expired = false;
        stats.issued.push({ access, refresh });
        await options.beforeAnswer?.(n);
        send(res, 200, { access_token: access, refresh_token: refresh, token_type: 'bearer', expires_in: 2419200 });
      }, 30);
      return;
    }
    if (url.pathname === '/3/account/me') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      stats.lastToken.set(String(req.headers['x-worker']), token);
      if (token !== access || expired) send(res, 401, { data: { error: 'The access token provided is invalid.' }, success: false, status: 401 });
      else send(res, 200, { data: { url: 'me' }, success: true, status: 200 });
      return;
    }
    const cost = /^\/3\/cost\/(\d+)$/.exec(url.pathname);
    if (cost) {
      const n = Number(cost[1]);
      if (stats.sentCredits + n > budget) {
        stats.overBudget++;
        send(res, 429, { data: { error: 'Too Many Requests' }, success: false, status: 429 });
        return;
      }
      stats.sentCredits += n;
      if (budget - stats.sentCredits < (options.floor ?? 0)) stats.belowFloor += n;
      setTimeout(() => send(res, 200, { data: { n }, success: true, status: 200 }), Math.random() * 5);
      return;
    }
    if (url.pathname === '/3/credits') {
      send(res, 200, { data: { UserRemaining: budget - stats.sentCredits }, success: true, status: 200 });
      return;
    }
    const cached = /^\/3\/cached(?:\/(\w+))?$/.exec(url.pathname);
    if (cached) {
      const etag = `"v1${cached[1] ? `-${cached[1]}` : ''}"`;
      if (req.headers['if-none-match'] === etag) {
        stats.notModified++;
        res.writeHead(304, { etag, ...rate() }).end();
        return;
      }
      send(res, 200, { data: { cached: `body of ${etag}` }, success: true, status: 200 }, { etag });
      return;
    }
    send(res, 404, { data: { error: 'not found' }, success: false, status: 404 });
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => handle(req, res, body));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    tokens: () => ({ access, refresh }),
    expire: () => void (expired = true),
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
