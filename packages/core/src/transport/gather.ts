/**
 * The pieces of a body gathered as they arrive. The first piece is kept as it came (a body of one piece is
 * neither copied nor joined); from the second on, the pieces are copied into one buffer that doubles as it
 * fills, up to the limit given. No piece is kept: a body sent in a million one-byte pieces costs its bytes (at most twice over), not a
 * million objects, nor the larger buffers small views may hold on to.
 */
export class Gather {
  /** Bytes gathered so far. */
  size = 0;
  private first: Uint8Array | undefined;
  private buffer: Uint8Array | undefined;

  /** `limit`: the most bytes that will be added (the buffer never grows past it). */
  constructor(private readonly limit: number) {}

  /** Adds a piece (copied unless it is the first). */
  add(piece: Uint8Array): void {
    const end = this.size + piece.byteLength;
    if (!this.first) this.first = piece;
    else {
      let buffer = this.buffer;
      if (!buffer || buffer.byteLength < end) {
        const grown = new Uint8Array(Math.max(end, Math.min(this.limit, Math.max(2 * (buffer?.byteLength ?? 0), 16_384))));
        grown.set(buffer ? buffer.subarray(0, this.size) : this.first);
        buffer = this.buffer = grown;
      }
      buffer.set(piece, this.size);
    }
    this.size = end;
  }

  /** The bytes gathered (a view, valid until the next `add`). */
  bytes(): Uint8Array {
    return this.buffer ? this.buffer.subarray(0, this.size) : (this.first ?? new Uint8Array(0));
  }
}
