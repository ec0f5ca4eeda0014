import type { OperationMeta } from './types.js';
import type { ClientState } from './client-state.js';
import { log } from './log.js';

/** Logs one warning per operation and client when a response carries `Sunset` or `Deprecation`. */
export function warnDeprecation(state: ClientState, meta: OperationMeta, headers: Headers): void {
  const sunset = headers.get('Sunset');
  const deprecation = headers.get('Deprecation');
  if ((sunset === null && deprecation === null) || state.warned.has(meta.id)) return;
  state.warned.add(meta.id);
  const parts = [deprecation !== null && `Deprecation: ${deprecation}`, sunset !== null && `Sunset: ${sunset}`].filter(Boolean);
  log(state, 'warn', `${meta.id} (${meta.method} ${meta.path}) is deprecated by Imgur (${parts.join('; ')}); plan a migration.`);
}
