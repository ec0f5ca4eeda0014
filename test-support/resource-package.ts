// Test helpers shared by the generated resource packages (account, album, comment, gallery, image).
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

/** Operations of one tag in spec/openapi.json: [operationId, METHOD, path]. */
export function specOperations(tag: string): string[][] {
  const spec = JSON.parse(readFileSync(new URL('../spec/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Json> };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => ((op as Json).tags as string[] | undefined)?.[0] === tag)
      .map(([method, op]) => [(op as Json).operationId as string, method.toUpperCase(), path]),
  );
}

/** A fetch that records requests and answers every call with `body`. */
export function recorder(body: unknown, status = 200) {
  const seen: { method: string; url: string; auth: string | null; accept: string | null; body: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    seen.push({ method: req.method, url: req.url, auth: req.headers.get('authorization'), accept: req.headers.get('accept'), body: await req.text() });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}
