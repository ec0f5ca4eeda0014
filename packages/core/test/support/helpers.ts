import { createImgurClient } from '../../src/client/create-client.js';
import { defineOperation } from '../../src/client/define-operation.js';
import type { ImgurError } from '../../src/errors/imgur-error.js';
import type { ImgurClient } from '../../src/types/client.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';

/** `GET /3/image/{imageHash}` as @imgur-ts/image defines it: the operation most tests call. */
export const getImage = defineOperation<{ imageHash: string }, { id: string }>({
  id: 'image.getImage',
  method: 'GET',
  path: '/3/image/{imageHash}',
  security: ['clientId'],
  pathParams: ['imageHash'],
  envelope: true,
});

/** A recorded request: the Request that went out plus its body text. */
export interface Sent {
  readonly request: Request;
  readonly url: URL;
  readonly body: string;
}

/** A fetch stub: `reply` builds the response for each request; every request is recorded. */
export function mockFetch(reply: (req: Request, n: number) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    sent.push({ request, url: new URL(request.url), body });
    return reply(request, sent.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/** A JSON response with Imgur's envelope. */
export function envelope(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ data, success: status < 400, status }), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A client with a mock fetch and instant sleeps. */
export function testClient(options: ImgurClientOptions, reply: (req: Request, n: number) => Response | Promise<Response>) {
  const mock = mockFetch(reply);
  const sleeps: number[] = [];
  const client = createImgurClient({
    fetch: mock.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { client, sent: mock.sent, sleeps };
}

/**
 * Calls `GET /3/account/me` on a client (from `create`, any build's factory) whose fetch answers what a
 * browser's fetch resolves with for `redirect: 'manual'`: status 0, type `opaqueredirect`, no Location.
 * Returns the call's error and the init of every fetch call.
 */
export async function callWithOpaqueRedirect(create: (options: ImgurClientOptions) => ImgurClient): Promise<{ error: ImgurError | undefined; inits: RequestInit[] }> {
  const inits: RequestInit[] = [];
  const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
  const client = create({
    clientId: 'client-1234',
    fetch: async (_url, init) => {
      inits.push(init!);
      return opaque;
    },
  });
  const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['clientId'], envelope: true });
  const { error } = await me(client).asResult();
  return { error, inits };
}
