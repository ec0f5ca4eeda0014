// Runs the browser example by hand: the mock API and the app on free 127.0.0.1 ports (build the SDK first).
// Usage: node examples/browser/serve.mjs [app-port]; Ctrl-C stops both.
import { startMockServer } from '@imgur-ts/mock';
import { bundleApp, startAppServer } from './app-server.mjs';

const port = Number(process.argv[2] ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve.mjs: bad port ${JSON.stringify(process.argv[2])} (want 0-65535)`);
  process.exit(2);
}
const app = await startAppServer({ bundle: await bundleApp(), port });
const clientId = 'browser-example';
const mock = await startMockServer({
  port: 0,
  seed: {
    clients: [{ client_id: clientId, client_secret: 'unused-in-browsers', redirect_uri: app.callbackUrl, name: 'imgur-ts browser example' }],
    users: [{ username: 'browser-user', id: 7, access_token: 'seed-access-token', refresh_token: 'seed-refresh-token' }],
  },
});
app.setConfig({ apiBaseUrl: mock.url, clientId });
console.log(`mock API on ${mock.url}`);
console.log(`open ${app.url}/ and click "Log in with Imgur"`);
const stop = async () => {
  await Promise.all([app.close(), mock.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
