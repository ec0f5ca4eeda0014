/** The fields of an ioredis error that hold no command data. */
const KEPT = ['code', 'errno', 'syscall', 'address', 'port'] as const;

/**
 * A copy of a Redis client error without what may hold secrets: ioredis
 * puts the failed command on its errors (`command.args` holds the tokens a
 * script writes), and a `lastNodeError` or `previousErrors` may hold more.
 * The copy keeps the name, the message (ioredis messages name the
 * connection problem or Redis's reply, never arguments), the command's
 * name, network fields such as `code`, and its own `cause` made safe the
 * same way (a few levels deep).
 */
export function safeCause(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? error.slice(0, 200) : undefined;
  const inner = depth < 4 && error.cause !== undefined ? safeCause(error.cause, depth + 1) : undefined;
  const copy = new Error(error.message.slice(0, 500), inner === undefined ? undefined : { cause: inner });
  Object.defineProperty(copy, 'name', { value: error.name, configurable: true, writable: true });
  const source = error as Error & Record<string, unknown>;
  const fields = copy as unknown as Record<string, unknown>;
  for (const key of KEPT) if (typeof source[key] === 'string' || typeof source[key] === 'number') fields[key] = source[key];
  const command = source.command as { name?: unknown } | undefined;
  if (typeof command?.name === 'string') fields.command = { name: command.name, args: '[redacted]' };
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
