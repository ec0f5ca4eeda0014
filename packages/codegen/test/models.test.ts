import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../src/header.js';
import { modelNames } from '../src/model-names.js';
import { generateModels } from '../src/models.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Image: { type: 'object', description: 'An image.' },
      'gallery item': { type: 'string' },
      Operation: { type: 'integer' },
      '9x': { type: 'boolean' },
      Tag: {
        type: 'object',
        description: 'A tag.',
        required: ['name'],
        properties: { name: { type: 'string' }, followers: { type: ['integer', 'null'] }, accent: { type: 'string' } },
      },
      Vote: { type: 'object', required: ['ups'], properties: { ups: { type: 'integer' } } },
    },
  },
};

describe('models', () => {
  it.each([
    ['Image', 'Image'],
    ['gallery item', 'GalleryItem'],
    ['Operation', 'Operation2'],
    ['9x', '_9x'],
  ])('schema %j is exported as %j', (schema, alias) => {
    expect(modelNames(spec).get(schema)).toBe(alias);
  });

  it('writes models.gen.ts: header, components, one documented alias per schema', async () => {
    const text = (await generateModels(spec)).get('models.gen.ts') ?? '';
    expect(text.split('\n')[0]).toBe(GENERATED_HEADER);
    expect(text).toContain('export interface components {');
    expect(text).toContain('/**\n * An image.\n */\nexport type Image = components["schemas"]["Image"];');
    expect(text).toContain('/**\n * The `GalleryItem` model.\n */\nexport type GalleryItem = components["schemas"]["gallery item"];');
    expect(text.match(/^export type /gm)).toHaveLength(6);
  });

  it('documents, per object model, the fields Imgur may leave out and those it may send as null', async () => {
    const text = (await generateModels(spec)).get('models.gen.ts') ?? '';
    expect(text).toContain(
      '/**\n * A tag.\n *\n * Imgur may leave out: `followers`, `accent`.\n *\n * Imgur may send as null: `followers`.\n */\nexport type Tag = components["schemas"]["Tag"];',
    );
    expect(text).toContain('/**\n * The `Vote` model.\n *\n * Imgur may leave out: none.\n *\n * Imgur may send as null: none.\n */\nexport type Vote');
  });
});
