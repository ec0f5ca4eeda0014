import type { Operation } from '../spec/operation.js';
import { isObject } from '../spec/ref.js';

/** A matched operation with its raw (decoded) path parameter values, in template order. */
export interface RouteMatch {
  readonly op: Operation;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly args: readonly string[];
}

interface Param {
  readonly name: string;
  readonly fallback: string | undefined;
  /** Tells whether a value fits the parameter's schema (enum member, integer). */
  readonly fits: ((value: string) => boolean) | undefined;
}

interface Route {
  readonly op: Operation;
  readonly segments: readonly (string | Param)[];
}

/** Routes Imgur serves under another path when the spec has no operation of their own: `POST /3/image` is the older name of `POST /3/upload`. */
const ALIASES: Readonly<Record<string, string>> = { 'POST /3/image': '/3/upload' };

/** How well a request segment fits the route segment that took it. */
const LITERAL = 3;
const FITTING = 2;
const FREE = 1;
const MISFIT = 0;

/**
 * Matches request paths to operations, as Imgur does: literal segments beat parameters, an enum or integer
 * parameter that fits its value beats a free one, and parameters with a default may be left out (a trailing one,
 * or one whose value does not fit, such as `window` in `/gallery/hot/viral/2`); trailing slashes do not count.
 */
export class Router {
  private readonly routes: Route[];

  constructor(ops: readonly Operation[]) {
    this.routes = ops.map((op) => ({ op, segments: split(op.path).map((s) => toSegment(op, s)) }));
  }

  /** Finds the operation for `method` and already-decoded path segments; `undefined` when none fits. */
  match(method: string, segments: readonly string[]): RouteMatch | undefined {
    let best: { m: RouteMatch; score: Score } | undefined;
    for (const route of this.routes) {
      if (route.op.method !== method) continue;
      const found = bestMatch(route, segments);
      if (found && (!best || compare(found.score, best.score) > 0)) best = found;
    }
    const alias = ALIASES[`${method} /${segments.join('/')}`];
    return best?.m ?? (alias === undefined ? undefined : this.match(method, split(alias)));
  }

  /** True when the path exists under another method (used for the 404 message). */
  hasPath(segments: readonly string[]): boolean {
    return this.routes.some((r) => bestMatch(r, segments) !== undefined);
  }
}

/** Splits a path into non-empty segments (so `/albums/ids/` equals `/albums/ids`). */
export function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function toSegment(op: Operation, s: string): Route['segments'][number] {
  const m = /^\{(.+)\}$/.exec(s);
  if (!m?.[1]) return s;
  const spec = op.params.find((p) => p.in === 'path' && p.name === m[1]);
  const schema = isObject(spec?.schema) ? spec.schema : {};
  const d = schema.default;
  const fallback = d === undefined || d === null ? undefined : String(d);
  const values = Array.isArray(schema.enum) ? schema.enum.map(String) : undefined;
  const fits = values ? (v: string) => values.includes(v) : schema.type === 'integer' ? (v: string) => /^\d+$/.test(v) : undefined;
  return { name: m[1], fallback, fits };
}

/** Ranks per request segment, then fewer defaults used. */
interface Score {
  readonly ranks: readonly number[];
  readonly defaults: number;
}

function compare(a: Score, b: Score): number {
  for (let i = 0; i < Math.max(a.ranks.length, b.ranks.length); i++) {
    const d = (a.ranks[i] ?? -1) - (b.ranks[i] ?? -1);
    if (d !== 0) return d;
  }
  return b.defaults - a.defaults;
}

/** The best way `segments` fits `route` (a parameter with a default may be skipped), or `undefined`. */
function bestMatch(route: Route, segments: readonly string[]): { m: RouteMatch; score: Score } | undefined {
  let best: { m: RouteMatch; score: Score } | undefined;
  const walk = (ri: number, si: number, ranks: number[], values: (string | undefined)[], defaults: number): void => {
    if (ri === route.segments.length) {
      if (si !== segments.length) return;
      const score = { ranks: [...ranks], defaults };
      if (!best || compare(score, best.score) > 0) best = { m: build(route, values), score };
      return;
    }
    const seg = route.segments[ri]!;
    const got = segments[si];
    if (typeof seg === 'string') {
      if (got === seg) walk(ri + 1, si + 1, [...ranks, LITERAL], values, defaults);
      return;
    }
    if (got !== undefined && got !== '') {
      const rank = seg.fits === undefined ? FREE : seg.fits(got) ? FITTING : MISFIT;
      walk(ri + 1, si + 1, [...ranks, rank], [...values, got], defaults);
    }
    // Left out: at the end of the path, or in the middle when the value belongs to a later segment.
    if (seg.fallback !== undefined && (got === undefined || (seg.fits !== undefined && !seg.fits(got)))) {
      walk(ri + 1, si, ranks, [...values, seg.fallback], defaults + 1);
    }
  };
  walk(0, 0, [], [], 0);
  return best;
}

function build(route: Route, values: readonly (string | undefined)[]): RouteMatch {
  const pathParams: Record<string, string> = {};
  const args: string[] = [];
  let i = 0;
  for (const seg of route.segments) {
    if (typeof seg === 'string') continue;
    const v = values[i++]!;
    pathParams[seg.name] = v;
    args.push(v);
  }
  return { op: route.op, pathParams, args };
}
