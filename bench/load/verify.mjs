// Reads every upload back: GET by id through the SDK (same id and link), then
// the bytes at `link` (same SHA-256 as sent). Bounded in concurrency and time.
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';

/** Checks `uploads`; resolves to { checked, ok, lost: [{ id, n, reason }], timedOut, seconds }. */
export async function verifyUploads({ sdk, client, uploads, concurrency, timeLimitS }) {
  const started = performance.now();
  const deadline = Date.now() + timeLimitS * 1000;
  const signal = AbortSignal.timeout(timeLimitS * 1000);
  setMaxListeners(concurrency * 4 + 10, signal); // the SDK calls share it; each removes its listener when done
  const lost = [];
  let next = 0;
  let ok = 0;
  async function one(u) {
    const got = await sdk.image.getImage(client, { imageHash: u.id }, { signal });
    if (got.id !== u.id || got.link !== u.link) throw new Error(`answered id ${got.id} link ${got.link}`);
    // a fresh signal per fetch: undici keeps a listener on a fetch's signal until the request is collected
    const res = await fetch(u.link, { signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
    if (!res.ok) throw new Error(`link answered HTTP ${res.status}`);
    const body = new Uint8Array(await res.arrayBuffer());
    const sha = createHash('sha256').update(body).digest('hex');
    if (sha !== u.sha256) throw new Error(`link served ${body.length} bytes that differ from the ${u.bytes} uploaded`);
  }
  async function worker() {
    while (next < uploads.length && !signal.aborted) {
      const u = uploads[next++];
      try {
        await one(u);
        ok += 1;
      } catch (e) {
        if (signal.aborted) return;
        lost.push({ id: u.id, n: u.n, reason: e.message });
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { checked: ok + lost.length, ok, lost, timedOut: signal.aborted, seconds: Math.round(performance.now() - started) / 1000 };
}
