import type { ImgurLogger, ImgurLogLevel } from '../types/log-event.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

const LEVELS = ['debug', 'info', 'warn', 'error', 'off'];

/** `IMGUR_LOG` from the environment (Node, Bun, Deno with env access), or undefined. */
function fromEnv(): string | undefined {
  try {
    const g = globalThis as { process?: { env?: Record<string, string | undefined> }; Deno?: { env: { get(name: string): string | undefined } } };
    return g.process?.env?.IMGUR_LOG ?? g.Deno?.env.get('IMGUR_LOG');
  } catch {
    // Deno without --allow-env: no switch.
    return undefined;
  }
}

/**
 * The logger and the lowest level it receives (an index into debug, info,
 * warn, error; 4 logs nothing): `logLevel` wins over `IMGUR_LOG`, which wins
 * over `warn`. An unknown `IMGUR_LOG` is ignored; an unknown `logLevel`, or a
 * `logger` that is not an object, is an `ImgurUsageError`. With a level set (by option or
 * environment) and no `logger`, events go to `console`.
 */
export function resolveLog(logger: ImgurLogger | undefined, level: ImgurLogLevel | 'off' | undefined): { logger: ImgurLogger | undefined; logRank: number } {
  if (level !== undefined && !LEVELS.includes(level)) throw new ImgurUsageError(`createImgurClient: logLevel must be one of ${LEVELS.join(', ')}, got ${String(level)}.`);
  if (logger !== undefined && (logger === null || typeof logger !== 'object'))
    throw new ImgurUsageError(`createImgurClient: logger must be an object with debug, info, warn or error methods (console, pino, ...), got ${typeof logger}.`);
  const env = fromEnv()?.trim().toLowerCase();
  const chosen = level ?? (env && LEVELS.includes(env) ? env : undefined);
  return { logger: logger ?? (chosen ? (console as ImgurLogger) : undefined), logRank: LEVELS.indexOf(chosen ?? 'warn') };
}
