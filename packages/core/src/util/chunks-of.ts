/** The chunks of a web `ReadableStream` as an async generator (Safari's streams are not async iterable); closing it early cancels the stream. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let r: ReadableStreamReadResult<Uint8Array>; !(r = await reader.read()).done; ) yield r.value;
  } finally {
    reader.cancel().catch(() => {});
  }
}
