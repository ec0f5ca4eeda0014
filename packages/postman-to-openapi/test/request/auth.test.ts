import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/index.js';
import { requestSecurity } from '../../src/request/auth.js';
import type { CollectionContext, JsonObject } from '../../src/types.js';

const { Header } = pm;
const plain: CollectionContext = { variables: {}, commonOrigin: undefined, oauth2: undefined };
const imgur: CollectionContext = {
  variables: {},
  commonOrigin: 'https://api.imgur.com',
  oauth2: { tokenUrl: 'https://api.imgur.com/oauth2/token', authorizationUrl: 'https://api.imgur.com/oauth2/authorize' },
};
const withToken = (oauth2: NonNullable<CollectionContext['oauth2']>): CollectionContext => ({ variables: {}, commonOrigin: undefined, oauth2 });
const headers = (...rows: [string, string, boolean?][]) => rows.map(([key, value, disabled]) => new Header({ key, value, disabled: disabled ?? false }));
const bearer: JsonObject = { type: 'bearer', bearer: [{ key: 'token', value: '{{t}}' }] };
const basic: JsonObject = { type: 'basic', basic: [{ key: 'username', value: 'u' }] };
const noauth: JsonObject = { type: 'noauth' };

describe('requestSecurity: which alternatives a request accepts', () => {
  const cases: [string, JsonObject | undefined, JsonObject[], ReturnType<typeof headers>, CollectionContext, string[][]][] = [
    ['nothing anywhere -> security []', undefined, [], [], plain, []],
    ['collection bearer inherited', undefined, [bearer], [], plain, [['BearerAuth']]],
    ['folder noauth overrides collection bearer', undefined, [bearer, noauth], [], plain, []],
    ['request basic beats folder noauth', basic, [bearer, noauth], [], plain, [['BasicAuth']]],
    ['request noauth beats collection bearer', noauth, [bearer], [], plain, []],
    ['Client-ID header -> ClientId', undefined, [], headers(['Authorization', 'Client-ID {{clientId}}']), imgur, [['ClientId']]],
    ['Bearer header in an OAuth2 collection -> OAuth2', undefined, [], headers(['Authorization', 'Bearer {{accessToken}}']), imgur, [['OAuth2']]],
    [
      'both headers, one disabled -> both alternatives',
      undefined,
      [],
      headers(['Authorization', 'Bearer {{accessToken}}'], ['Authorization', 'Client-ID {{clientId}}', true]),
      imgur,
      [['ClientId'], ['OAuth2']],
    ],
    ['request bearer auth plus Client-ID header', bearer, [], headers(['Authorization', 'Client-ID {{clientId}}']), imgur, [['ClientId'], ['OAuth2']]],
    ['Basic header -> BasicAuth', undefined, [], headers(['Authorization', 'Basic abc']), plain, [['BasicAuth']]],
    ['bare token header -> AuthorizationHeader', undefined, [], headers(['Authorization', '{{token}}']), plain, [['AuthorizationHeader']]],
    ['v2.0 object form bearer', { type: 'bearer', bearer: { token: 'x' } }, [], [], plain, [['BearerAuth']]],
  ];
  it.each(cases)('given %s', (_name, own, inherited, hs, ctx, want) => {
    expect(requestSecurity(own, inherited, hs, ctx).security.map((s) => Object.keys(s))).toEqual(want);
  });
});

describe('requestSecurity: scheme definitions', () => {
  it('Client-ID header -> apiKey in the Authorization header, describing the prefix', () => {
    const { schemes } = requestSecurity(undefined, [], headers(['Authorization', 'Client-ID {{clientId}}']), imgur);
    expect(schemes.ClientId).toEqual({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      description: 'API key in the `Authorization` header, written with the `Client-ID` prefix: `Authorization: Client-ID <clientId>`.',
    });
  });

  it.each<[string, NonNullable<CollectionContext['oauth2']>, object]>([
    [
      'a client-credentials token request',
      { tokenUrl: 'https://login.acme.com/oauth2/token', grant: 'client_credentials' },
      { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://login.acme.com/oauth2/token', scopes: {} } } },
    ],
    [
      'a password token request',
      { tokenUrl: 'https://login.acme.com/oauth2/token', grant: 'password' },
      { type: 'oauth2', flows: { password: { tokenUrl: 'https://login.acme.com/oauth2/token', scopes: {} } } },
    ],
    [
      'an authorization-code token request and an authorize request',
      { tokenUrl: 'https://a.io/oauth2/token', grant: 'authorization_code', authorizationUrl: 'https://a.io/oauth2/authorize' },
      { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://a.io/oauth2/authorize', tokenUrl: 'https://a.io/oauth2/token', scopes: {} } } },
    ],
  ])('Bearer with %s -> that flow, with the URLs the collection has', (_name, oauth2, want) => {
    const got = requestSecurity(bearer, [], [], withToken(oauth2));
    expect(got.schemes.OAuth2).toMatchObject(want);
    expect(got.notes).toEqual([]);
  });

  it('Bearer with a client-credentials token request -> no authorization URL invented', () => {
    const got = requestSecurity(bearer, [], [], withToken({ tokenUrl: 'https://login.acme.com/oauth2/token', grant: 'client_credentials' }));
    expect(JSON.stringify(got)).not.toContain('authorize');
  });

  it('Bearer with a refresh-token request and no authorization URL -> a bearer scheme naming the token URL and what is missing, noted once', () => {
    const context = withToken({ tokenUrl: 'https://api.imgur.com/oauth2/token', grant: 'refresh_token' });
    const got = requestSecurity(bearer, [], [], context);
    expect(got.schemes.OAuth2).toEqual({
      type: 'http',
      scheme: 'bearer',
      description:
        'OAuth 2 access token sent as `Authorization: Bearer <access_token>`; the collection requests tokens at https://api.imgur.com/oauth2/token (grant_type refresh_token) but gives no authorization URL, so no OAuth 2 flow is described.',
      'x-postman-oauth2': { grant: 'refresh_token', tokenUrl: 'https://api.imgur.com/oauth2/token', missing: ['authorizationUrl'] },
    });
    expect(got.notes).toEqual([
      {
        code: 'incomplete-auth',
        message:
          'bearer token from https://api.imgur.com/oauth2/token (grant_type refresh_token) without an authorization URL in the collection; declared as the bearer scheme "OAuth2" for every request sending a bearer token (`x-postman-oauth2` names what is missing)',
      },
    ]);
    // Once per conversion, by auth object or by header alike.
    expect(requestSecurity(undefined, [], headers(['Authorization', 'Bearer {{t}}']), context).notes).toEqual([]);
    expect(requestSecurity(undefined, [], headers(['Authorization', 'Bearer {{t}}']), withToken({ tokenUrl: 'https://a.io/oauth2/token' })).notes).toHaveLength(1);
  });

  it('Bearer with token requests of several grants -> every flow the collection shows; a grant without the URLs it needs is named in a note', () => {
    const token = (grant: string) => ({
      name: 'Token',
      request: { method: 'POST', url: 'https://api.x.io/oauth2/token', body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: grant }] } },
    });
    const use = { name: 'A', request: { method: 'GET', url: 'https://api.x.io/a', auth: bearer } };
    const two = convert({
      info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [token('password'), token('client_credentials'), use],
    });
    expect(two.document.components?.securitySchemes?.OAuth2).toEqual({
      type: 'oauth2',
      description: 'OAuth 2 access token sent as `Authorization: Bearer <access_token>`; the collection requests it at the token URL (grant_type password, client_credentials).',
      flows: {
        password: { tokenUrl: 'https://api.x.io/oauth2/token', scopes: {} },
        clientCredentials: { tokenUrl: 'https://api.x.io/oauth2/token', scopes: {} },
      },
    });
    expect(two.warnings.filter((w) => w.code === 'incomplete-auth')).toEqual([]);
    const three = convert({
      info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [token('client_credentials'), token('authorization_code'), use],
    });
    expect(three.document.components?.securitySchemes?.OAuth2).toMatchObject({ type: 'oauth2', flows: { clientCredentials: {} } });
    expect(Object.keys((three.document.components?.securitySchemes?.OAuth2 as { flows?: object } | undefined)?.flows ?? {})).toEqual(['clientCredentials']);
    expect(three.warnings.filter((w) => w.code === 'incomplete-auth').map((w) => w.message)).toEqual([
      'the collection requests tokens at https://api.x.io/oauth2/token with grant_type authorization_code too, which needs an authorization URL the collection does not give; not declared as a flow of "OAuth2"',
    ]);
  });

  it('Bearer with a token request whose grant OpenAPI has no flow for (device_code) -> never declared as another flow; named in a note that asks for no authorization URL', () => {
    const device = 'urn:ietf:params:oauth:grant-type:device_code';
    const token = (grant: string) => ({
      name: 'Token',
      request: { method: 'POST', url: 'https://auth.x.io/oauth2/token', body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: grant }] } },
    });
    const authorize = { name: 'Authorize', request: { method: 'GET', url: 'https://auth.x.io/oauth2/authorize?response_type=code' } };
    const use = { name: 'A', request: { method: 'GET', url: 'https://api.x.io/a', auth: bearer } };
    const run = (...item: object[]) => convert({ info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item });
    const notes = (r: ReturnType<typeof run>) => r.warnings.filter((w) => w.code === 'incomplete-auth').map((w) => w.message);

    const mixed = run(token('client_credentials'), token(device), authorize, use);
    expect(mixed.document.components?.securitySchemes?.OAuth2).toEqual({
      type: 'oauth2',
      description: 'OAuth 2 access token sent as `Authorization: Bearer <access_token>`; the collection requests it at the token URL (grant_type client_credentials).',
      flows: { clientCredentials: { tokenUrl: 'https://auth.x.io/oauth2/token', scopes: {} } },
    });
    expect(notes(mixed)).toEqual([
      `the collection requests tokens at https://auth.x.io/oauth2/token with grant_type ${device} too, a grant OpenAPI 3.1 has no OAuth 2 flow for; not declared as a flow of "OAuth2"`,
    ]);

    for (const alone of [run(token(device), authorize, use), run(token(device), use)]) {
      expect(alone.document.components?.securitySchemes?.OAuth2).toEqual({
        type: 'http',
        scheme: 'bearer',
        description: `OAuth 2 access token sent as \`Authorization: Bearer <access_token>\`; the collection requests tokens at https://auth.x.io/oauth2/token (grant_type ${device}), a grant OpenAPI 3.1 has no OAuth 2 flow for, so no OAuth 2 flow is described.`,
        'x-postman-oauth2': { grant: device, tokenUrl: 'https://auth.x.io/oauth2/token', missing: [] },
      });
      expect(notes(alone)).toEqual([
        `bearer token from https://auth.x.io/oauth2/token (grant_type ${device}), a grant OpenAPI 3.1 has no OAuth 2 flow for; declared as the bearer scheme "OAuth2" for every request sending a bearer token`,
      ]);
      expect(notes(alone).join()).not.toContain('authorization URL');
    }

    // Both kinds left out: each named for what it lacks.
    const both = run(token('client_credentials'), token('authorization_code'), token(device), use);
    expect(notes(both)).toEqual([
      `the collection requests tokens at https://auth.x.io/oauth2/token with grant_type authorization_code too, which needs an authorization URL the collection does not give, and ${device}, a grant OpenAPI 3.1 has no OAuth 2 flow for; not declared as a flow of "OAuth2"`,
    ]);
    const none = run(token(device), token('authorization_code'), use);
    expect(none.document.components?.securitySchemes?.OAuth2).toMatchObject({ type: 'http', 'x-postman-oauth2': { grant: device, missing: ['authorizationUrl'] } });
    expect(notes(none)).toEqual([
      `bearer token from https://auth.x.io/oauth2/token (grant_type ${device}, authorization_code), ${device} being a grant OpenAPI 3.1 has no OAuth 2 flow for, and grant_type authorization_code needs an authorization URL the collection does not give; declared as the bearer scheme "OAuth2" for every request sending a bearer token`,
    ]);
  });

  it('Bearer with detected OAuth 2 endpoints -> implicit flow with authorize and refresh URLs', () => {
    const { schemes } = requestSecurity(bearer, [], [], imgur);
    expect(schemes.OAuth2).toMatchObject({
      type: 'oauth2',
      flows: { implicit: { authorizationUrl: 'https://api.imgur.com/oauth2/authorize', refreshUrl: 'https://api.imgur.com/oauth2/token', scopes: {} } },
    });
  });

  it.each<[string, JsonObject, object]>([
    [
      'apikey in header',
      {
        type: 'apikey',
        apikey: [
          { key: 'key', value: 'X-API-Key' },
          { key: 'in', value: 'header' },
        ],
      },
      { ApiKeyXApiKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' } },
    ],
    [
      'apikey in query',
      {
        type: 'apikey',
        apikey: [
          { key: 'key', value: 'api_key' },
          { key: 'in', value: 'query' },
        ],
      },
      { ApiKeyApiKey: { type: 'apiKey', name: 'api_key', in: 'query' } },
    ],
    [
      'oauth2 authorization code, URLs resolved from variables',
      {
        type: 'oauth2',
        oauth2: [
          { key: 'authUrl', value: '{{auth}}/authorize' },
          { key: 'accessTokenUrl', value: '{{auth}}/token' },
          { key: 'grant_type', value: 'authorization_code' },
        ],
      },
      { OAuth2: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://id.example.com/authorize', tokenUrl: 'https://id.example.com/token' } } } },
    ],
    [
      'oauth2 client credentials',
      {
        type: 'oauth2',
        oauth2: [
          { key: 'accessTokenUrl', value: 'https://t' },
          { key: 'grant_type', value: 'client_credentials' },
        ],
      },
      { OAuth2: { flows: { clientCredentials: { tokenUrl: 'https://t', scopes: {} } } } },
    ],
    ['digest', { type: 'digest' }, { DigestAuth: { type: 'http', scheme: 'digest' } }],
    [
      'apikey whose key is a number and "in" an object',
      {
        type: 'apikey',
        apikey: [
          { key: 'key', value: 42 },
          { key: 'in', value: {} },
        ],
      },
      { ApiKey42: { type: 'apiKey', name: '42', in: 'header' } },
    ],
    [
      'apikey whose key is an object -> the default header',
      { type: 'apikey', apikey: [{ key: 'key', value: { a: 1 } }] },
      { ApiKeyXApiKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' } },
    ],
  ])('given %s -> scheme', (_name, auth, want) => {
    const ctx = { ...plain, variables: { auth: 'https://id.example.com' } };
    expect(requestSecurity(auth, [], [], ctx).schemes).toMatchObject(want);
  });

  it.each(['awsv4', 'ntlm', 'edgegrid', 'jwt', 'asap'])('given %s, which OpenAPI lacks -> declared as a named scheme carrying the type, never as no auth', (type) => {
    const got = requestSecurity({ type }, [], [], { ...plain });
    const name = `${type.charAt(0).toUpperCase()}${type.slice(1)}Auth`;
    expect(got.security).toEqual([{ [name]: [] }]);
    expect(got.schemes[name]).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-postman-auth': type });
    expect(got.notes).toEqual([{ code: 'unsupported-auth', message: `auth type "${type}" has no OpenAPI security scheme; declared as "${name}" with \`x-postman-auth\`` }]);
  });

  it('given two OAuth 2 setups -> one scheme each, named by flow; the same setup again -> the same name', () => {
    const context: CollectionContext = { ...plain };
    const oauth = (pairs: Record<string, string>) => ({ type: 'oauth2', oauth2: Object.entries(pairs).map(([key, value]) => ({ key, value })) });
    const cc = oauth({ grant_type: 'client_credentials', accessTokenUrl: 'https://auth.x.org/token' });
    const ac = oauth({ grant_type: 'authorization_code', authUrl: 'https://auth.x.org/authorize', accessTokenUrl: 'https://auth.x.org/token2' });
    const first = requestSecurity(cc, [], [], context);
    const second = requestSecurity(ac, [], [], context);
    const again = requestSecurity(oauth({ grant_type: 'client_credentials', accessTokenUrl: 'https://auth.x.org/token' }), [], [], context);
    expect(first.schemes).toEqual({
      OAuth2: { type: 'oauth2', description: 'OAuth 2 (client_credentials).', flows: { clientCredentials: { tokenUrl: 'https://auth.x.org/token', scopes: {} } } },
    });
    expect(second.schemes.OAuth2AuthorizationCode).toMatchObject({
      flows: { authorizationCode: { authorizationUrl: 'https://auth.x.org/authorize', tokenUrl: 'https://auth.x.org/token2' } },
    });
    expect(again.security).toEqual([{ OAuth2: [] }]);
    const other = requestSecurity(oauth({ grant_type: 'client_credentials', accessTokenUrl: 'https://auth.x.org/other' }), [], [], context);
    expect(other.security).toEqual([{ OAuth2ClientCredentials: [] }]);
  });

  it('given copies of one OAuth 2 setup on many requests -> one scheme, each request noted; another conversion resolves its own variables', () => {
    const setup = () => ({ type: 'oauth2', oauth2: [{ key: 'grant_type', value: 'client_credentials' }] });
    const context: CollectionContext = { ...plain };
    const got = [requestSecurity(setup(), [], [], context), requestSecurity(setup(), [], [], context), requestSecurity(setup(), [], [], context)];
    expect(got.map((g) => g.security)).toEqual([[{ OAuth2ClientCredentials: [] }], [{ OAuth2ClientCredentials: [] }], [{ OAuth2ClientCredentials: [] }]]);
    expect(got.map((g) => g.notes.map((n) => n.code))).toEqual([['incomplete-auth'], ['incomplete-auth'], ['incomplete-auth']]);
    const withUrl = () => ({
      type: 'oauth2',
      oauth2: [
        { key: 'grant_type', value: 'client_credentials' },
        { key: 'accessTokenUrl', value: '{{tokenUrl}}' },
      ],
    });
    const a = requestSecurity(withUrl(), [], [], { ...plain, variables: { tokenUrl: 'https://a.io/token' } });
    const b = requestSecurity(withUrl(), [], [], { ...plain, variables: { tokenUrl: 'https://b.io/token' } });
    expect(a.schemes.OAuth2).toMatchObject({ flows: { clientCredentials: { tokenUrl: 'https://a.io/token' } } });
    expect(b.schemes.OAuth2).toMatchObject({ flows: { clientCredentials: { tokenUrl: 'https://b.io/token' } } });
  });

  it('given OAuth 2 without the URLs its flow needs -> a bearer scheme saying what is missing, never an empty URL', () => {
    const got = requestSecurity({ type: 'oauth2', oauth2: [{ key: 'grant_type', value: 'client_credentials' }] }, [], [], { ...plain });
    expect(got.schemes).toEqual({
      OAuth2ClientCredentials: {
        type: 'http',
        scheme: 'bearer',
        description: 'OAuth 2 (client_credentials) access token sent as `Authorization: Bearer <access_token>`; the collection gives no tokenUrl, so no OAuth 2 flow is described.',
        'x-postman-auth': 'oauth2',
        'x-postman-oauth2': { grant: 'client_credentials', missing: ['tokenUrl'] },
      },
    });
    expect(got.notes.map((n) => n.code)).toEqual(['incomplete-auth']);
    expect(JSON.stringify(got.schemes)).not.toMatch(/Url":""/);
  });

  it('given an oauth2 auth object whose grant_type no OpenAPI flow describes (device_code) -> a bearer scheme naming it, never another flow', () => {
    const device = 'urn:ietf:params:oauth:grant-type:device_code';
    const got = requestSecurity(
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: device },
          { key: 'accessTokenUrl', value: 'https://id.x.io/token' },
          { key: 'authUrl', value: 'https://id.x.io/authorize' },
        ],
      },
      [],
      [],
      { ...plain },
    );
    expect(got.schemes).toEqual({
      OAuth2Bearer: {
        type: 'http',
        scheme: 'bearer',
        description: `OAuth 2 (${device}) access token sent as \`Authorization: Bearer <access_token>\`; ${device} is a grant OpenAPI 3.1 has no OAuth 2 flow for, so no OAuth 2 flow is described.`,
        'x-postman-auth': 'oauth2',
        'x-postman-oauth2': { grant: device, tokenUrl: 'https://id.x.io/token', missing: [] },
      },
    });
    expect(got.notes).toEqual([
      {
        code: 'incomplete-auth',
        message: `oauth2 (${device}), a grant OpenAPI 3.1 has no OAuth 2 flow for; declared as the bearer scheme "OAuth2Bearer" (\`x-postman-oauth2\` names the grant)`,
      },
    ]);
    // Postman's own grant names keep their flows.
    for (const [grant, flow] of [
      ['authorization_code_with_pkce', 'authorizationCode'],
      ['password_credentials', 'password'],
    ]) {
      const own = requestSecurity(
        {
          type: 'oauth2',
          oauth2: [
            { key: 'grant_type', value: grant as string },
            { key: 'accessTokenUrl', value: 'https://id.x.io/token' },
            { key: 'authUrl', value: 'https://id.x.io/authorize' },
          ],
        },
        [],
        [],
        { ...plain },
      );
      expect(Object.keys((Object.values(own.schemes)[0] as { flows?: object }).flows ?? {})).toEqual([flow]);
    }
  });

  it('given OAuth 2 URLs that are {{variables}} -> their collection values; a URL that is still not an absolute http(s) URL is left out and named', () => {
    const oauth = (pairs: Record<string, string>) => ({ type: 'oauth2', oauth2: Object.entries(pairs).map(([key, value]) => ({ key, value })) });
    const context: CollectionContext = { ...plain, variables: { authUrl: 'https://id.x.io/authorize', tok: '{{base}}/token' } };
    const resolved = requestSecurity(oauth({ grant_type: 'implicit', authUrl: '{{authUrl}}' }), [], [], context);
    expect(resolved.schemes.OAuth2).toMatchObject({ type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://id.x.io/authorize' } } });
    const bad = requestSecurity(oauth({ grant_type: 'authorization_code', authUrl: '{{authUrl}}', accessTokenUrl: 'not a url' }), [], [], context);
    expect(bad.schemes.OAuth2AuthorizationCode).toEqual({
      type: 'http',
      scheme: 'bearer',
      description:
        'OAuth 2 (authorization_code) access token sent as `Authorization: Bearer <access_token>`; the collection gives no tokenUrl (its "not a url" is not an absolute http(s) URL), so no OAuth 2 flow is described.',
      'x-postman-auth': 'oauth2',
      'x-postman-oauth2': { grant: 'authorization_code', missing: ['tokenUrl'] },
    });
    expect(bad.notes).toEqual([
      {
        code: 'incomplete-auth',
        message:
          'oauth2 (authorization_code) without tokenUrl in the collection (its "not a url" is not an absolute http(s) URL); declared as the bearer scheme "OAuth2AuthorizationCode" (`x-postman-oauth2` names what is missing)',
      },
    ]);
    const unresolved = requestSecurity(oauth({ grant_type: 'client_credentials', accessTokenUrl: '{{tok}}' }), [], [], context);
    expect(unresolved.notes.map((n) => n.message)).toEqual([
      'oauth2 (client_credentials) without tokenUrl in the collection (its "{{base}}/token" is not an absolute http(s) URL); declared as the bearer scheme "OAuth2ClientCredentials" (`x-postman-oauth2` names what is missing)',
    ]);
  });

  it('given an auth type that is not a plain name -> its description quotes it once', () => {
    const got = requestSecurity({ type: 'weird"type' }, [], [], { ...plain });
    expect(got.schemes.UnknownAuth?.description).toBe(
      'Postman "weird\\"type" auth, which OpenAPI has no scheme for: Postman computes the credential and sends it, usually in the `Authorization` header.',
    );
  });

  it('given OAuth 1.0 -> a declared http scheme `OAuth` naming the signature method', () => {
    const got = requestSecurity(
      {
        type: 'oauth1',
        oauth1: [
          { key: 'signatureMethod', value: 'HMAC-SHA1' },
          { key: 'consumerSecret', value: 'S3CRET' },
        ],
      },
      [],
      [],
      plain,
    );
    expect(got.security).toEqual([{ OAuth1: [] }]);
    expect(got.schemes.OAuth1).toMatchObject({ type: 'http', scheme: 'OAuth' });
    expect(got.schemes.OAuth1?.description).toContain('HMAC-SHA1');
    expect(JSON.stringify(got)).not.toContain('S3CRET');
  });

  it('given OAuth 1.0 setups with distinct signature methods and placements -> one scheme each, each describing its own', () => {
    const context: CollectionContext = { variables: {}, commonOrigin: undefined, oauth2: undefined };
    const oauth1 = (...rows: [string, string | boolean][]): JsonObject => ({ type: 'oauth1', oauth1: rows.map(([key, value]) => ({ key, value })) });
    const hmac = requestSecurity(undefined, [oauth1(['signatureMethod', 'HMAC-SHA1'])], [], context);
    const rsa = requestSecurity(oauth1(['signatureMethod', 'RSA-SHA256'], ['addParamsToHeader', false]), [], [], context);
    const plaintext = requestSecurity(oauth1(['signatureMethod', 'PLAINTEXT']), [], [], context);
    expect([hmac, rsa, plaintext].map((g) => g.security)).toEqual([[{ OAuth1: [] }], [{ OAuth1RsaSha256Query: [] }], [{ OAuth1Plaintext: [] }]]);
    expect(hmac.schemes.OAuth1).toEqual({
      type: 'http',
      scheme: 'OAuth',
      description: 'OAuth 1.0 (RFC 5849): each request is signed with HMAC-SHA1 and sent as `Authorization: OAuth ...` (consumer key, token, nonce, timestamp, signature).',
    });
    expect(plaintext.schemes.OAuth1Plaintext?.description).toContain('signed with PLAINTEXT and sent as `Authorization: OAuth ...`');
    expect(rsa.schemes.OAuth1RsaSha256Query).toEqual({
      type: 'apiKey',
      name: 'oauth_signature',
      in: 'query',
      description:
        'OAuth 1.0 (RFC 5849): each request is signed with RSA-SHA256; Postman sends the `oauth_*` parameters (consumer key, token, nonce, timestamp, signature method, signature) in the query string, or in the body of a form-urlencoded request, not in an `Authorization` header (`addParamsToHeader` is false).',
      'x-postman-auth': 'oauth1',
    });
    // The same setup again keeps its name.
    expect(requestSecurity(oauth1(['signatureMethod', 'PLAINTEXT']), [], [], context).security).toEqual([{ OAuth1Plaintext: [] }]);
  });

  it('never copies a literal token into the scheme', () => {
    const got = requestSecurity({ type: 'bearer', bearer: [{ key: 'token', value: 'SECRET-123' }] }, [], [], imgur);
    expect(JSON.stringify(got)).not.toContain('SECRET-123');
  });
});

describe('OAuth 2 scopes as the collection shows them', () => {
  const oauth = (scope: string | undefined, tokenUrl = 'https://auth.acme.io/oauth2/token'): JsonObject => ({
    type: 'oauth2',
    oauth2: [{ key: 'grant_type', value: 'client_credentials' }, { key: 'accessTokenUrl', value: tokenUrl }, ...(scope === undefined ? [] : [{ key: 'scope', value: scope }])],
  });
  const run = (...item: object[]) =>
    convert({ info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item, variable: [{ key: 'extra', value: 'files.admin' }] });

  it('given scope "files.read files.write" -> the flow lists both scopes, the operation requires them', () => {
    const got = run({ name: 'List', request: { method: 'GET', url: 'https://api.acme.io/files', auth: oauth('files.read files.write') } });
    expect(got.document.components?.securitySchemes?.OAuth2).toEqual({
      type: 'oauth2',
      description: 'OAuth 2 (client_credentials).',
      flows: { clientCredentials: { tokenUrl: 'https://auth.acme.io/oauth2/token', scopes: { 'files.read': '', 'files.write': '' } } },
    });
    expect(got.document.paths['/files']?.get?.security).toEqual([{ OAuth2: ['files.read', 'files.write'] }]);
  });

  it('given requests with the same setup and other scopes -> one scheme with every scope, each operation its own; a {{variable}} is read, an unknown one left out', () => {
    const got = run(
      { name: 'List', request: { method: 'GET', url: 'https://api.acme.io/files', auth: oauth('files.read') } },
      { name: 'Write', request: { method: 'PUT', url: 'https://api.acme.io/files', auth: oauth('  files.write   files.read {{extra}} {{nope}} ') } },
      { name: 'Plain', request: { method: 'GET', url: 'https://api.acme.io/plain', auth: oauth(undefined) } },
      { name: 'Other', request: { method: 'GET', url: 'https://api.acme.io/other', auth: oauth('x', 'https://auth.acme.io/other') } },
    );
    const schemes = got.document.components?.securitySchemes ?? {};
    expect(Object.keys(schemes)).toEqual(['OAuth2', 'OAuth2ClientCredentials']);
    expect(schemes.OAuth2).toMatchObject({ flows: { clientCredentials: { scopes: { 'files.read': '', 'files.write': '', 'files.admin': '' } } } });
    expect(schemes.OAuth2ClientCredentials).toMatchObject({ flows: { clientCredentials: { tokenUrl: 'https://auth.acme.io/other', scopes: { x: '' } } } });
    expect(got.document.paths['/files']?.get?.security).toEqual([{ OAuth2: ['files.read'] }]);
    expect(got.document.paths['/files']?.put?.security).toEqual([{ OAuth2: ['files.write', 'files.read', 'files.admin'] }]);
    expect(got.document.paths['/plain']?.get?.security).toEqual([{ OAuth2: [] }]);
    expect(got.document.paths['/other']?.get?.security).toEqual([{ OAuth2ClientCredentials: ['x'] }]);
  });
  it('given scopes of a setup declared as a bearer token (no token URL, or a grant without a flow) -> the security requirement still lists them', () => {
    const noUrl = requestSecurity(
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: 'client_credentials' },
          { key: 'scope', value: 'a b' },
        ],
      },
      [],
      [],
      { ...plain },
    );
    expect(noUrl.security).toEqual([{ OAuth2ClientCredentials: ['a', 'b'] }]);
    const device = requestSecurity(
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: 'urn:x:device_code' },
          { key: 'scope', value: 'c' },
        ],
      },
      [],
      [],
      { ...plain },
    );
    expect(device.security).toEqual([{ OAuth2Bearer: ['c'] }]);
  });
});

describe('requestSecurity: many distinct OAuth 2 setups', () => {
  it('gives 5 000 setups 5 000 distinct names, in linear time', () => {
    const context: CollectionContext = { variables: {}, commonOrigin: undefined, oauth2: undefined };
    const seen = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const got = requestSecurity(
        {
          type: 'oauth2',
          oauth2: [
            { key: 'grant_type', value: 'password' },
            { key: 'accessTokenUrl', value: `https://a.example/t${i}` },
          ],
        },
        [],
        [],
        context,
      );
      for (const name of Object.keys(got.schemes)) seen.add(name);
    }
    expect(seen.size).toBe(5_000);
    expect(seen.has('OAuth2')).toBe(true);
    expect(seen.has('OAuth2Password4999')).toBe(true);
  });

  it('names a long or odd auth type `UnknownAuth`, not after the type', () => {
    const got = requestSecurity({ type: `x${'y'.repeat(500)}` }, [], [], { variables: {}, commonOrigin: undefined, oauth2: undefined });
    expect(Object.keys(got.schemes)).toEqual(['UnknownAuth']);
  });
});

describe('requestSecurity: linear in the length of what it reads', () => {
  // `\{\{\s*([^{}]+?)\s*\}\}` on `{{` and a run of spaces tries every split of the run between its parts.
  it('given an Authorization header and an OAuth 2 token URL of `{{` and 20,000 spaces -> well under a second', () => {
    const spaces = ' '.repeat(20_000);
    const started = performance.now();
    const header = requestSecurity(undefined, [], headers(['Authorization', `Key {{${spaces}`]), plain);
    const oauth2 = requestSecurity(
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: 'client_credentials' },
          { key: 'accessTokenUrl', value: `https://a.io/{{${spaces}` },
        ],
      },
      [],
      [],
      plain,
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(header.schemes.Key?.description).toBe('API key in the `Authorization` header, written with the `Key` prefix: `Authorization: Key <value>`.');
    // An unclosed `{{` is not a URL: the flow is not described, the note quotes the start of it.
    expect(Object.values(oauth2.schemes)[0]).toMatchObject({ type: 'http', 'x-postman-oauth2': { missing: ['tokenUrl'] } });
    expect(oauth2.notes[0]?.message.length).toBeLessThan(400);
  });

  it('given variables with spaces inside the braces -> the names trimmed as before', () => {
    const context: CollectionContext = { variables: { host: 'https://id.acme.com' }, commonOrigin: undefined, oauth2: undefined };
    const got = requestSecurity(
      {
        type: 'oauth2',
        oauth2: [
          { key: 'grant_type', value: 'password' },
          { key: 'accessTokenUrl', value: '{{ host }}/token' },
        ],
      },
      [],
      headers(['Authorization', 'Token {{  apiKey }}']),
      context,
    );
    expect(Object.values(got.schemes).map((s) => s.description)).toContain(
      'API key in the `Authorization` header, written with the `Token` prefix: `Authorization: Token <apiKey>`.',
    );
    expect(JSON.stringify(got.schemes)).toContain('"tokenUrl":"https://id.acme.com/token"');
  });
});

describe('OAuth 1.0 in a whole collection', () => {
  it('HMAC-SHA1 inherited, RSA-SHA256 in the query and PLAINTEXT -> three schemes in the components, each operation naming its own', () => {
    const oauth1 = (...rows: [string, string | boolean][]): JsonObject => ({ type: 'oauth1', oauth1: rows.map(([key, value]) => ({ key, value })) });
    const get = (name: string, path: string, auth?: JsonObject) => ({ name, request: { method: 'GET', url: `https://a.io/${path}`, ...(auth ? { auth } : {}) } });
    const { document } = convert({
      info: { name: 'o', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      auth: oauth1(['signatureMethod', 'HMAC-SHA1']),
      item: [
        get('Inherits HMAC', 'a'),
        get('RSA in query', 'b', oauth1(['signatureMethod', 'RSA-SHA256'], ['addParamsToHeader', false])),
        get('Plaintext', 'c', oauth1(['signatureMethod', 'PLAINTEXT'])),
      ],
    });
    const schemes = document.components.securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['OAuth1', 'OAuth1Plaintext', 'OAuth1RsaSha256Query']);
    expect(['/a', '/b', '/c'].map((p) => document.paths[p]?.get?.security)).toEqual([[{ OAuth1: [] }], [{ OAuth1RsaSha256Query: [] }], [{ OAuth1Plaintext: [] }]]);
    expect(schemes.OAuth1?.description).toContain('HMAC-SHA1');
    expect(schemes.OAuth1RsaSha256Query).toMatchObject({ type: 'apiKey', in: 'query' });
  });
});
