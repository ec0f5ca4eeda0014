import { isObject } from '../load/json.js';
import { cleanText } from '../load/clean-text.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { OpenApiDocument } from '../types.js';

/**
 * The ways an operation accepts to be called, one string per alternative of
 * its effective `security` (its own, else the document's): schemes of one
 * alternative joined with ` + ` (scopes in brackets), `none` for anonymous.
 * Sorted; an operation without any security requirement yields `['none']`.
 */
export function securityAlternatives(doc: OpenApiDocument, op: OperationEntry): string[] {
  const list = Array.isArray(op.node.security) ? op.node.security : Array.isArray(doc.security) ? doc.security : [];
  const out = new Set<string>();
  for (const req of list) {
    if (!isObject(req)) continue;
    const schemes = Object.keys(req)
      .sort()
      .map((name) => {
        const scopes = Array.isArray(req[name]) ? (req[name] as unknown[]).filter((s) => typeof s === 'string').sort() : [];
        return scopes.length === 0 ? cleanText(name) : `${cleanText(name)}[${scopes.map((s) => cleanText(String(s))).join(',')}]`;
      });
    out.add(schemes.length === 0 ? 'none' : schemes.join(' + '));
  }
  return out.size === 0 ? ['none'] : [...out].sort();
}

/** Names of the security schemes an operation's alternatives use. */
export function securitySchemeNames(doc: OpenApiDocument, op: OperationEntry): string[] {
  const list = Array.isArray(op.node.security) ? op.node.security : Array.isArray(doc.security) ? doc.security : [];
  return [...new Set(list.filter(isObject).flatMap((req) => Object.keys(req)))].sort();
}
