import type { Operation } from './spec/operations.js';
import { isObject } from './spec/ref.js';

/** A matched operation with its raw (decoded) path parameter values, in template order. */
export interface RouteMatch {
  readonly op: Operation;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly args: readonly string[];
}

interface Route {
  readonly op: Operation;
  readonly segments: readonly (string | { readonly name: string; readonly fallback: string | undefined })[];
}

/** Matches request paths to operations: literal segments beat parameters; trailing parameters with a default may be omitted. */
export class Router {
  private readonly routes: Route[];

  constructor(ops: readonly Operation[]) {
    this.routes = ops.map((op) => ({ op, segments: split(op.path).map((s) => toSegment(op, s)) }));
    this.routes.sort((a, b) => specificity(b) - specificity(a));
  }

  /** Finds the operation for `method` and already-decoded path segments; `undefined` when none fits. */
  match(method: string, segments: readonly string[]): RouteMatch | undefined {
    for (const fallback of [false, true]) {
      for (const route of this.routes) {
        if (route.op.method !== method) continue;
        const m = tryMatch(route, segments, fallback);
        if (m) return m;
      }
    }
    return undefined;
  }

  /** True when the path exists under another method (used for the 404 message). */
  hasPath(segments: readonly string[]): boolean {
    return this.routes.some((r) => tryMatch(r, segments, true) !== undefined);
  }
}

/** Splits a path into non-empty segments. */
export function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function toSegment(op: Operation, s: string): Route['segments'][number] {
  const m = /^\{(.+)\}$/.exec(s);
  if (!m?.[1]) return s;
  const spec = op.params.find((p) => p.in === 'path' && p.name === m[1]);
  const d = isObject(spec?.schema) ? spec.schema.default : undefined;
  return { name: m[1], fallback: d === undefined || d === null ? undefined : String(d) };
}

function specificity(r: Route): number {
  // Earlier literal segments weigh more, so /gallery/image/{id} wins over /gallery/{id}/votes.
  return r.segments.reduce<number>((acc, s, i) => acc + (typeof s === 'string' ? 2 ** (20 - i) : 0), 0);
}

function tryMatch(route: Route, segments: readonly string[], fallback: boolean): RouteMatch | undefined {
  if (segments.length > route.segments.length || (!fallback && segments.length !== route.segments.length)) return undefined;
  const pathParams: Record<string, string> = {};
  const args: string[] = [];
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i]!;
    const got = segments[i];
    if (typeof seg === 'string') {
      if (got !== seg) return undefined;
      continue;
    }
    const value = got ?? seg.fallback;
    if (value === undefined || value === '') return undefined;
    pathParams[seg.name] = value;
    args.push(value);
  }
  return { op: route.op, pathParams, args };
}
