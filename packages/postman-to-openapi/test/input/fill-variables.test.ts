import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { fillVariables, MAX_FILLED_LENGTH, VARIABLE_ROUNDS } from '../../src/input/fill-variables.js';
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

  it('stops after the rounds Postman makes: a variable naming itself, a cycle and a longer chain stay partly as written', () => {
    expect(fillVariables('{{self}}', { self: '{{self}}' })).toBe('{{self}}');
    expect(fillVariables('{{x}}', { x: '{{y}}', y: '{{x}}' })).toMatch(/^\{\{[xy]\}\}$/);
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
