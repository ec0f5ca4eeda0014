/**
 * The error `convert` and the CLI raise for unusable input.
 * The message names the problem, the file and, when known, where in it
 * (`pointer`, a JSON pointer such as `/info/schema`).
 */
export class ConversionError extends Error {
  override name = 'ConversionError';
  /** JSON pointer of the offending value in the collection, when the problem has a place. */
  readonly pointer: string | undefined;

  constructor(message: string, options: { pointer?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.pointer = options.pointer;
  }
}
