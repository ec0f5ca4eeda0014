import type { CollectionContext, ServerObject } from '../types.js';
import type { ParsedUrl } from './url.js';
import { record } from '../input/record.js';

function stripProtocol(value: string): string {
  return value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

/** Default and description of one server variable, saying where the default comes from. */
function serverVariable(name: string, url: ParsedUrl, context: CollectionContext): { default: string; description: string } {
  const value = context.variables[name];
  if (value !== undefined && value.trim() !== '') {
    const fromValue = url.bareOrigin ? value.trim().replace(/\/+$/, '') : /protocol|scheme/i.test(name) ? value.trim().replace(/:\/*$/, '') : stripProtocol(value.trim());
    return { default: fromValue, description: `Postman variable {{${name}}}; the default is its value in the collection.` };
  }
  const common = context.commonOrigin;
  const isHost = url.originVariables.length === 1 && !/protocol|scheme|port/i.test(name);
  if (common && isHost) {
    return {
      default: url.bareOrigin ? common : stripProtocol(common),
      description: `Postman variable {{${name}}}, which has no value in the collection; the default is the collection's most common literal host (${common}).`,
    };
  }
  return {
    default: `{{${name}}}`,
    description: `Postman variable {{${name}}}, which has no value in the collection; the default is the variable as written there: replace it.`,
  };
}

// Requests on one origin share one server object per conversion: built, and written as JSON (serverKey), once.
const built = new WeakMap<CollectionContext, Map<string, ServerObject>>();

/**
 * Builds the server of one request from its URL origin. A variable in the protocol, host or
 * port becomes a server variable whose default is the collection variable's value, else (for
 * a lone host variable) the most common literal host of the collection, else the variable as
 * written (`{{name}}`); each description says which. A literal port that is not a port
 * (`99999`) becomes a server variable whose description says so. Nothing else is invented.
 * Returns undefined when the URL has no host. Requests on the same origin get the same object (built once per conversion).
 */
export function buildServer(url: ParsedUrl, context: CollectionContext): ServerObject | undefined {
  if (url.origin === '') return undefined;
  let cache = built.get(context);
  if (!cache) built.set(context, (cache = new Map()));
  const port = url.invalidPort;
  // Everything the server depends on besides the context (the origin alone does not tell a `{x}` written in the host from a variable).
  let key = `${url.bareOrigin ? 1 : 0}${url.origin.length}:${url.origin}`;
  for (let i = 0; i < url.originVariables.length; i++) {
    const name = url.originVariables[i] as string;
    key += `${name.length}:${name}`;
  }
  if (port) key += `!${port.name.length}:${port.name}${port.text}`;
  let server = cache.get(key);
  if (!server) cache.set(key, (server = newServer(url, context)));
  return server;
}

function newServer(url: ParsedUrl, context: CollectionContext): ServerObject {
  if (url.originVariables.length === 0 && !url.invalidPort) return { url: url.origin };
  const variables = record<{ default: string; description: string }>();
  for (const name of url.originVariables) variables[name] = serverVariable(name, url, context);
  if (url.invalidPort) {
    variables[url.invalidPort.name] = {
      default: url.invalidPort.text,
      description: `The collection writes the port \`${url.invalidPort.text.slice(0, 40)}\`, which is not a port (0-65535): replace it.`,
    };
  }
  return { url: url.origin, variables };
}

/** The `protocol://host` of a URL without variables, else undefined. */
export function literalOrigin(url: ParsedUrl): string | undefined {
  return url.originVariables.length === 0 && !url.invalidPort && url.origin !== '' ? url.origin : undefined;
}
