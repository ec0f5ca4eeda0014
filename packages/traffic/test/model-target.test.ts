import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkExchanges,
  collectEvidence,
  fitExpectations,
  formatReport,
  leaveOneSourceOut,
  proposeOverlay,
  readInputs,
  TrafficInputError,
  targetOf,
  withModelTargets,
  type RecordedExchange,
} from '../src/index.js';
import { spec } from './fixture-spec.js';
import { fittedSpec } from './policy-fixture.js';

const ok = (data: unknown) => ({ data, success: true, status: 200 }) as RecordedExchange['body'];
const topic = (body: RecordedExchange['body'], extra: Partial<RecordedExchange> = {}): RecordedExchange => ({
  id: 'legacy/topics.json',
  method: 'GET',
  path: '/3/topics/defaults',
  status: 200,
  model: 'Image',
  shape: 'envelope',
  body,
  ...extra,
});

describe('model-addressed bodies (routes the spec has no operation for)', () => {
  it('pass when they match the model, in every shape', () => {
    const image = { id: 'a', title: null };
    const r = checkExchanges(
      [
        topic(ok(image)),
        topic(ok([image, image]), { id: 'list', shape: 'envelope-list' }),
        topic(ok({ replies: [image], messages: [] }), { id: 'groups', shape: 'envelope-groups' }),
        topic(image as RecordedExchange['body'], { id: 'bare', shape: 'bare' }),
        topic([image] as RecordedExchange['body'], { id: 'bare-list', shape: 'bare-list' }),
      ],
      spec,
    );
    expect(r.results.map((x) => [x.id, x.ok, x.findings])).toEqual([
      ['legacy/topics.json', true, []],
      ['list', true, []],
      ['groups', true, []],
      ['bare', true, []],
      ['bare-list', true, []],
    ]);
    expect(r.results[0]!.operation).toBe('GET /3/topics/defaults 200 as Image (envelope)');
    expect(r.results[0]!.schemaPath).toBe('#/x-traffic-models/Image/envelope');
  });

  it('fail on a wrong type, naming the file, the field and the model', () => {
    const r = checkExchanges([topic(ok([{ id: 'a', title: 5 }]), { shape: 'envelope-list' })], spec);
    const [result] = r.results;
    expect(result!.ok).toBe(false);
    expect(result!.findings.map((f) => [f.kind, f.instancePath, f.field, f.schemaPath])).toEqual([
      ['schema', '/data/0/title', 'title', '#/components/schemas/Image/properties/title/type'],
    ]);
    const text = formatReport(r);
    expect(text).toContain('FAIL legacy/topics.json  GET /3/topics/defaults 200 as Image (envelope-list)');
    expect(text).toContain('/data/0/title must be string,null (schema #/components/schemas/Image/properties/title/type)');
  });

  it('fail on a missing identity field, a forbidden null and an undeclared field of the model', () => {
    const r = checkExchanges([topic(ok({ title: 't', ad_type: null, extra: 1 }))], spec);
    expect(r.results[0]!.findings.map((f) => `${f.kind} ${f.field}`)).toEqual(['missing-required id', 'forbidden-null ad_type', 'undeclared extra']);
  });

  it('fail when the shape does not fit: a list where one object is declared', () => {
    const r = checkExchanges([topic(ok([{ id: 'a', title: 't' }]))], spec);
    expect(r.results[0]!.ok).toBe(false);
    expect(r.results[0]!.findings.map((f) => f.message).join('\n')).toMatch(/\/data must be object/);
  });

  it('name an unknown model clearly instead of crashing', () => {
    const r = checkExchanges([topic(ok({ id: 'a' }), { model: 'Imgae' })], spec);
    expect(r.results[0]).toMatchObject({ ok: false, operation: 'GET /3/topics/defaults 200' });
    expect(r.results[0]!.findings).toEqual([
      { kind: 'unknown-operation', instancePath: '', schemaPath: '#/paths', message: 'GET /3/topics/defaults 200: no model `Imgae` in #/components/schemas of the spec' },
    ]);
    expect(r.summary.unknownOperations).toBe(1);
    expect(targetOf(withModelTargets(spec), { ...topic(null), model: 'toString' })).toMatch(/no model `toString`/);
  });

  it('count as evidence of their model, and are measured when their source is held out', () => {
    const model = (id: string, source: string, body: RecordedExchange['body']): RecordedExchange => ({ ...topic(body), id, source, year: 2016 });
    // fittedSpec's Image requires `title` and forbids null there; only the model-addressed body of B shows a null.
    const xs: RecordedExchange[] = [
      { id: 'a', source: 'A', year: 2016, method: 'GET', path: '/3/image/x', status: 200, body: ok({ id: 'x', link: 'l', title: null, views: 1 }) },
      model('b', 'B', ok({ id: 'y', link: 'l', title: null, views: 2 })),
    ];
    const title = collectEvidence(xs, fittedSpec).get('Image')!.fields.get('title')!;
    expect([title.nulls, [...title.nullSources].sort()]).toEqual([2, ['A', 'B']]);
    const r = leaveOneSourceOut(xs, fittedSpec, fitExpectations);
    expect(r.bodies).toBe(2);
    expect(r.sources.map((s) => [s.source, s.failed])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
    const alone = leaveOneSourceOut([xs[0]!, model('b', 'B', ok({ id: 'y', link: 'l', title: 't', views: 2 }))], fittedSpec, fitExpectations);
    expect(alone.sources.map((s) => [s.source, s.failedIds])).toEqual([
      ['A', ['a']],
      ['B', []],
    ]);
  });

  it('get overlay proposals only for their model; a broken envelope is left to a maintainer', () => {
    const r = checkExchanges([topic({ data: { id: 'a', title: 't', seen: true }, success: true } as RecordedExchange['body'])], spec);
    const { actions, unresolved } = proposeOverlay(r, withModelTargets(spec));
    expect(actions.map((a) => [a.target, a.update])).toEqual([
      ['$.components.schemas.Image', { properties: { seen: { type: 'boolean', description: 'TODO: describe. Seen in 1 body.' } } }],
    ]);
    expect(unresolved).toEqual(['legacy/topics.json: required field `status` is missing at (root)']);
  });

  it('leave the spec untouched and prepare it only once', () => {
    const prepared = withModelTargets(spec);
    expect(spec).not.toHaveProperty('x-traffic-models');
    expect(withModelTargets(prepared)).toBe(prepared);
    expect(targetOf(spec, topic(null))).toMatch(/not prepared with withModelTargets/);
  });
});

describe('model-addressed corpus entries', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'traffic-model-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const entry = {
    source: { kind: 'repository', repository: 'o/n', commit: 'a'.repeat(40), path: 'x.json' },
    year: 2016,
    capture: 'captured',
    method: 'GET',
    path: '/3/topics/defaults',
    model: 'Image',
    shape: 'envelope-list',
    status: 200,
    body: ok([{ id: 'a', title: 't' }]),
  };
  const read = (value: unknown) => {
    writeFileSync(join(dir, 'e.json'), JSON.stringify(value));
    return readInputs(['e.json'], dir);
  };
  const message = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof TrafficInputError) return e.message;
      throw e;
    }
    return 'no error';
  };

  it('carry model and shape into the exchange (shape envelope when left out)', () => {
    expect(read(entry)[0]).toMatchObject({ model: 'Image', shape: 'envelope-list', path: '/3/topics/defaults' });
    expect(read({ ...entry, shape: undefined })[0]).toMatchObject({ model: 'Image', shape: 'envelope' });
    expect(checkExchanges(read(entry), spec).summary.passed).toBe(1);
  });

  it('reject a bad model name, an unknown shape, a shape without a model and a model without a route', () => {
    expect(message(() => read({ ...entry, model: 7 }))).toBe('e.json#/model: expected the name of a component schema, got 7');
    expect(message(() => read({ ...entry, shape: 'list' }))).toMatch(/^e\.json#\/shape: expected "envelope", "envelope-list", .*got "list"$/);
    expect(message(() => read({ ...entry, model: undefined }))).toBe('e.json#/shape: expected no `shape` without a `model`, got "envelope-list"');
    expect(message(() => read({ ...entry, path: null }))).toMatch(/^e\.json#\/path: expected the route the body came from/);
  });
});
