// Shared by the benchmarks whose clients must never leave this machine: a guard on every socket connect, and
// the `imgur` npm package pointed at a local server (it has no base-URL option).
import net from 'node:net';

/** Makes every socket connect of this process throw unless it goes to 127.0.0.1 (`label` names the bench in the error). */
export function onlyLoopback(label) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(...args) {
    const o = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof o === 'object' && o !== null ? (o.path ? 'unix' : (o.host ?? 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
    if (host !== '127.0.0.1') throw new Error(`${label}: refused a connection to ${host} (only 127.0.0.1 is allowed)`);
    return connect.apply(this, args);
  };
}

/**
 * An `imgur` ImgurClient whose two axios instances (`fetcher`, `plainFetcher`) send to `url` and refuse any
 * request to another host; `rewrite(path)` may change a request's path (a route the local server names otherwise).
 */
export function localImgur(ImgurClient, url, label, rewrite = (path) => path) {
  const theirs = new ImgurClient({ clientId: 'bench-client-id' });
  for (const ax of [theirs.fetcher, theirs.plainFetcher]) {
    ax.defaults.baseURL = `${url}/`;
    ax.interceptors.request.use((config) => {
      const full = new URL(ax.getUri(config));
      if (full.hostname !== '127.0.0.1') throw new Error(`${label}: refused a request to ${full.href}`);
      config.url = rewrite(config.url);
      return config;
    });
  }
  return theirs;
}
