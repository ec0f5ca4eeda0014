import { parseJsonLoose } from '../input/json.js';
import { inferSchema } from '../schema/schema-infer.js';
import type { ConvertedBody } from './converted-body.js';

/** A GraphQL body as sent: `{ query, variables }` (variables parsed like a raw JSON body, else kept as text). */
export function graphqlBody(graphql: unknown, variables: Record<string, string>): ConvertedBody {
  const g = (graphql && typeof graphql === 'object' ? graphql : {}) as { query?: unknown; variables?: unknown };
  const query = typeof g.query === 'string' ? g.query : '';
  const vars = typeof g.variables === 'string' ? (g.variables.trim() === '' ? undefined : (parseJsonLoose(g.variables, variables) ?? g.variables)) : undefined;
  const example = { query, ...(vars !== undefined ? { variables: vars } : {}) };
  return { mediaType: 'application/json', form: false, media: { schema: inferSchema(example), example } };
}
