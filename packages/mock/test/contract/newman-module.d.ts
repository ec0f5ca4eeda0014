// newman@6.2.2 ships no types. The part of its documented library API the Postman-collection contract test calls.
declare module 'newman' {
  export interface NewmanExecution {
    readonly item: { readonly name: string };
    readonly request?: { readonly method: string };
    readonly response?: { readonly code: number; readonly stream?: Buffer };
    readonly requestError?: { readonly message: string };
  }

  export interface NewmanSummary {
    readonly run: {
      readonly executions: readonly NewmanExecution[];
      readonly failures: readonly { readonly error: { readonly message: string } }[];
    };
  }

  export interface NewmanRunOptions {
    readonly collection: unknown;
    readonly environment?: unknown;
    readonly reporters?: readonly string[];
    readonly timeoutRequest?: number;
  }

  export function run(options: NewmanRunOptions, callback: (err: Error | null, summary: NewmanSummary) => void): unknown;
}
