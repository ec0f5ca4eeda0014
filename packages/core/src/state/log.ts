import { secretsOf, type ClientState } from './client-state.js';
import { redact } from '../util/redact.js';

/** Hands one redacted line to the client's logger, if it has one for this level. */
export function log(state: ClientState, level: 'debug' | 'warn', message: string): void {
  state.logger?.[level]?.(redact(message, secretsOf(state)));
}
