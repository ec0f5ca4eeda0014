import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('package entry', () => {
  it('exposes the public functions and nothing internal', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ConversionError',
      'MODEL_COMPONENTS',
      'USAGE',
      'canonicalDocument',
      'convert',
      'formatWarning',
      'matchLevel',
      'operationId',
      'operationName',
      'reportText',
      'runCli',
      'serializeDocument',
    ]);
  });
});
