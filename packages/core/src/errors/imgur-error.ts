import { redact } from '../util/redact.js';
import { redactCause } from '../util/redact-cause.js';

/** Options every Imgur error accepts. */
export interface ImgurErrorOptions {
  readonly cause?: unknown;
  /**
   * Secret values to scrub from the message and the `cause` chain (tokens,
   * client secret, Mashape key), in every form a server may echo them
   * (percent-encoded, base64, …). The `cause` is copied deep when anything
   * reachable from it holds one (fields, nested objects, arrays,
   * `AggregateError.errors`, getters, `Headers`), credential-named fields
   * always: a store or plugin wrapping a backend error whose fields carry
   * tokens (a Redis error's `command.args`) passes them here.
   */
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Base class of every error this SDK throws. Messages and the `cause` chain
 * are redacted when the error is created (see `redactCause`); `toJSON` and Node's inspect output show only the name, the
 * message and the subclass's own data fields (never the response or the cause).
 */
export class ImgurError extends Error {
  override readonly name: string = 'ImgurError';

  constructor(message: string, options: ImgurErrorOptions = {}) {
    super(redact(message, options.secrets), 'cause' in options ? { cause: redactCause(options.cause, options.secrets) } : undefined);
  }

  /** JSON form: name, message and the safe fields only (no response, no cause). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }

  /** Node's `util.inspect` hook, without importing node:util. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const { name, ...details } = this as Record<string, unknown>;
    return `${name as string}: ${this.message}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`;
  }
}
