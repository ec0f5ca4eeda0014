import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { FILLED_PER_CHARACTER, fillVariables, MAX_FILLED_LENGTH, VARIABLE_ROUNDS } from '../../src/input/fill-variables.js';
import { collectionOf } from '../support/collection.js';
import { cpuMsSince } from '../support/cpu-ms.js';

const oauth2 = (params: Record<string, string>) => ({
  type: 'oauth2',
  oauth2: Object.entries(params).map(([key, value]) => ({ key, value })),
});

describe('fillVariables', () => {
  it('fills variables named by variable values, as Postman does', () => {
    const variables = { tok: '{{tokbase}}/tok', tokbase: 'https://t.io', a: '{{ b }}', b: 'deep.scope' };
    expect(fillVariables('{{tok}}', variables)).toBe('https://t.io/tok');
    expect(fillVariables('{{a}} plain {{none}}', variables)).toBe('deep.scope plain {{none}}');
  });

  it('stops after the rounds Postman makes: a longer chain stays partly as written; a variable naming itself or on a cycle stays as written', () => {
    expect(fillVariables('{{self}}', { self: '{{self}}' })).toBe('{{self}}');
    expect(fillVariables('{{x}}', { x: '{{y}}', y: '{{x}}' })).toBe('{{x}}');
    const chain: Record<string, string> = {};
    for (let i = 0; i < 30; i++) chain[`v${i}`] = `{{v${i + 1}}}`;
    chain.v30 = 'end';
    expect(fillVariables('{{v0}}', chain)).toBe(`{{v${VARIABLE_ROUNDS}}}`);
    expect(fillVariables(`{{v${30 - VARIABLE_ROUNDS + 1}}}`, chain)).toBe('end');
  });

  it('a chain of 10,000 and a value doubling at each level finish at once, within the length bound', () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) chain[`v${i}`] = `{{v${i + 1}}}`;
    const started = process.cpuUsage();
    for (let i = 0; i < 10_000; i++) fillVariables(`{{v${i}}}`, chain);
    const doubling: Record<string, string> = { d0: 'xxxxxxxx' };
    for (let i = 1; i < 40; i++) doubling[`d${i}`] = `{{d${i - 1}}}{{d${i - 1}}}`;
    const filled = fillVariables('{{d39}}', doubling);
    expect(cpuMsSince(started)).toBeLessThan(2000);
    expect(filled.length).toBeLessThanOrEqual(MAX_FILLED_LENGTH);
    expect(fillVariables('{{d3}}', doubling)).toBe('x'.repeat(64));
  });
});

describe('variables that name themselves, and the text filled in in all', () => {
  it('a variable naming itself, directly or through a cycle, stays as written; one naming it is filled up to it', () => {
    expect(fillVariables('https://{{h}}/x', { h: '{{h}}{{h}}' })).toBe('https://{{h}}/x');
    const cycle = { a: '{{b}}-{{b}}', b: '{{ c }}', c: 'x{{a}}', d: 'd{{a}}{{e}}', e: 'end' };
    expect(fillVariables('{{a}} {{b}} {{c}}', cycle)).toBe('{{a}} {{b}} {{c}}');
    expect(fillVariables('{{d}}', cycle)).toBe('d{{a}}end');
  });

  it('the text filled in over a conversion stays linear in the variables and texts it fills', () => {
    const doubling: Record<string, string> = { d0: 'xxxxxxxx' };
    for (let i = 1; i < 40; i++) doubling[`d${i}`] = `{{d${i - 1}}}{{d${i - 1}}}`;
    const texts = Array.from({ length: 300 }, (_, i) => `{{d${20 + (i % 20)}}}/${i}`);
    const filled = texts.reduce((sum, text) => sum + fillVariables(text, doubling).length, 0);
    const given = [...Object.values(doubling), ...texts].reduce((sum, text) => sum + text.length, 0);
    expect(filled).toBeLessThanOrEqual(MAX_FILLED_LENGTH + (FILLED_PER_CHARACTER + 1) * given);
    for (const text of texts) expect(fillVariables(text, doubling).length).toBeLessThanOrEqual(MAX_FILLED_LENGTH);
  });

  it('300 variables that double themselves convert to a document about as small as the collection', () => {
    const variable = Array.from({ length: 300 }, (_, i) => ({ key: `h${i}`, value: `{{h${i}}}{{h${i}}}` }));
    const item = variable.map(({ key }) => ({ name: key, request: { method: 'GET', url: `https://{{${key}}}/x` } }));
    const collection = collectionOf(item, { variable });
    const { document } = convert(collection);
    expect(document.servers?.[0]?.variables?.h0).toEqual({
      default: '{{h0}}',
      description: 'Postman variable {{h0}}, whose value in the collection names itself; the default is the variable as written there: replace it.',
    });
    expect(JSON.stringify(document).length).toBeLessThan(10 * JSON.stringify(collection).length);
  });
});

describe('nested variables in OAuth 2 URLs and scopes, and servers', () => {
  it('an access token URL and a scope whose variables name other variables are read filled in', () => {
    const variable = [
      { key: 'a', value: '{{b}}' },
      { key: 'b', value: 'deep.scope' },
      { key: 'self', value: '{{self}}' },
      { key: 'tok', value: '{{tokbase}}/tok' },
      { key: 'tokbase', value: 'https://t.io' },
    ];
    const auth = oauth2({ grant_type: 'client_credentials', accessTokenUrl: '{{tok}}', scope: '{{a}} {{self}} plain' });
    const { document, warnings } = convert(collectionOf([{ name: 'N', request: { method: 'GET', url: 'https://a.io/n', auth } }], { variable }));
    expect(document.components.securitySchemes?.OAuth2).toEqual({
      type: 'oauth2',
      description: 'OAuth 2 (client_credentials).',
      flows: { clientCredentials: { tokenUrl: 'https://t.io/tok', scopes: { 'deep.scope': '', plain: '' } } },
    });
    expect(document.paths['/n']?.get?.security).toEqual([{ OAuth2: ['deep.scope', 'plain'] }]);
    expect(warnings.filter((w) => w.code === 'incomplete-auth')).toEqual([]);
  });

  it('a server variable whose value names other variables defaults to the value filled in, and says so', () => {
    const variable = [
      { key: 'baseUrl', value: '{{scheme}}://{{host}}/' },
      { key: 'scheme', value: 'https' },
      { key: 'host', value: 'api.t.io' },
    ];
    const { document } = convert(collectionOf([{ name: 'N', request: { method: 'GET', url: '{{baseUrl}}/n' } }], { variable }));
    expect(document.servers?.[0]?.variables?.baseUrl?.default).toBe('https://api.t.io');
    expect(document.servers?.[0]?.variables?.baseUrl?.description).toContain('the variables it names filled in');
  });
});
