import { diffParameters } from './diff-parameters.js';
import { diffRequestBody } from './diff-request-body.js';
import { diffResponses } from './diff-responses.js';
import { securityAlternatives } from './security-alternatives.js';
import type { Finding } from './finding.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { OpenApiDocument } from '../types.js';

/**
 * Everything that changed between two versions of one operation: method or
 * path, deprecation, descriptions, parameters, request body, responses and
 * accepted authentication.
 */
export function diffOperation(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, a: OperationEntry, b: OperationEntry): Finding[] {
  const out: Finding[] = [];
  const both = (f: Omit<Finding, 'direction'>): void => {
    out.push({ direction: 'both', ...f });
  };
  if (a.method !== b.method || a.path !== b.path) {
    both({ kind: 'operation.moved', location: '', before: `${a.method} ${a.path}`, after: `${b.method} ${b.path}` });
  }
  if (a.node.deprecated !== true && b.node.deprecated === true) both({ kind: 'operation.deprecated', location: '' });
  if (a.node.summary !== b.node.summary || a.node.description !== b.node.description) {
    both({ kind: 'description.changed', location: '' });
  }
  out.push(...diffParameters(oldDoc, newDoc, a, b));
  out.push(...diffRequestBody(oldDoc, newDoc, a, b));
  out.push(...diffResponses(oldDoc, newDoc, a, b));
  const before = securityAlternatives(oldDoc, a);
  const after = securityAlternatives(newDoc, b);
  for (const alt of after.filter((x) => !before.includes(x))) {
    out.push({ kind: 'security.alternative-added', direction: 'request', location: '', after: alt });
  }
  for (const alt of before.filter((x) => !after.includes(x))) {
    out.push({ kind: 'security.alternative-removed', direction: 'request', location: '', before: alt });
  }
  return out;
}
