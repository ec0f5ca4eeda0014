import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs, TrafficInputError } from '../src/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'traffic-in-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = {
  source: { kind: 'issue', url: 'https://example.test/1' },
  year: 2024,
  capture: 'captured',
  method: 'get',
  path: '/3/image/{imageHash}',
  status: 200,
  body: { data: true },
};
const thrown = (fn: () => unknown): TrafficInputError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof TrafficInputError) return e;
    throw e;
  }
  throw new Error('expected a TrafficInputError');
};

describe('readInputs', () => {
  it('reads a directory of corpus files recursively, skipping the allowlist and the policy, keeping source and year', () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.json'), JSON.stringify(entry));
    writeFileSync(join(dir, 'allowlist.json'), '{}');
    writeFileSync(join(dir, 'policy.json'), '{}');
    expect(readInputs(['.'], dir)).toEqual([
      { id: join('a', 'one.json'), method: 'GET', path: '/3/image/{imageHash}', status: 200, body: { data: true }, source: 'example.test', year: 2024 },
    ]);
  });

  it('reads NDJSON and names file:line:column of a broken line', () => {
    writeFileSync(join(dir, 'x.ndjson'), `${JSON.stringify(entry)}\n\n{"year": 2024,,}\n`);
    const e = thrown(() => readInputs(['x.ndjson'], dir));
    expect(e.where).toBe('x.ndjson:3:15');
    expect(e.message).toMatch(/^x\.ndjson:3:15: invalid JSON/);
  });

  it('names the file and field of an entry that is not a corpus entry', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...entry, status: 'ok' }));
    expect(thrown(() => readInputs(['bad.json'], dir)).message).toBe('bad.json#/status: expected an HTTP status code, got "ok"');
    expect(thrown(() => readInputs(['missing.json'], dir)).message).toBe('missing.json: no such file or directory');
  });

  it('reads HAR entries, decoding base64 bodies and keeping non-JSON bodies as text', () => {
    const har = {
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://api.imgur.com/3/image/abc' },
            response: { status: 200, content: { mimeType: 'application/json', encoding: 'base64', text: Buffer.from('{"data":1}').toString('base64') } },
          },
          { request: { method: 'GET', url: 'https://api.imgur.com/3/image/zz' }, response: { status: 404, content: { mimeType: 'text/html', text: '<html>404</html>' } } },
        ],
      },
    };
    writeFileSync(join(dir, 'r.har'), JSON.stringify(har));
    expect(readInputs(['r.har'], dir)).toEqual([
      { id: 'r.har#/log/entries/0', method: 'GET', path: '/3/image/abc', status: 200, body: { data: 1 } },
      { id: 'r.har#/log/entries/1', method: 'GET', path: '/3/image/zz', status: 404, body: '<html>404</html>', contentType: 'text/html' },
    ]);
  });

  it('rejects a HAR file without log.entries', () => {
    writeFileSync(join(dir, 'e.har'), '{"log":{}}');
    expect(thrown(() => readInputs(['e.har'], dir)).message).toBe('e.har#/log/entries: expected a HAR document with a `log.entries` array');
  });
});
