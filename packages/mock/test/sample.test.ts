import { expect, test } from 'vitest';
import { sampleFromSchema } from '../src/sample.js';
import { readOperations } from '../src/spec/operations.js';
import { stateHandlers } from '../src/state/table.js';
import { Validator } from '../src/validate.js';
import type { OpenApiDocument } from '../src/types.js';
import { BEARER, call, fixture, start } from './helpers.js';

const given: [schema: unknown, want: unknown][] = [
  [{ const: 'x' }, 'x'],
  [{ enum: ['a', 'b'] }, 'a'],
  [{ type: ['null', 'boolean'] }, false],
  [{ type: 'integer', minimum: 5, maximum: 5 }, 5],
  [{ type: 'array', items: { type: 'string', pattern: '^z+$', examples: ['nope', 'zzz'] }, minItems: 2 }, ['zzz', 'zzz']],
  [{ type: 'string', minLength: 3, maxLength: 3, format: 'date' }, '202'],
  [{ allOf: [{ type: 'object', properties: { a: { const: 1 } } }, { type: 'object', properties: { b: { const: 2 } } }] }, { a: 1, b: 2 }],
  [{ oneOf: [{ type: 'null' }, { type: 'boolean' }] }, false],
];
test.each(given)('sample of %j', (schema, want) => {
  expect(sampleFromSchema({ openapi: '3.1.0', paths: {} }, schema, 1)).toEqual(want);
});

test('recursive schemas terminate', () => {
  const doc: OpenApiDocument = { openapi: '3.1.0', paths: {}, components: { schemas: { C: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/components/schemas/C' } } } } } } };
  const v = sampleFromSchema(doc, { $ref: '#/components/schemas/C' }, 1);
  expect(JSON.stringify(v).length).toBeLessThan(200);
  expect(new Validator(doc).check('C', { $ref: '#/components/schemas/C' }, v)).toBeUndefined();
});

test('every operation without a handler answers a body valid against its 2xx schema, the same for the same seed', async () => {
  const ops = readOperations(fixture).filter((o) => !stateHandlers[o.shape] && o.method === 'GET');
  expect(ops.length).toBeGreaterThan(3);
  const validator = new Validator(fixture);
  const bodies = async (): Promise<unknown[]> => {
    const s = await start();
    const out = [];
    for (const op of ops) {
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'page' ? '0' : name === 'sort' ? 'time' : name === 'window' ? 'all' : 'x'));
      const r = await call(s, 'GET', path, { auth: BEARER });
      expect(r.status, `${op.id}: ${r.text}`).toBe(200);
      expect(validator.check(op.id, op.responseSchema, r.json), op.id).toBeUndefined();
      out.push(JSON.parse(r.text.replaceAll(s.url, 'BASE')));
    }
    return out;
  };
  expect(await bodies()).toEqual(await bodies());
});
