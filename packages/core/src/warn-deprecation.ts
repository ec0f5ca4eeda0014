import type { OperationMeta } from './types.js';
import type { ClientState } from './client-state.js';
import { log } from './log.js';

/**
 * Logs one warning per operation and client when a response carries `Sunset`
 * or `Deprecation`, or the operation is marked deprecated in the API description.
 */
export function warnDeprecation(state: ClientState, meta: OperationMeta, headers: Headers): void {
  const sunset = headers.get('Sunset');
  const deprecation = headers.get('Deprecation');
  if ((sunset === null && deprecation === null && !meta.deprecated) || state.warned.has(meta.id)) return;
  state.warned.add(meta.id);
  const parts = [deprecation !== null && `Deprecation: ${deprecation}`, sunset !== null && `Sunset: ${sunset}`].filter(Boolean);
  const why = parts.length ? parts.join('; ') : 'marked deprecated in the API description';
  log(state, 'warn', `${meta.id} (${meta.method} ${meta.path}) is deprecated by Imgur (${why}); plan a migration.`);
}
