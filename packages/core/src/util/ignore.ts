/** Swallows the rejection of a promise a callback returned (an `async` listener), so it never becomes an unhandled rejection. */
export function ignore(value: unknown): void {
  try {
    const then = (value as { then?: unknown } | null | undefined)?.then;
    if (typeof then === 'function') then.call(value, undefined, () => {});
  } catch {
    // A throwing `then` getter: nothing to wait for.
  }
}
