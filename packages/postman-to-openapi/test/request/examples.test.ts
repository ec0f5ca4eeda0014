import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { convertExamples } from '../../src/request/examples.js';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

const { Response } = pm;
const response = (name: string, code: number, body: string, type?: string) =>
  new Response({ name, code, body, header: type ? [{ key: 'Content-Type', value: type }] : [], responseTime: 0 } as never);

describe('convertExamples', () => {
  it('given no saved responses -> nothing', () => {
    expect(convertExamples([])).toEqual({});
  });

  it('groups by status, keeps every example, merges inferred schemas', () => {
    const got = convertExamples([
      response('One', 200, '{"id": 1}', 'application/json'),
      response('Two', 200, '{"id": 2, "name": "x"}', 'application/json'),
      response('Missing', 404, '{"error": "nope"}'),
      response('Plain', 500, 'boom', 'text/plain'),
      response('Empty', 204, ''),
    ]);
    expect(got).toEqual({
      '200': {
        description: 'One; Two',
        content: {
          'application/json': {
            schema: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } },
            examples: { one: { summary: 'One', value: { id: 1 } }, two: { summary: 'Two', value: { id: 2, name: 'x' } } },
          },
        },
      },
      '404': {
        description: 'Missing',
        content: {
          'application/json': { schema: { type: 'object', properties: { error: { type: 'string' } } }, examples: { missing: { summary: 'Missing', value: { error: 'nope' } } } },
        },
      },
      '500': { description: 'Plain', content: { 'text/plain': { schema: { type: 'string' }, examples: { plain: { summary: 'Plain', value: 'boom' } } } } },
      '204': { description: 'Empty' },
    });
  });

  it('two examples with the same name get distinct keys', () => {
    const got = convertExamples([response('Ok', 200, '1', 'application/json'), response('Ok', 200, '2', 'application/json')]);
    expect(Object.keys(got['200']?.content?.['application/json']?.examples ?? {})).toEqual(['ok', 'ok2']);
  });

  it('repeated names take the lowest free suffix, past keys other names hold; each name is listed once', () => {
    const got = convertExamples(['Ok', 'Ok', 'Ok2', 'Ok', 'a; b', 'a', 'a; b'].map((name) => response(name, 200, '1', 'application/json')));
    expect(Object.keys(got['200']?.content?.['application/json']?.examples ?? {})).toEqual(['ok', 'ok2', 'ok22', 'ok3', 'aB', 'a', 'aB2']);
    // The description lists each name once, "a" counting as listed by "a; b" and "a; b" never.
    expect(got['200']?.description).toBe('Ok; Ok2; a; b; a; b');
  });
});

describe('convertExamples on hostile saved responses', () => {
  it('given a name that is not text -> the example is kept under a numbered key', () => {
    const got = convertExamples([new Response({ name: { a: 1 }, code: 200, body: '{"id": 1}', header: [], responseTime: 0 } as never)]);
    expect(got['200']?.content?.['application/json']?.examples).toEqual({ example1: { value: { id: 1 } } });
  });

  it('given a Content-Type "__proto__" and bodies with __proto__ keys -> kept as ordinary keys', () => {
    const body = '{"__proto__": {"polluted": 1}, "constructor": 2}';
    type Json = Record<string, { content: Record<string, { examples: Record<string, unknown>; schema: { properties?: Record<string, unknown> } }> }>;
    const text = JSON.parse(JSON.stringify(convertExamples([response('A', 200, 'x', '__proto__')]))) as Json;
    expect(Object.keys(text['200']?.content ?? {})).toEqual(['__proto__']);
    const json = JSON.parse(JSON.stringify(convertExamples([response('A', 200, body, 'application/json'), response('Constructor', 200, body, 'application/json')]))) as Json;
    // An example key is never an Object.prototype member name (see exampleKey).
    expect(Object.keys(json['200']?.content['application/json']?.examples ?? {})).toEqual(['a', 'constructorExample']);
    expect(Object.keys(json['200']?.content['application/json']?.schema.properties ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('convertExamples: saved responses without a valid status', () => {
  it('files them under the code their status text names, else default, says so, and keeps a number body', () => {
    const notes: { index: number; message: string }[] = [];
    const got = convertExamples(
      [
        new pm.Response({ name: 'no code', body: '{"a":1}' } as never),
        new pm.Response({ name: 'bogus', code: 999, body: '{"b":2}' } as never),
        new pm.Response({ name: 'gone', code: 999, status: 'Not Found', body: 5 } as never),
        new pm.Response({ name: 'ok', code: 200, body: '{"c":3}' } as never),
        { name: 'odd', code: { x: 1 }, status: 'Created', body: '' } as never,
      ],
      notes,
    );
    expect(Object.keys(got).sort()).toEqual(['200', '201', '404', 'default']);
    expect(Object.keys(got.default?.content?.['application/json']?.examples ?? {})).toEqual(['noCode', 'bogus']);
    expect(got['404']?.content?.['application/json']).toEqual({ schema: { type: 'integer' }, examples: { gone: { summary: 'gone', value: 5 } } });
    expect(notes).toEqual([
      { index: 0, message: 'saved response has no status code; filed under default' },
      { index: 1, message: 'saved response has the status code "999", which is not one (100-599); filed under default' },
      { index: 2, message: 'saved response has the status code "999", which is not one (100-599); filed under 404, which its status text "Not Found" names' },
      { index: 4, message: 'saved response has a status code that is a JSON object, not a number; filed under 201, which its status text "Created" names' },
    ]);
  });
});

describe('convertExamples: a status code written as text', () => {
  it('reads "201" as 201, as Postman does, and files text that is no code under default, saying so', () => {
    const notes: { index: number; message: string }[] = [];
    const got = convertExamples(
      [
        { name: 'made', code: '201', status: 'OK', body: '' } as never,
        { name: 'gone', code: ' 404 ', body: '' } as never,
        { name: 'odd', code: '2xx', body: '' } as never,
        { name: 'far', code: '700', body: '' } as never,
      ],
      notes,
    );
    expect(Object.keys(got).sort()).toEqual(['201', '404', 'default']);
    expect(got['201']?.description).toBe('made');
    expect(notes).toEqual([
      { index: 2, message: 'saved response has the status code "2xx", which is not one (100-599); filed under default' },
      { index: 3, message: 'saved response has the status code "700", which is not one (100-599); filed under default' },
    ]);
  });
});

describe('convertExamples: a saved body that is a JSON scalar', () => {
  it('keeps a body given as JSON true or false, as it keeps a number', () => {
    const saved = (name: string, code: number, body: unknown) => ({ name, code, header: [{ key: 'Content-Type', value: 'application/json' }], body });
    const { document } = convert(
      collectionOf([{ name: 'E', request: { method: 'GET', url: 'https://a.io/e' }, response: [saved('flag', 200, true), saved('off', 409, false), saved('n', 201, 5)] }]),
    );
    const responses = document.paths['/e']?.get?.responses;
    expect(responses?.['200']?.content?.['application/json']).toEqual({ schema: { type: 'boolean' }, examples: { flag: { summary: 'flag', value: true } } });
    expect(responses?.['409']?.content?.['application/json']).toEqual({ schema: { type: 'boolean' }, examples: { off: { summary: 'off', value: false } } });
    expect(responses?.['201']?.content?.['application/json']?.examples?.n?.value).toBe(5);
  });
});

describe('convertExamples: a saved JSON body that does not parse', () => {
  it('is kept as text and reported as invalid-json at the body of that saved response', () => {
    const saved = (name: string, body: string, type = 'application/json') => ({ name, code: 200, header: [{ key: 'Content-Type', value: type }], body });
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'E',
          request: { method: 'GET', url: 'https://a.io/e' },
          response: [saved('fine', '{"a":1}'), saved('truncated', '{"a": 1'), saved('text', '{"a": 1', 'text/plain')],
        },
      ]),
    );
    const examples = document.paths['/e']?.get?.responses['200']?.content?.['application/json']?.examples;
    expect(examples?.truncated?.value).toBe('{"a": 1');
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([['invalid-json', '/item/0/response/1/body']]);
    expect(warnings[0]?.message).toContain('does not parse');
  });
});
