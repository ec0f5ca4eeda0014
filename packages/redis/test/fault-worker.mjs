// A long-lived worker process of test/faults.test.ts: per `run` message, one
// Imgur client over the built packages on a shared Redis store, calling in
// `loops` concurrent loops until `stop`; then it reports every call, the
// refresh tokens handed to onTokens, and what the store reported (deeply
// inspected, for the secrets check).
import { inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { createImgurClient, defineOperation } from '@imgur-ts/core';
import { createRedisStore } from '../dist/index.js';

const me = defineOperation({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const costly = defineOperation({ id: 'cost.1', method: 'GET', path: '/3/cost/1', security: ['clientId'], envelope: true, credits: 1 });
/** Everything an error holds, cause chain and ioredis fields included (`ImgurError`'s own inspect hides its cause). */
const dump = (error) => inspect({ message: error?.message, stack: error?.stack, cause: error?.cause, own: { ...error } }, { depth: 20, showHidden: true });

let current;
function start(config) {
  const calls = [];
  const tokens = [];
  const dumps = new Set();
  let stopped = false;
  const store = createRedisStore({ redis: config.redis, clientId: config.clientId, leaseMs: config.leaseMs, pollMs: 20, onError: (e) => dumps.size < 50 && dumps.add(dump(e)) });
  const client = createImgurClient({
    clientId: config.clientId,
    clientSecret: 'stand-in-secret',
    accessToken: config.accessToken,
    refreshToken: config.refreshToken,
    baseUrl: config.baseUrl,
    budget: config.budget,
    store,
    retries: 0,
    timeoutMs: 5000,
    onTokens: (t) => {
      tokens.push(t.refresh_token);
      // An app whose persistence fails: the SDK must go on with the new pair.
      if (config.throwingOnTokens) return Promise.reject(new Error('the app could not save the tokens'));
    },
  });
  const op = config.op === 'cost' ? costly : me;
  const headers = { 'x-worker': String(config.id) };
  const loop = async () => {
    while (!stopped) {
      const at = Date.now();
      try {
        await op(client, {}, { headers });
        calls.push([at, 1]);
      } catch (error) {
        calls.push([at, 0, error?.name]);
        if (dumps.size < 50) dumps.add(dump(error));
      }
      await sleep(config.gapMs ?? 15);
    }
  };
  const loops = Array.from({ length: config.loops ?? 2 }, loop);
  return async () => {
    stopped = true;
    await Promise.all(loops);
    await store.close();
    return { calls, tokens, dumps: [...dumps] };
  };
}

process.on('message', async (m) => {
  if (m.type === 'run') {
    current = start(m.config);
    process.send({ type: 'running' });
  } else if (m.type === 'stop') {
    process.send({ type: 'result', ...(await current()) });
  } else if (m.type === 'exit') process.disconnect();
});
process.send({ type: 'ready' });
