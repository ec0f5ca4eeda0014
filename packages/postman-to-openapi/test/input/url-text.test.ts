import fc from 'fast-check';
import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { parseUrlText, queryParam, queryText } from '../../src/input/url-text.js';

/** The members of the library's `Url.parse` result that parseUrlText gives (absent and undefined alike). */
function libraryParse(text: string): unknown {
  const url = pm.Url.parse(text) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['protocol', 'port', 'host', 'path', 'query', 'variable']) if (url[key] !== undefined) out[key] = url[key];
  return out;
}

function ownParse(text: string): unknown {
  const url = parseUrlText(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(url)) if (value !== undefined) out[key] = value;
  return out;
}

const part = fc.constantFrom(
  'https://',
  'http://',
  '{{base}}',
  'a.b.io',
  ':8080',
  '/',
  '//',
  '\\',
  '?',
  '&',
  '=',
  '#',
  '@',
  'u:p@',
  ':id',
  ':id.json',
  ':constructor',
  ':__proto__',
  ':toString',
  ':',
  '{{x}}',
  'v1',
  'q=1',
  ' ',
);
const text = fc.array(part, { maxLength: 14 }).map((p) => p.join(''));

describe('parseUrlText splits a URL text as postman-collection 5.3.1 `Url.parse` does', () => {
  it('typical URLs: parts, query rows, path variables', () => {
    const url = parseUrlText('https://api.x.io:8443/v1/users/:id/items/:id?page=2&q&=x#top');
    expect(url).toEqual(libraryParse('https://api.x.io:8443/v1/users/:id/items/:id?page=2&q&=x#top'));
    expect(url.variable).toEqual([{ key: 'id' }]);
    expect(url.query).toEqual([
      { key: 'page', value: '2' },
      { key: 'q', value: null },
      { key: '', value: 'x' },
    ]);
  });

  it('names every object inherits are not path variables, as in the library', () => {
    expect(parseUrlText('/a/:constructor/:toString/:__proto__/:id').variable).toEqual([{ key: 'id' }]);
  });

  it('generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(ownParse(t)).toEqual(libraryParse(t));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

describe('queryText / queryParam read query strings as the library`s QueryParam.parse / parseSingle', () => {
  it('an empty parameter before the last has no key and no value; the last keeps an empty key', () => {
    expect(queryText('a=b&&c=')).toEqual([
      { key: 'a', value: 'b' },
      { key: null, value: null },
      { key: 'c', value: '' },
    ]);
    expect(queryParam('', 1, ['x', ''])).toEqual({ key: '', value: null });
  });

  it('generated query strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '=', '&', 'b=1', '', '==', 'k=v=w'), { maxLength: 8 }), (p) => {
        const q = p.join('');
        expect(queryText(q)).toEqual(pm.QueryParam.parse(q));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
