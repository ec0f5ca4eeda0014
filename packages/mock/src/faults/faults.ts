import { Random } from '../bodies/random.js';
import type { FaultOptions, FaultRule } from '../types.js';

/** What to do to one request. */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly reset: boolean;
  readonly status: number | undefined;
  readonly rateLimited: boolean;
  readonly truncate: boolean;
}

const NONE: FaultDecision = { latencyMs: 0, reset: false, status: undefined, rateLimited: false, truncate: false };

/** Decides faults per request from rules matched on `METHOD /path`, with a seeded PRNG so runs repeat exactly. */
export class Faults {
  private readonly rules: { rule: FaultRule; re: RegExp; burst: number }[];
  private readonly rnd: Random;

  constructor(opts: FaultOptions | undefined) {
    this.rules = (opts?.rules ?? []).map((rule) => ({ rule, re: routeRegExp(rule.route), burst: rule.rateLimitBurst ?? 0 }));
    this.rnd = new Random(opts?.seed ?? 1);
  }

  /** Draws the faults for one request; rules apply in order and later ones add to earlier ones. */
  decide(method: string, path: string): FaultDecision {
    let d: FaultDecision = NONE;
    for (const r of this.rules) {
      if (!r.re.test(`${method} ${path}`)) continue;
      const { rule } = r;
      const lat = rule.latencyMs;
      const latencyMs = lat === undefined ? 0 : typeof lat === 'number' ? lat : this.rnd.int(lat[0], lat[1]);
      const reset = rule.resetRate !== undefined && this.rnd.next() < rule.resetRate;
      const statuses = rule.errorStatuses?.length ? rule.errorStatuses : [500, 502, 503];
      const status = rule.errorRate !== undefined && this.rnd.next() < rule.errorRate ? statuses[this.rnd.int(0, statuses.length - 1)] : undefined;
      const truncate = rule.truncateRate !== undefined && this.rnd.next() < rule.truncateRate;
      const rateLimited = r.burst > 0;
      if (rateLimited) r.burst--;
      d = {
        latencyMs: d.latencyMs + latencyMs,
        reset: d.reset || reset,
        status: d.status ?? status,
        rateLimited: d.rateLimited || rateLimited,
        truncate: d.truncate || truncate,
      };
    }
    return d;
  }
}

/** Turns a route glob (`GET /3/image/*`, `/3/**`) into a RegExp over `METHOD /path`. */
export function routeRegExp(route: string | RegExp | undefined): RegExp {
  if (route === undefined) return /^/;
  if (route instanceof RegExp) return route;
  const [method, path] = route.includes(' ') ? (route.split(/\s+/, 2) as [string, string]) : ['[A-Z]+', route];
  const body = path
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${method === '[A-Z]+' ? method : method.toUpperCase()} ${body}$`);
}
