/** How far the body of a request has been sent: what `onProgress` receives. */
export interface UploadProgress {
  /** Bytes of the request body sent so far (multipart framing included). */
  readonly loaded: number;
  /** Size of the whole body in bytes; undefined while unknown (a stream of unknown length). The last event has `total === loaded`. */
  readonly total: number | undefined;
  /** `loaded` as a whole percentage of `total` (0–100, rounded down; 100 only once everything is sent); undefined while `total` is unknown. */
  readonly percent: number | undefined;
}
