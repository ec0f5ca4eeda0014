import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateClient } from '../src/client.js';
import { generateModels } from '../src/models.js';
import { generateResource } from '../src/resource/generate-resource.js';
import type { JsonObject } from '../src/types.js';
import { typecheck } from './support/typecheck.js';

const EVIL = 'x */ globalThis.pwned = 1; /* `${globalThis.pwned = 2}` "\' </script><script>alert(1)</script>\n@deprecated \u2028 ünï 日本 \\';
const evilSchema = `Evil${EVIL}`;

const spec: JsonObject = {
  openapi: '3.1.0',
  info: { title: EVIL, version: '1' },
  paths: {
    [`/3/evil/{id}/${encodeURIComponent(EVIL)}`]: {
      post: {
        tags: ['evil'],
        operationId: `evil.${EVIL}`,
        summary: EVIL,
        description: `${EVIL}\n\n${EVIL}`,
        externalDocs: { url: `https://x.test/${EVIL}` },
        security: [{ [EVIL]: [] }],
        parameters: [
          { name: 'id', in: 'path', required: true, description: EVIL, schema: { type: 'string', default: EVIL } },
          { name: EVIL, in: 'query', description: EVIL, schema: { type: 'string', enum: [EVIL, 'ok'] } },
          { name: 'class', in: 'header', schema: { type: 'integer' } },
        ],
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: [EVIL],
                properties: { [EVIL]: { type: 'string', format: 'binary', description: EVIL }, '3d': { type: 'string', const: EVIL } },
              },
            },
          },
        },
        'x-imgur-credits': 10,
        responses: {
          '200': {
            description: EVIL,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: { type: 'object', required: [EVIL], properties: { [EVIL]: { $ref: `#/components/schemas/${evilSchema.replace(/~/g, '~0').replace(/\//g, '~1')}` } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: { [EVIL]: { type: 'apiKey', in: 'header', name: 'Authorization', description: EVIL } },
    schemas: {
      [evilSchema]: { type: 'object', description: EVIL, required: [EVIL], properties: { [EVIL]: { type: ['string', 'null'], description: EVIL, enum: [EVIL, null] } } },
      Operation: { type: 'string', description: 'collides with a core import' },
      delete: { type: 'integer' },
    },
  },
};

const STATEMENTS: Record<string, (n: ts.Node) => boolean> = {
  import: ts.isImportDeclaration,
  interface: ts.isInterfaceDeclaration,
  type: ts.isTypeAliasDeclaration,
  const: ts.isVariableStatement,
};

/** Top-level statement kinds, call expressions and executable constructs of a generated file. */
function inspect(text: string) {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const kinds = file.statements.map((s) => Object.keys(STATEMENTS).find((k) => STATEMENTS[k]?.(s)) ?? ts.SyntaxKind[s.kind]);
  const calls: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) calls.push(n.expression.getText(file));
    const executable = [ts.isFunctionDeclaration, ts.isFunctionExpression, ts.isArrowFunction, ts.isMethodDeclaration, ts.isClassLike, ts.isNewExpression];
    if (executable.some((is) => is(n))) calls.push(ts.SyntaxKind[n.kind]);
    if (ts.isTaggedTemplateExpression(n) || ts.isTemplateExpression(n) || ts.isBinaryExpression(n)) calls.push(ts.SyntaxKind[n.kind]);
    ts.forEachChild(n, visit);
  };
  visit(file);
  const parseErrors = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  return { kinds, calls, parseErrors };
}

/** The text of every token that is neither a comment nor a string literal. */
function codeTokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const trivia = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
    const literal = kind === ts.SyntaxKind.StringLiteral;
    if (!trivia && !literal && kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) out.push(scanner.getTokenText());
  }
  return out;
}

describe('hostile spec text', async () => {
  const models = (await generateModels(spec)).get('models.gen.ts') ?? '';
  const paths = (await generateClient(spec)).get('paths.gen.ts') ?? '';
  const ops = generateResource(spec, 'evil').get('operations.gen.ts') ?? '';

  it('yields code that compiles under the strict settings', () => {
    expect(typecheck({ 'models.gen.ts': models, 'paths.gen.ts': paths, 'operations.gen.ts': ops })).toEqual([]);
  });

  it.each([
    ['models.gen.ts', () => models, ['interface', 'type']],
    ['paths.gen.ts', () => paths, ['import', 'interface', 'type']],
    ['operations.gen.ts', () => ops, ['import', 'interface', 'type', 'const']],
  ])('%s declares only types and operation constants', (_name, text, allowed) => {
    const { kinds, calls, parseErrors } = inspect(text());
    expect(parseErrors).toBe(0);
    expect([...new Set(kinds)].filter((k) => !allowed.includes(k))).toEqual([]);
    expect(calls.filter((c) => !['defineOperation', 'defineUploadOperation', 'definePageableOperation'].includes(c))).toEqual([]);
  });

  it('keeps spec text out of code: it appears only inside comments and string literals', () => {
    for (const text of [models, paths, ops]) {
      expect(codeTokens(text).filter((t) => /globalThis|pwned|alert|script|ünï|日本|`|\$\{/.test(t))).toEqual([]);
      expect(text).not.toMatch(/^\s*\*?\s*@deprecated(?! Imgur marks)/m);
    }
  });

  it('declares exactly one operation, with a sanitized name, and JSON-escaped metadata', () => {
    const file = ts.createSourceFile('x.ts', ops, ts.ScriptTarget.ES2022, true);
    const consts = file.statements.filter(ts.isVariableStatement).flatMap((s) => s.declarationList.declarations.map((d) => d.name.getText(file)));
    expect(consts).toHaveLength(1);
    expect(consts[0]).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    expect(ops).toContain(
      `id: ${JSON.stringify(`evil.${EVIL}`)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')}`,
    );
  });

  it('renames model aliases that would collide with imported names', () => {
    expect(models).toMatch(/export type Operation2 = components\["schemas"\]\["Operation"\];/);
    expect(models).toMatch(/export type delete_ = components\["schemas"\]\["delete"\];/);
  });
});
