/** A stream source, read ahead only far enough to recognise it (see `StreamReader`). */
export interface SourceStream {
  /** The first bytes (at least 64 unless the stream is shorter), already read. */
  readonly head: Uint8Array;
  /** The stream's length when known (a file stream: from its file's size), else undefined. */
  readonly size: number | undefined;
  /**
   * The whole stream, head included, as it is read, counted against `max`
   * (`ImgurUploadError` naming `limit` past it, or when it differs from a
   * known `size`). Once only: a second call throws `ImgurUploadError`. The
   * source is closed when the iterator ends, early or not.
   */
  readonly read: (max: number, limit: string) => AsyncIterable<Uint8Array>;
}

/**
 * How a client's build reads a stream that is uploaded (a web ReadableStream,
 * or an async iterable of bytes or strings such as a Node Readable): as a
 * `SourceStream` sent as it is read (Node, Deno, Bun, workers), or whole into
 * a Blob (browsers, whose fetch streams request bodies over HTTP/2 only).
 * Failures are `ImgurUploadError`s whose message starts with `where`.
 */
export type StreamReader = (source: AsyncIterable<unknown> | ReadableStream<Uint8Array>, where: string) => Promise<Blob | SourceStream>;
