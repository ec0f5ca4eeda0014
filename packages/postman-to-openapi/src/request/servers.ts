import type { CollectionContext, ServerObject } from '../types.js';
import type { ParsedUrl } from './url.js';
import { record } from '../input/record.js';

function stripProtocol(value: string): string {
  return value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

/**
 * Builds the server of one request from its URL origin. A host variable becomes a
 * server variable whose default is the collection variable's value, else the most
 * common literal host of the collection, else `localhost`.
 * Returns undefined when the URL has no host.
 */
export function buildServer(url: ParsedUrl, context: CollectionContext): ServerObject | undefined {
  if (url.origin === '') return undefined;
  if (url.originVariables.length === 0) return { url: url.origin };
  const variables = record<{ default: string; description: string }>();
  for (const name of url.originVariables) {
    const value = context.variables[name];
    const fallback = url.bareOrigin ? (context.commonOrigin ?? 'http://localhost') : stripProtocol(context.commonOrigin ?? 'localhost');
    const known = value !== undefined && value.trim() !== '';
    const fromValue = url.bareOrigin ? (value ?? '').replace(/\/+$/, '') : stripProtocol(value ?? '');
    variables[name] = {
      default: known ? fromValue : fallback,
      description: known
        ? `Postman variable {{${name}}} (default: its collection value).`
        : `Postman variable {{${name}}} (no collection value; default: the collection's most common host).`,
    };
  }
  return { url: url.origin, variables };
}

/** The `protocol://host` of a URL without variables, else undefined. */
export function literalOrigin(url: ParsedUrl): string | undefined {
  return url.originVariables.length === 0 && url.origin !== '' ? url.origin : undefined;
}
