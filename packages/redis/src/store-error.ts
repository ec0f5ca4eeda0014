import { ImgurError } from '@imgur-ts/core';

/**
 * Redis could not be reached, or a command failed: the call that needed it
 * fails with this error (never hangs); a call refused this way before
 * sending was not sent. The message names the operation, never a token.
 */
export class ImgurStoreError extends ImgurError {
  override readonly name: string = 'ImgurStoreError';
}
