import { ImgurError } from './imgur-error.js';

/**
 * A hook (`createHooks`) threw or rejected: the call it ran in failed with
 * this error (`cause` is what the hook threw, redacted); other calls go on.
 */
export class ImgurHookError extends ImgurError {
  override readonly name: string = 'ImgurHookError';
}
