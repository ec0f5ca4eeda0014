import type { ClientState } from './client-state.js';
import { secretsOf } from './client-state.js';
import { redact } from './redact.js';

/** Hands one redacted line to the client's logger, if it has one for this level. */
export function log(state: ClientState, level: 'debug' | 'warn', message: string): void {
  const sink = state.logger?.[level];
  if (sink) sink.call(state.logger, redact(message, secretsOf(state)));
}
