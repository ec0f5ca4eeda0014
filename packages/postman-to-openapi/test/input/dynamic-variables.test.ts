import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/input/json.js';

describe('Postman dynamic variables in lenient JSON', () => {
  it('numeric and boolean ones read as the JSON value Postman sends when unquoted', () => {
    const got = parseJsonText(
      '{"qty": {{$randomInt}}, "ts": {{$timestamp}}, "paid": {{$randomBoolean}}, "lat": {{$randomLatitude}}, "lon": {{$randomLongitude}}, "price": {{$randomPrice}}}',
    );
    expect(got?.value).toMatchObject({ qty: expect.any(Number), ts: expect.any(Number), paid: expect.any(Boolean) });
    const value = got?.value as Record<string, number>;
    expect(Number.isInteger(value.qty)).toBe(true);
    expect(Number.isInteger(value.ts)).toBe(true);
    for (const k of ['lat', 'lon', 'price']) expect(Number.isInteger(value[k])).toBe(false);
  });

  it('others (text, or digits that may start with 0) stay the string "{{$name}}"; a collection variable of that name wins', () => {
    expect(parseJsonText('[{{$guid}}, {{$randomBankAccount}}, {{$unknownThing}}]')?.value).toEqual(['{{$guid}}', '{{$randomBankAccount}}', '{{$unknownThing}}']);
    expect(parseJsonText('[{{$randomInt}}]', { $randomInt: '"x"' })?.value).toEqual(['{{$randomInt}}']);
  });
});
