import { collectOperations } from '../load/collect-operations.js';
import { diffOperation } from './diff-operation.js';
import { diffModels } from './diff-models.js';
import { diffSecuritySchemes } from './diff-security-schemes.js';
import { modelUsage } from './model-usage.js';
import { securitySchemeNames } from './security-alternatives.js';
import { packageForTag, scopeOf } from '../changesets/package-for-tag.js';
import { classify } from '../classify/classify.js';
import { sortChanges } from '../classify/sort-changes.js';
import { isObject } from '../load/json.js';
import type { OperationEntry } from '../load/collect-operations.js';
import type { Finding } from './finding.js';
import type { Change, DiffOptions, Direction, OpenApiDocument, RawChange } from '../types.js';

interface Usage {
  packages: Set<string>;
  request: boolean;
  response: boolean;
}

/**
 * Compares two OpenAPI 3.x documents and returns every change, classified
 * (see `RULES`) and attributed: operation changes to the tag's resource
 * package and the client package (a retagged operation is removed from the
 * old package and added to the new one); model changes to the models package and
 * every resource package whose operations (old or new) reference the model;
 * security scheme changes to the client and the packages whose operations use
 * the scheme. Deterministic order.
 * @throws TypeError when either argument is not an object.
 */
export function diffSpecs(oldDoc: OpenApiDocument, newDoc: OpenApiDocument, options: DiffOptions = {}): Change[] {
  if (!isObject(oldDoc) || !isObject(newDoc)) throw new TypeError('diffSpecs: both documents must be JSON objects');
  const pkgFor = options.packageForTag ?? packageForTag;
  const modelsPkg = options.modelsPackage ?? '@imgur-ts/models';
  const clientPkg = options.clientPackage ?? '@imgur-ts/client';
  const oldOps = collectOperations(oldDoc);
  const newOps = collectOperations(newDoc);
  const raw: RawChange[] = [];
  const forOp = (op: OperationEntry, f: Finding, packages?: string[]): void => {
    const pkg = pkgFor(op.tag);
    raw.push({ ...f, scope: scopeOf(pkg), packages: sorted(packages ?? [pkg, clientPkg]), operationId: op.id });
  };
  const whole = (kind: 'operation.added' | 'operation.removed'): Finding => ({ kind, direction: 'both', location: '' });
  for (const id of sorted([...oldOps.keys(), ...newOps.keys()])) {
    const a = oldOps.get(id);
    const b = newOps.get(id);
    if (a === undefined && b !== undefined) forOp(b, whole('operation.added'));
    else if (a !== undefined && b === undefined) forOp(a, whole('operation.removed'));
    else if (a !== undefined && b !== undefined) {
      // Retagged: the old package loses the operation, the new one gains it;
      // packages that have it before and after (the client) get the details.
      const [from, to] = [pkgFor(a.tag), pkgFor(b.tag)];
      const kept = from === to ? undefined : [clientPkg];
      if (from !== to && from !== clientPkg) forOp(a, whole('operation.removed'), [from]);
      if (from !== to && to !== clientPkg) forOp(b, whole('operation.added'), [to]);
      for (const f of diffOperation(oldDoc, newDoc, a, b)) forOp(b, f, kept);
    }
  }
  const usage = new Map<string, Usage>();
  for (const [doc, ops] of [
    [oldDoc, oldOps],
    [newDoc, newOps],
  ] as const) {
    for (const op of ops.values()) {
      const u = modelUsage(doc, op);
      for (const [side, names] of [
        ['request', u.request],
        ['response', u.response],
      ] as const) {
        for (const name of names) {
          const entry = usage.get(name) ?? { packages: new Set<string>(), request: false, response: false };
          entry.packages.add(pkgFor(op.tag));
          entry[side] = true;
          usage.set(name, entry);
        }
      }
    }
  }
  for (const f of diffModels(oldDoc, newDoc)) {
    const u = usage.get(f.model);
    const direction: Direction = u === undefined || u.request === u.response ? 'both' : u.request ? 'request' : 'response';
    const packages = f.kind === 'model.added' ? [modelsPkg] : sorted([modelsPkg, ...(u?.packages ?? [])]);
    raw.push({ ...f, direction, scope: scopeOf(modelsPkg), packages });
  }
  for (const s of diffSecuritySchemes(oldDoc, newDoc)) {
    const users = [...oldOps.values()]
      .filter((op) => securitySchemeNames(oldDoc, op).includes(s.scheme))
      .concat([...newOps.values()].filter((op) => securitySchemeNames(newDoc, op).includes(s.scheme)));
    raw.push({
      kind: 'security.scheme-changed',
      direction: 'request',
      scope: scopeOf(clientPkg),
      location: `security scheme ${s.scheme}`,
      before: s.before,
      after: s.after,
      packages: sorted([clientPkg, ...users.map((op) => pkgFor(op.tag))]),
    });
  }
  return dedupe(sortChanges(raw.map(classify)));
}

function sorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const k = JSON.stringify([c.kind, c.scope, c.operationId, c.model, c.location, c.before, c.after]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
