/** Types shared by the quality checks. */

/** A workspace package that is published to npm (its package.json has no `private: true`). */
export interface PublishablePackage {
  /** npm name, e.g. `@imgur-ts/core`. */
  readonly name: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** The parsed package.json. */
  readonly manifest: Manifest;
}

/** The package.json fields the checks read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly type?: string;
  readonly license?: string;
  readonly sideEffects?: boolean | readonly string[];
  readonly files?: readonly string[];
  readonly engines?: Readonly<Record<string, string>>;
  readonly repository?: string | { readonly type?: string; readonly url?: string; readonly directory?: string };
  readonly homepage?: string;
  readonly bugs?: string | { readonly url?: string; readonly email?: string };
  readonly publishConfig?: Readonly<Record<string, unknown>>;
  readonly exports?: unknown;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** Sizes of one bundle in bytes. */
export interface BundleSize {
  readonly minBytes: number;
  readonly gzipBytes: number;
}

/** Latency and throughput of one benchmark case. */
export interface LatencyStats {
  readonly requests: number;
  readonly concurrency: number;
  readonly totalMs: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** CPU time (user + system) of the calling process per request, in microseconds. */
  readonly cpuUsPerRequest: number;
}
