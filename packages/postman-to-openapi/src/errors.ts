/**
 * The error `convert` and the CLI raise for unusable input.
 * The message names the problem and, when known, the file.
 */
export class ConversionError extends Error {
  override name = 'ConversionError';
}
