// The four converters under one signature: (collection JSON text) -> what the converter returns (an OpenAPI
// document object, or its JSON text for the converters that only return text); `toDocument` turns that into
// an object outside the timed call, so no converter is charged for a parse the bench adds.
// Peers are resolved from this folder's own node_modules (`npm ci` here; see README.md).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = new URL('.', import.meta.url).pathname;
const require = createRequire(join(here, 'package.json'));
const root = join(here, '..', '..');

/** Loads one converter by name; returns an async (text) => document function. */
export async function loadConverter(name) {
  switch (name) {
    case 'ours': {
      const { convert } = await import(pathToFileURL(join(root, 'packages/postman-to-openapi/dist/index.js')).href);
      return async (text) => convert(text).document;
    }
    case 'readme': {
      const convert = require('@readme/postman-to-openapi');
      return async (text) => convert(text, null, { outputFormat: 'json' });
    }
    case 'scalar': {
      const { convert } = await import(pathToFileURL(require.resolve('@scalar/postman-to-openapi')).href);
      return async (text) => convert(text);
    }
    case 'joolfe': {
      const convert = require('postman-to-openapi');
      return async (text) => convert(text, null, { outputFormat: 'json' });
    }
    default:
      throw new Error(`unknown converter ${name}`);
  }
}

/** Converter names in table order, with the package each one is. */
export const CONVERTERS = [
  ['ours', '@imgur-ts/postman-to-openapi (this repository)'],
  ['readme', '@readme/postman-to-openapi 4.1.0'],
  ['scalar', '@scalar/postman-to-openapi 0.7.14'],
  ['joolfe', 'postman-to-openapi 3.0.1'],
];

/** The document object of what a converter returned (JSON text is parsed; an object is kept). */
export const toDocument = (result) => (typeof result === 'string' ? JSON.parse(result) : result);
