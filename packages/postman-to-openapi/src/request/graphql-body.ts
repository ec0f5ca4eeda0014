import { parseJsonText } from '../input/json.js';
import { record } from '../input/record.js';
import { inferSchema } from '../schema/schema-infer.js';
import type { JsonValue } from '../types.js';
import type { ConvertedBody } from './converted-body.js';

/**
 * A GraphQL body as Postman sends it: `{ query, variables }`. Variables given as an object
 * are sent as they are; variables text is read like a raw JSON body (else kept as text), and
 * when reading changed it (comments, trailing commas, `{{variables}}`, a repeated key) the
 * example is named `exampleKey` and keeps the body as Postman builds it from the text as
 * written in `x-postman-raw`. A blank query without variables sends nothing (`sendsNothing`).
 */
export function graphqlBody(graphql: unknown, variables: Record<string, string>, exampleKey = 'request'): ConvertedBody {
  const g = (graphql && typeof graphql === 'object' ? graphql : {}) as { query?: unknown; variables?: unknown };
  const query = typeof g.query === 'string' ? g.query : '';
  const text = typeof g.variables === 'string' && g.variables.trim() !== '' ? g.variables : undefined;
  const parsed = text === undefined ? undefined : parseJsonText(text, variables);
  const given = g.variables !== null && typeof g.variables === 'object' ? (g.variables as JsonValue) : undefined;
  const vars = text === undefined ? given : parsed && !parsed.tooDeep ? parsed.value : text;
  const example = { query, ...(vars !== undefined ? { variables: vars } : {}) };
  const out: ConvertedBody = { mediaType: 'application/json', form: false, media: { schema: inferSchema(example), example } };
  if (query.trim() === '' && vars === undefined) out.sendsNothing = true;
  if (text !== undefined && parsed && !parsed.strict && !parsed.tooDeep) {
    out.media = {
      schema: out.media.schema,
      examples: record({
        [exampleKey]: {
          description: parsed.lossy
            ? 'The body as Postman sends it, its variables as JSON reads them (a repeated key keeps its last value, a number beyond a double is null); `x-postman-raw` holds the body with the variables as written.'
            : 'The body as Postman sends it, its variables read as Postman does (comments and trailing commas dropped, a bare variable read as its JSON value or as a string); `x-postman-raw` holds the body with the variables as written.',
          value: example,
          'x-postman-raw': `{"query":${JSON.stringify(query)},"variables":${text}}`,
        },
      }),
    };
  }
  return out;
}
