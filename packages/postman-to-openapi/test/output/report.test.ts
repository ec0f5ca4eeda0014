import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { reportText } from '../../src/output/report.js';

describe('reportText', () => {
  it('source, summary and warnings as indented JSON with a trailing newline, identical across runs', () => {
    const input = { info: { schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [{ name: 'No URL', request: { method: 'GET', url: '' } }] };
    const a = reportText('c.json', convert(input));
    expect(a).toBe(reportText('c.json', convert(input)));
    expect(a.endsWith('\n')).toBe(true);
    expect(JSON.parse(a)).toEqual({
      source: 'c.json',
      summary: { requests: 1, operations: 0, merged: 0, skipped: 1, warnings: 1 },
      warnings: [{ code: 'skipped', folder: '', request: 'No URL', pointer: '/item/0/request/url', message: 'request has no URL; left out' }],
    });
  });
});
