// biome-ignore-all lint/complexity/useLiteralKeys: the documents are read through `never`, where only bracket access type-checks
import { describe, expect, it } from 'vitest';
import { applyOverlays } from '../../src/overlay/apply-overlays.js';
import type { JsonObject, OverlayAction } from '../../src/types.js';

const base = (): JsonObject => ({
  openapi: '3.1.0',
  paths: {
    '/a/{x}': {
      get: {
        parameters: [{ name: 'x', in: 'path', required: true, schema: { type: 'string', enum: ['a'] } }],
        responses: { default: { description: 'd' } },
      },
    },
  },
});
const overlay = (actions: OverlayAction[]) => [{ file: 'o.yaml', overlay: '1.0.0', info: { title: 't', version: '1' }, actions }];

describe('applyOverlays', () => {
  it.each<[string, OverlayAction[], (d: JsonObject) => unknown, unknown]>([
    ['deep-merges an update', [{ target: "$.paths['/a/{x}'].get", update: { deprecated: true } }], (d) => (d.paths as never)['/a/{x}']['get']['deprecated'], true],
    ['removes a node', [{ target: '$.paths.*.*.responses', remove: true }], (d) => (d.paths as never)['/a/{x}']['get']['responses'], undefined],
    [
      'replaces a schema via remove then update (no enum concatenation)',
      [
        { target: "$.paths['/a/{x}'].get.parameters[?(@.name=='x')].schema", remove: true },
        { target: "$.paths['/a/{x}'].get.parameters[?(@.name=='x')]", update: { schema: { type: 'string', enum: ['b', 'c'] } } },
      ],
      (d) => (d.paths as never)['/a/{x}']['get']['parameters'][0]['schema'],
      { type: 'string', enum: ['b', 'c'] },
    ],
    ['updates the root', [{ target: '$', update: { components: { schemas: { A: { type: 'string' } } } } }], (d) => d.components, { schemas: { A: { type: 'string' } } }],
  ])('%s', async (_name, actions, pick, want) => {
    expect(pick(await applyOverlays(base(), overlay(actions)))).toEqual(want);
  });

  it('leaves the input untouched', async () => {
    const b = base();
    await applyOverlays(b, overlay([{ target: '$.paths.*.*.responses', remove: true }]));
    expect(b).toEqual(base());
  });

  it('accepts an optional action that matches nothing', async () => {
    expect(await applyOverlays(base(), overlay([{ target: "$.paths['/nope']", remove: true, optional: true }]))).toEqual(base());
  });

  it('fails, naming file, action and target, when an action matches nothing', async () => {
    await expect(applyOverlays(base(), overlay([{ target: "$.paths['/nope'].get", update: { a: 1 } }]))).rejects.toThrow(
      "o.yaml: actions[0] (target $.paths['/nope'].get): matched nothing in the description",
    );
  });

  it('reports unmatched actions through onUnmatched and still applies the rest', async () => {
    const seen: string[] = [];
    const out = await applyOverlays(
      base(),
      overlay([
        { target: "$.paths['/nope'].get", update: { a: 1 } },
        { target: "$.paths['/a/{x}'].get", update: { summary: 'patched' } },
      ]),
      { onUnmatched: (m) => seen.push(m) },
    );
    expect(seen).toEqual(["o.yaml: actions[0] (target $.paths['/nope'].get): matched nothing in the description"]);
    expect((out.paths as never)['/a/{x}']['get']['summary']).toBe('patched');
  });
});
