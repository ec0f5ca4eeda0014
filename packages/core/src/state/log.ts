import { secretsOf, type ClientState } from './client-state.js';
import { redact } from '../util/redact.js';

/**
 * Hands one redacted line to the client's logger, if it has one for this
 * level. A logger that throws is ignored: the call goes on as if the line had
 * been logged (there is nowhere left to report it).
 */
export function log(state: ClientState, level: 'debug' | 'warn', message: string): void {
  try {
    state.logger?.[level]?.(redact(message, secretsOf(state)));
  } catch {}
}
