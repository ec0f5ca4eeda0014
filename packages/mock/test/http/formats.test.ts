import { describe, expect, test } from 'vitest';
import { checkCallback, splitFormat, toXml } from '../../src/http/formats.js';
import { CLIENT, call, start } from '../helpers.js';

describe('splitFormat', () => {
  const cases: [string[], string[], string][] = [
    [['3', 'gallery.xml'], ['3', 'gallery'], 'xml'],
    [['3', 'account', 'imgur', 'images', '0.json'], ['3', 'account', 'imgur', 'images', '0'], 'json'],
    [['3', 'image', 'abc'], ['3', 'image', 'abc'], 'json'],
    [['3', 'image', 'a.b.XML'], ['3', 'image', 'a.b'], 'xml'],
  ];
  test.each(cases)('%j', (given, segments, format) => {
    expect(splitFormat(given)).toEqual({ segments, format });
  });
});

describe('toXml', () => {
  const cases: [unknown, string][] = [
    [{ data: { a: 1, b: 'x<y' }, success: true, status: 200 }, '<data success="1" status="200"><a>1</a><b>x&lt;y</b></data>'],
    [{ data: [1, null], success: true, status: 200 }, '<data type="array" success="1" status="200"><item>1</item><item></item></data>'],
    [
      { data: { error: 'no', request: '/3/x', method: 'GET' }, success: false, status: 404 },
      '<data success="0" status="404"><error>no</error><request>/3/x</request><method>GET</method></data>',
    ],
    [{ data: { 'bad key': 'v\u0001' }, success: true, status: 200 }, '<data success="1" status="200"><item key="bad key">v</item></data>'],
  ];
  test.each(cases)('%j', (given, want) => {
    expect(toXml(given)).toBe(`<?xml version="1.0" encoding="utf-8"?>\n${want}\n`);
  });
});

describe('checkCallback', () => {
  test.each(['fn', 'app.handle', '$cb_1'])('accepts %s', (name) => expect(checkCallback(name)).toBe(name));
  test.each(['', 'alert(1)', '1abc', 'a..b', 'x;y', 'a'.repeat(65)])('rejects %j', (name) => expect(() => checkCallback(name)).toThrow(/callback/));
});

test('.xml and .json extensions and JSONP over HTTP', async () => {
  const s = await start();
  const xml = await call(s, 'GET', '/3/credits.xml', { auth: CLIENT });
  expect(xml.res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<data success="1" status="200"><UserLimit>2000<\/UserLimit>/);
  const json = await call(s, 'GET', '/3/credits.json', { auth: CLIENT });
  expect(json.json.data.UserLimit).toBe(2000);
  const p = await call(s, 'GET', '/3/credits.json?callback=handle', { auth: CLIENT });
  expect(p.res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
  const m = /^\/\*\*\/ typeof handle === 'function' && handle\((.*)\);$/s.exec(p.text);
  expect(JSON.parse(m?.[1] ?? 'null').data.ClientLimit).toBe(12500);
  const posted = await call(s, 'POST', '/3/album', { auth: CLIENT, body: new URLSearchParams({ title: 't', callback: 'cb' }) });
  expect(posted.text).toMatch(/^\/\*\*\/ typeof cb === 'function' && cb\(\{"data":\{"id":/);
  const bad = await call(s, 'GET', '/3/credits?callback=alert(1)', { auth: CLIENT });
  expect(bad.status).toBe(400);
  expect(bad.json.data.error).toMatch(/Invalid parameter `callback`/);
});

test('errors keep the requested format', async () => {
  const s = await start();
  const r = await call(s, 'GET', '/3/image/missing.xml', { auth: CLIENT });
  expect(r.status).toBe(404);
  expect(r.text).toContain(
    '<data success="0" status="404"><error>Unable to find an image with the id, missing</error><request>/3/image/missing.xml</request><method>GET</method></data>',
  );
});
