import { redact } from '../redact.js';

/** Options every Imgur error accepts. */
export interface ImgurErrorOptions {
  readonly cause?: unknown;
  /** Secret values to scrub from the message (tokens, client secret, Mashape key). */
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Base class of every error this SDK throws. Messages are redacted when the
 * error is created; `toJSON` and Node's inspect output show only safe fields.
 */
export class ImgurError extends Error {
  override readonly name: string = 'ImgurError';

  constructor(message: string, options: ImgurErrorOptions = {}) {
    super(redact(message, options.secrets ?? []), 'cause' in options ? { cause: options.cause } : undefined);
  }

  /** Safe, serialisable fields (subclasses add theirs). */
  protected details(): Record<string, unknown> {
    return {};
  }

  /** JSON form: name, message and the safe fields only (no response, no cause). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this.details() };
  }

  /** Node's `util.inspect` hook, without importing node:util. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const details = this.details();
    const extra = Object.keys(details).length ? ` ${JSON.stringify(details)}` : '';
    return `${this.name}: ${this.message}${extra}`;
  }
}
