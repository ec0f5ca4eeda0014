import { VALUE_DEPTH } from '../input/depth.js';
import type { ConvertedBody } from './converted-body.js';

/**
 * What converting a body kept otherwise than it reads (all reported as `invalid-json`): JSON
 * nested too deep to walk, GraphQL parts kept as written, a raw body given as JSON instead of
 * text, raw JSON that does not parse, JSON that reading changes (a repeated key, a number a double does not hold). Each with the pointer below the body.
 */
export function convertedBodyNotes(body: ConvertedBody): { at: string; message: string }[] {
  const notes: { at: string; message: string }[] = [];
  if (body.tooDeep) notes.push({ at: '', message: `raw JSON body is nested deeper than ${VALUE_DEPTH} levels; kept as written (\`x-postman-raw\`) under an open schema` });
  for (const message of body.graphqlKeptAsWritten ?? []) notes.push({ at: '/graphql', message });
  if (body.rawNotText) notes.push({ at: '/raw', message: `raw body is ${body.rawNotText}, not text; kept as that JSON in the example` });
  if (body.jsonLoss) notes.push(body.jsonLoss);
  if (body.invalidJson) notes.push({ at: '', message: 'raw JSON body does not parse, even read as Postman sends it; kept as a text example' });
  return notes;
}
