/** What an event is about: an operation, or a part of the client such as its shared store. */
type EventSource = { readonly id: string; readonly method: string; readonly path: string };
import type { ImgurLogEvent, ImgurLogEventName, ImgurLogLevel } from '../types/log-event.js';
import type { CallTrace } from '../types/hooks.js';
import { secretsOf, type ClientState } from './client-state.js';
import { redactValue } from '../util/redact.js';
import { ignore } from '../util/ignore.js';

const RANK: Record<ImgurLogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Builds one structured event, redacts it, and hands it to the call's hooks
 * (`trace`, every level) and to the client's logger when its level is at
 * least the client's. Neither may throw into the call: a throwing logger is ignored.
 */
export function emit(
  state: ClientState,
  level: ImgurLogLevel,
  event: ImgurLogEventName,
  meta: EventSource,
  message: string,
  fields?: Partial<ImgurLogEvent>,
  trace?: CallTrace,
): void {
  const { logger } = state;
  if (!trace && !(logger && RANK[level] >= state.logRank)) return;
  const e = makeEvent(state, level, event, meta, message, fields);
  trace?.event(e);
  if (logger && RANK[level] >= state.logRank) {
    try {
      ignore(logger[level]?.(e, e.message));
    } catch {
      // Logging never fails a call.
    }
  }
}

/** One redacted event. */
export function makeEvent(state: ClientState, level: ImgurLogLevel, event: ImgurLogEventName, meta: EventSource, message: string, fields?: Partial<ImgurLogEvent>): ImgurLogEvent {
  return redactValue({ event, severity: level, operation: meta.id, method: meta.method, path: meta.path, message, ...fields }, secretsOf(state)) as ImgurLogEvent;
}
