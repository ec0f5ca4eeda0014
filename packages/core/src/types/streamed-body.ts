/**
 * A request body sent as it is read (a streamed upload), never held whole:
 * its chunks in order, and its length when known (then sent with
 * `Content-Length`, else chunked). `chunks` can be called again (a retry, a
 * redirect, a replay after a token refresh) only while the underlying source
 * has not been read past what was read ahead to sniff it; after that it
 * throws `ImgurUploadError`. A chunk iterator rejects with `ImgurUploadError`
 * when the source is larger than the upload limit or differs from its known length.
 */
export interface StreamedBody {
  readonly size: number | undefined;
  readonly chunks: () => AsyncIterable<Uint8Array>;
}
