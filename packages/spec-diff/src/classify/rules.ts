import type { Rule } from '../types.js';

/**
 * The classification table: the bump each kind of change requires, on the
 * request side (inputs a caller sends) and on the response side (outputs a
 * caller reads). The general rule is removed or newly required → major,
 * added → minor, description only → patch; the exceptions are the rows where
 * the two sides differ. The package README prints this same table (a test
 * keeps them equal).
 */
export const RULES: readonly Rule[] = [
  { kind: 'operation.added', request: 'minor', response: 'minor', why: 'new function' },
  { kind: 'operation.removed', request: 'major', response: 'major', why: 'callers of the function break' },
  { kind: 'operation.moved', request: 'major', response: 'major', why: 'method or path changed: old requests fail' },
  { kind: 'operation.deprecated', request: 'minor', response: 'minor', why: 'semver: deprecation is a minor release' },
  { kind: 'parameter.added.optional', request: 'minor', response: 'minor', why: 'new optional input' },
  { kind: 'parameter.added.required', request: 'major', response: 'major', why: 'existing calls lack it' },
  { kind: 'parameter.removed', request: 'major', response: 'major', why: 'calls passing it no longer compile' },
  { kind: 'parameter.made-required', request: 'major', response: 'major', why: 'calls omitting it break' },
  { kind: 'parameter.made-optional', request: 'minor', response: 'minor', why: 'input loosened' },
  { kind: 'parameter.type-changed', request: 'major', response: 'major', why: 'existing values may not fit' },
  { kind: 'request-body.added.optional', request: 'minor', response: 'minor', why: 'new optional input' },
  { kind: 'request-body.added.required', request: 'major', response: 'major', why: 'existing calls lack it' },
  { kind: 'request-body.removed', request: 'major', response: 'major', why: 'calls sending a body break' },
  { kind: 'request-body.made-required', request: 'major', response: 'major', why: 'calls omitting it break' },
  { kind: 'request-body.made-optional', request: 'minor', response: 'minor', why: 'input loosened' },
  { kind: 'response.added', request: 'minor', response: 'minor', why: 'new documented outcome' },
  { kind: 'response.removed', request: 'major', response: 'major', why: 'code reading it breaks' },
  { kind: 'field.added.optional', request: 'minor', response: 'minor', why: 'new optional input or new output' },
  { kind: 'field.added.required', request: 'major', response: 'minor', why: 'input: existing calls lack it; output: one more field to read' },
  { kind: 'field.removed', request: 'major', response: 'major', why: 'code writing or reading it breaks' },
  { kind: 'field.type-changed', request: 'major', response: 'major', why: 'existing values or readers may not fit' },
  { kind: 'field.made-required', request: 'major', response: 'minor', why: 'input: calls omitting it break; output: a stronger guarantee' },
  { kind: 'field.made-optional', request: 'minor', response: 'major', why: 'input loosened; output: readers may get undefined' },
  { kind: 'enum.value-added', request: 'minor', response: 'major', why: 'input: one more accepted value; output: exhaustive switches stop compiling' },
  { kind: 'enum.value-removed', request: 'major', response: 'major', why: 'input: calls using it break; output: comparisons with it stop compiling' },
  { kind: 'model.added', request: 'minor', response: 'minor', why: 'new exported type' },
  { kind: 'model.removed', request: 'major', response: 'major', why: 'imports of the type break' },
  { kind: 'security.alternative-added', request: 'minor', response: 'minor', why: 'one more way to authenticate' },
  { kind: 'security.alternative-removed', request: 'major', response: 'major', why: 'calls authenticated that way fail' },
  { kind: 'security.scheme-changed', request: 'major', response: 'major', why: 'credentials sent the old way fail' },
  { kind: 'description.changed', request: 'patch', response: 'patch', why: 'documentation only' },
];
