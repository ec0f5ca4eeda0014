/** What the page reads from `/config.json`. */
export interface AppConfig {
  readonly apiBaseUrl: string;
  readonly clientId: string;
}

/** A running app server. */
export interface AppServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The redirect URI to register for the client: `${url}/callback`. */
  readonly callbackUrl: string;
  /** Sets what `/config.json` answers (404 until set). */
  setConfig(config: AppConfig): void;
  close(): Promise<void>;
}

/** Bundles app.ts for the browser in memory; returns the JavaScript text. */
export function bundleApp(): Promise<string>;

/** Serves the page, the bundle and the config on 127.0.0.1 (port 0 = a free port). */
export function startAppServer(options: { readonly bundle: string; readonly port?: number }): Promise<AppServer>;
