import type { RawChange } from '../types.js';

/**
 * The verb phrase of a change's sentence, e.g. `removed operation album.getAlbumImages`
 * or `added value "hidden" to enum query parameter privacy of album.updateAlbum`.
 */
export function describeChange(c: RawChange): string {
  const w = c.operationId ? (c.location === '' ? c.operationId : `${c.location} of ${c.operationId}`) : c.location;
  const on = (prep: string): string => (c.operationId ? `${c.location} ${prep} ${c.operationId}` : c.location);
  const from = `from ${c.before ?? '?'} to ${c.after ?? '?'}`;
  switch (c.kind) {
    case 'operation.added':
      return `added operation ${c.operationId ?? c.location}`;
    case 'operation.removed':
      return `removed operation ${c.operationId ?? c.location}`;
    case 'operation.moved':
      return `moved operation ${c.operationId ?? c.location} ${from}`;
    case 'operation.deprecated':
      return `deprecated operation ${c.operationId ?? c.location}`;
    case 'parameter.added.optional':
    case 'request-body.added.optional':
      return `added optional ${on('to')}`;
    case 'parameter.added.required':
    case 'request-body.added.required':
      return `added required ${on('to')}`;
    case 'parameter.removed':
    case 'request-body.removed':
    case 'response.removed':
      return `removed ${on('from')}`;
    case 'response.added':
      return `added ${on('to')}`;
    case 'parameter.made-required':
    case 'request-body.made-required':
      return `made ${w} required`;
    case 'parameter.made-optional':
    case 'request-body.made-optional':
      return `made ${w} optional`;
    case 'parameter.type-changed':
      return `changed type of ${w} ${from}`;
    case 'field.added.optional':
      return `added optional field ${w}`;
    case 'field.added.required':
      return `added required field ${w}`;
    case 'field.removed':
      return `removed field ${w}`;
    case 'field.type-changed':
      return `changed type of field ${w} ${from}`;
    case 'field.made-required':
      return `made field ${w} required`;
    case 'field.made-optional':
      return `made field ${w} optional`;
    case 'enum.value-added':
      return `added value ${c.after ?? '?'} to ${w}`;
    case 'enum.value-removed':
      return `removed value ${c.before ?? '?'} from ${w}`;
    case 'model.added':
      return `added model ${c.model ?? c.location}`;
    case 'model.removed':
      return `removed model ${c.model ?? c.location}`;
    case 'security.alternative-added':
      return `${w} now also accepts authentication ${c.after ?? '?'}`;
    case 'security.alternative-removed':
      return `${w} no longer accepts authentication ${c.before ?? '?'}`;
    case 'security.scheme-changed':
      return `changed ${w} ${from}`;
    case 'description.changed':
      return `updated the description of ${w}`;
  }
}
