import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { convert } from '@imgur-ts/postman-to-openapi';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClient } from '../src/client.js';
import { generateModels } from '../src/models.js';
import { generateResource } from '../src/resource/generate-resource.js';
import type { JsonObject } from '../src/types.js';
import { writeGenerated } from '../src/write-generated.js';
import { typecheck } from './support/typecheck.js';

// A Postman collection whose names and descriptions try to break out of every context the
// generator writes to: comments, template literals, string literals, HTML, identifiers, prototypes.
const BREAK = '*/ globalThis.pwned = 1; /* `${globalThis.pwned = 2}` "\' </script><script>alert(1)</script>\u0000\u2028 \u202e日本 @deprecated';
const FOLDER = `Evil */ folder ${BREAK}`;
const TABLE = `| Key | Required | Description |\n|---|---|---|\n| __proto__ | required | ${BREAK.replace(/\|/g, '')} |\n| constructor | optional | c |`;
const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

const saved = (name: string): JsonObject => ({
  name,
  code: 200,
  header: [{ key: 'Content-Type', value: 'application/json' }],
  body: `{"data": {"${BREAK.replace(/[\\"]/g, '').replace(/\u0000/g, '')}": 1, "__proto__": {"x": "${name.replace(/[\\"\u0000]/g, '')}"}}, "success": true, "status": 200}`,
});

const request = (name: string, method: string, url: string, extra: JsonObject = {}): JsonObject => ({
  name,
  request: {
    method,
    url,
    description: `${BREAK}\n\n${TABLE}`,
    header: [
      { key: 'Authorization', value: 'Client-ID {{clientId}}' },
      { key: `X-${BREAK}`, value: '1' },
    ],
    ...extra,
  },
  response: [saved(name)],
});

const collection: JsonObject = {
  info: { name: BREAK, schema, description: BREAK },
  item: [
    {
      name: FOLDER,
      description: BREAK,
      item: [
        request(`get ${BREAK}`, 'GET', `https://api.imgur.com/3/evil/{{__proto__}}/:constructor?${encodeURIComponent(BREAK)}=1&toString=2`),
        request('prototype', 'POST', 'https://api.imgur.com/3/evil/{{prototype}}', {
          body: {
            mode: 'urlencoded',
            urlencoded: [
              { key: '__proto__', value: BREAK },
              { key: BREAK, value: 'x' },
              { key: 'constructor', value: '1' },
            ],
          },
        }),
        request('constructor', 'PUT', 'https://api.imgur.com/3/evil/x', {
          body: { mode: 'raw', raw: JSON.stringify({ __proto__: null, [BREAK]: { constructor: 1 } }), options: { raw: { language: 'json' } } },
        }),
        request(`${BREAK}`, 'DELETE', 'https://api.imgur.com/3/evil/{{id}}'),
      ],
    },
  ],
};

const converted = convert(collection, { source: 'hostile.postman_collection.json' });
const spec = JSON.parse(JSON.stringify(converted.document)) as JsonObject;
const dir = mkdtempSync(join(tmpdir(), 'codegen-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a generated module (transpiled to CommonJS) in a fresh context; records calls to the core stub and every global it touches. */
function load(text: string): { exports: Record<string, unknown>; defined: unknown[]; globals: string[]; sandbox: Record<string, unknown> } {
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }).outputText;
  const defined: unknown[] = [];
  const globals: string[] = [];
  const core = {
    defineOperation: (meta: unknown) => {
      defined.push(meta);
      return { meta };
    },
    defineUploadOperation: (meta: unknown) => {
      defined.push(meta);
      return { meta };
    },
    definePageableOperation: (meta: unknown) => {
      defined.push(meta);
      return { meta };
    },
  };
  const module = { exports: {} as Record<string, unknown> };
  const requireStub = (id: string): unknown => {
    if (id === '@imgur-ts/core') return core;
    throw new Error(`unexpected require(${JSON.stringify(id)})`);
  };
  const target: Record<string, unknown> = { module, exports: module.exports, require: requireStub, Object };
  const sandbox = new Proxy(target, {
    get: (t, key) => {
      if (typeof key === 'string' && !(key in t)) globals.push(key);
      return t[key as string];
    },
    set: (t, key, value) => {
      globals.push(`set ${String(key)}`);
      t[key as string] = value;
      return true;
    },
  });
  vm.runInContext(js, vm.createContext(sandbox), { timeout: 1_000 });
  return { exports: module.exports, defined, globals, sandbox: target };
}

describe('a hostile Postman collection through the converter and the generator', async () => {
  const files = {
    'models.gen.ts': (await generateModels(spec)).get('models.gen.ts') ?? '',
    'paths.gen.ts': (await generateClient(spec)).get('paths.gen.ts') ?? '',
    'operations.gen.ts': generateResource(spec, FOLDER).get('operations.gen.ts') ?? '',
  };
  writeGenerated(dir, new Map(Object.entries(files)));
  const written = Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

  it('converts every request (the hostile text is data, not a reason to drop one)', () => {
    expect(converted.summary).toMatchObject({ requests: 4, operations: 4, skipped: 0 });
    expect(Object.keys(written)).toEqual(['models.gen.ts', 'operations.gen.ts', 'paths.gen.ts']);
    expect(written['operations.gen.ts']).toContain('/3/evil/{__proto__}/{constructor}');
  });

  it('writes code that type-checks with the repository TypeScript under strict settings', () => {
    expect(typecheck(written)).toEqual([]);
  });

  it('runs nothing when imported: only the operation definitions, no other call, no global touched', () => {
    const { exports, defined, globals, sandbox } = load(written['operations.gen.ts'] ?? '');
    expect(globals).toEqual([]);
    expect(sandbox.pwned).toBeUndefined();
    expect(Object.keys(exports).sort()).toHaveLength(4);
    expect(defined).toHaveLength(4);
    for (const name of Object.keys(exports)) expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    // Definitions are plain data: they survive a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(defined))).toEqual(defined);
    for (const file of ['models.gen.ts', 'paths.gen.ts']) {
      const run = load(written[file] ?? '');
      expect([run.globals, run.defined, Object.keys(run.exports)]).toEqual([[], [], []]);
    }
  });

  it('keeps every description inside JSDoc with "*/" neutralised, and every name inside string literals', () => {
    for (const [file, text] of Object.entries(written)) {
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
      const code: string[] = [];
      for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
        if (kind === ts.SyntaxKind.MultiLineCommentTrivia) {
          expect(scanner.getTokenText().slice(2, -2), file).not.toContain('*/');
          expect(scanner.getTokenText(), file).not.toMatch(/\u0000|\u2028/);
        } else if (![ts.SyntaxKind.SingleLineCommentTrivia, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.WhitespaceTrivia, ts.SyntaxKind.NewLineTrivia].includes(kind))
          code.push(scanner.getTokenText());
      }
      // Names become identifiers made of ASCII letters and digits only (`globalThisPwned1…` is a name, not code).
      expect(
        code.filter((t) => ['globalThis', 'pwned', 'alert', 'script', 'process', 'eval', 'Function'].includes(t) || /[`\u0080-\uffff]|\$\{/.test(t)),
        file,
      ).toEqual([]);
      expect(text, file).not.toMatch(/^\s*\*\s*@deprecated(?! Imgur marks)/m);
      expect(text, file).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
    expect(written['operations.gen.ts']).toContain('globalThis.pwned = 1');
    // Our own literals and comments never close an enclosing HTML script element (openapi-typescript's
    // quoted property keys in paths/models are escaped by the TypeScript printer for TypeScript only).
    expect(written['operations.gen.ts']).not.toContain('</script');
  });
});
