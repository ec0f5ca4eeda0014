import { describe, expect, it } from 'vitest';
import { checkExchanges, formatReport, summaryLine } from '../src/index.js';
import { spec } from './fixture-spec.js';

const ok = { id: 'ok', method: 'GET', path: '/3/image/a', status: 200, body: { data: { id: 'a', title: null }, success: true, status: 200 } };

describe('checkExchanges', () => {
  it('passes a body that matches its response schema', () => {
    const r = checkExchanges([ok], spec);
    expect(r.results[0]).toEqual({
      id: 'ok',
      operation: 'GET /3/image/{imageHash} 200',
      schemaPath: '#/paths/~13~1image~1{imageHash}/get/responses/200/content/application~1json/schema',
      findings: [],
      ok: true,
    });
    expect(r.summary).toMatchObject({ bodies: 1, passed: 1, failed: 0 });
  });

  it('fails a body with an undeclared field even though the schema allows extra keys', () => {
    const r = checkExchanges([{ ...ok, id: 'x', body: { data: { id: 'a', title: 't', processing: { status: 'completed' } }, success: true, status: 200 } }], spec);
    expect(r.results[0]!.ok).toBe(false);
    expect(r.results[0]!.findings.map((f) => [f.kind, f.instancePath])).toEqual([['undeclared', '/data/processing']]);
  });

  it('reports wrong types with Ajv, and only for the oneOf branch that fits', () => {
    const body = { data: [{ id: 'i', title: 5, is_album: false }], success: true, status: 200 };
    const r = checkExchanges([{ id: 'g', method: 'GET', path: '/3/gallery/hot', status: 200, body }], spec);
    const schema = r.results[0]!.findings.filter((f) => f.kind === 'schema');
    expect(schema.map((f) => f.instancePath)).toEqual(['/data/0/title']);
    expect(schema[0]!.message).toContain('must be string,null');
    expect(r.summary.schemaErrors).toBe(1);
  });

  it('checks the 2024 {"errors":[...]} shape against the error response', () => {
    const body = { errors: [{ id: 'legacy-api-x', code: '429', status: 'Too Many Requests', detail: 'Too Many Requests' }] };
    const r = checkExchanges([{ id: 'e', method: 'POST', path: null, status: 429, body }], spec);
    expect(r.results[0]!.findings.map((f) => `${f.kind} ${f.field ?? ''}`)).toEqual([
      'missing-required data',
      'missing-required success',
      'missing-required status',
      'undeclared errors',
    ]);
  });

  it('reports unknown routes and non-JSON bodies', () => {
    const r = checkExchanges(
      [
        { id: 'u', method: 'GET', path: '/3/nope', status: 200, body: {} },
        { id: 'h', method: 'GET', path: '/3/image/a', status: 404, body: '<!doctype html><title>404</title>', contentType: 'text/html' },
      ],
      spec,
    );
    expect(r.results.map((x) => x.findings[0]!.kind)).toEqual(['unknown-operation', 'not-json']);
    expect(r.summary).toMatchObject({ failed: 2, unknownOperations: 1, notJson: 1 });
  });

  it('counts allowlisted failures apart and keeps their reason', () => {
    const r = checkExchanges([{ ...ok, id: 'bad', body: { data: {}, success: true, status: 200 } }], spec, { allowlist: { bad: 'known quirk' } });
    expect(r.summary).toMatchObject({ passed: 0, failed: 0, allowlisted: 1 });
    expect(formatReport(r)).toContain('ALLOWED bad');
    expect(formatReport(r)).toContain('allowlisted: known quirk');
  });

  it('ends the report with one summary line', () => {
    const r = checkExchanges([ok, { ...ok, id: 'n', body: { data: { id: 'a', title: 't', ad_type: null }, success: true, status: 200 } }], spec);
    const text = formatReport(r);
    expect(text.trimEnd().split('\n').at(-1)).toBe(summaryLine(r));
    expect(summaryLine(r)).toBe(
      '2 bodies checked: 1 passed, 1 failed, 0 allowlisted; 0 undeclared field occurrences (0 distinct), 0 missing required, 1 forbidden nulls, 0 other schema errors, 0 unknown routes, 0 non-JSON bodies',
    );
  });
});
