import { readFileSync } from 'node:fs';
import { TrafficInputError } from './errors.js';
import { parseJson } from './parse-json.js';
import type { EvidencePolicy, FieldClass } from './policy-types.js';

/** Reads and checks `spec/traffic/policy.json`; a {@link TrafficInputError} names the file and the bad member. */
export function readPolicy(file: string): EvidencePolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrafficInputError(file, `cannot read the evidence policy (${(e as Error).message})`);
  }
  return parsePolicy(parseJson(text, file), file);
}

/** Checks a parsed policy document. */
export function parsePolicy(doc: unknown, where: string): EvidencePolicy {
  const fail = (member: string, want: string): never => {
    throw new TrafficInputError(`${where}#/${member}`, `expected ${want}`);
  };
  if (!isObject(doc)) return fail('', 'an object');
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!Array.isArray(doc.siblings) || !doc.siblings.every(strings)) fail('siblings', 'an array of arrays of model names');
  if (!isObject(doc.identity) || !Object.values(doc.identity).every(strings)) fail('identity', 'an object of model -> field names');
  if (!isObject(doc.discriminators) || !Object.values(doc.discriminators).every(strings)) fail('discriminators', 'an object of model -> field names');
  const classes = (key: 'nullClasses' | 'numericStringClasses'): FieldClass[] => {
    const list = doc[key];
    if (!Array.isArray(list)) return fail(key, 'an array of field classes');
    list.forEach((c, i) => {
      if (!isObject(c) || typeof c.name !== 'string' || typeof c.reason !== 'string' || !strings(c.fields)) fail(`${key}/${i}`, 'a class { name, fields: string[], reason }');
      if (c.pattern !== undefined && !validPattern(c.pattern)) fail(`${key}/${i}/pattern`, 'a regular expression over field names');
      if (c.emptyPattern !== undefined && (key !== 'numericStringClasses' || !validPattern(c.emptyPattern)))
        fail(`${key}/${i}/emptyPattern`, 'a regular expression over field names, in a numeric-string class');
    });
    return list as FieldClass[];
  };
  if (typeof doc.legacyBefore !== 'number' || !Number.isInteger(doc.legacyBefore)) fail('legacyBefore', 'a year');
  if (!strings(doc.conditional)) fail('conditional', 'an array of field names');
  return {
    legacyBefore: doc.legacyBefore as number,
    conditional: doc.conditional as string[],
    siblings: doc.siblings as string[][],
    identity: doc.identity as Record<string, string[]>,
    discriminators: doc.discriminators as Record<string, string[]>,
    nullClasses: classes('nullClasses'),
    numericStringClasses: classes('numericStringClasses'),
  };
}

function validPattern(p: unknown): boolean {
  if (typeof p !== 'string') return false;
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
