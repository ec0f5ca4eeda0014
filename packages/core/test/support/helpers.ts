import { createImgurClient } from '../../src/client/create-client.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';

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
