import { ImgurError } from './imgur-error.js';

/** The SDK was called wrongly (missing path parameter, bad option, secret in a browser…). Thrown before sending. */
export class ImgurUsageError extends ImgurError {
  override readonly name: string = 'ImgurUsageError';
}

/** The call would take the remaining rate-limit credits below the configured `budget`. Nothing was sent. */
export class ImgurBudgetError extends ImgurError {
  override readonly name: string = 'ImgurBudgetError';
}

/** An upload is too large, of an unsupported type, or its source could not be read. Nothing was sent. */
export class ImgurUploadError extends ImgurError {
  override readonly name: string = 'ImgurUploadError';
}
