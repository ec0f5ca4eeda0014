import type { OperationMeta } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';
import type { CallTrace } from '../types/hooks.js';
import { emit } from '../state/log.js';
import type { HeaderReader } from '../types/transport.js';

/**
 * Logs one warning per operation and client when a response carries `Sunset`
 * or `Deprecation`, or the operation is marked deprecated in the API description.
 */
export function warnDeprecation(state: ClientState, meta: OperationMeta, headers: HeaderReader, trace?: CallTrace): void {
  // Two lookups and no allocation on the usual path (nothing deprecated).
  if (state.warned.has(meta.id) || (!meta.deprecated && !headers.has('deprecation') && !headers.has('sunset'))) return;
  const why = ['Deprecation', 'Sunset'].flatMap((h) => (headers.has(h) ? `${h}: ${headers.get(h)}` : []));
  if (!why.length && !meta.deprecated) return;
  state.warned.add(meta.id);
  emit(
    state,
    'warn',
    'deprecation',
    meta,
    `${meta.id} (${meta.method} ${meta.path}) is deprecated by Imgur (${why.join('; ') || 'per the API description'}); plan a migration.`,
    undefined,
    trace,
  );
}
