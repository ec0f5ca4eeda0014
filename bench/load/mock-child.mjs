// The mock server in its own process, so the server and the 50 clients do not
// share one event loop. Started by run.mjs with fork(); sends { url, port } once
// listening; on the message 'close' reports its CPU time and closes; also closes
// when the parent goes away.
import { load } from './sdk.mjs';

const { startMockServer } = await load('@imgur-ts/mock');
const big = 1_000_000_000;
const mock = await startMockServer({
  port: 0,
  host: '127.0.0.1',
  rateLimits: { userLimit: big, clientLimit: big, postLimit: big, resetSeconds: 3600 },
});
let closing;
const stop = () => (closing ??= mock.close().finally(() => process.connected && process.disconnect()));
process.on('message', (m) => {
  if (m === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (m === 'close') stop();
});
process.on('disconnect', stop);
process.send({ url: mock.url, port: mock.port });
