import { parseJsonText } from '../input/json.js';
import { record } from '../input/record.js';
import { inferSchema } from '../schema/schema-infer.js';
import type { JsonValue } from '../types.js';
import type { ConvertedBody } from './converted-body.js';
import { jsonKind as kind } from '../input/json-kind.js';

/**
 * A GraphQL body as Postman sends it: `{ query, variables }`. Variables given as an object
 * are sent as they are; variables text is read like a raw JSON body (else kept as text), and
 * when reading changed it (comments, trailing commas, `{{variables}}`, a repeated key) the
 * example is named `exampleKey` and keeps the body as Postman builds it from the text as
 * written in `x-postman-raw` (`jsonLoss` says what reading changed of valid JSON). A blank query without variables sends nothing (`sendsNothing`).
 * A query that is not text, or variables that are neither an object nor text (a number, a
 * boolean, an array), variables text that does not parse or reads as something other than an
 * object, and a body that is not an object at all (kept as written as the example) are said so too
 * (`graphqlKeptAsWritten`).
 */
export function graphqlBody(graphql: unknown, variables: Record<string, string>, exampleKey = 'request'): ConvertedBody {
  if (graphql !== undefined && graphql !== null && (typeof graphql !== 'object' || Array.isArray(graphql))) {
    const value = graphql as JsonValue;
    const note = `GraphQL body is ${kind(value)}, not an object with a query; kept as written in the example`;
    return { mediaType: 'application/json', form: false, media: { schema: inferSchema(value), example: value }, graphqlKeptAsWritten: [note] };
  }
  const g = (graphql && typeof graphql === 'object' ? graphql : {}) as { query?: unknown; variables?: unknown };
  const oddQuery = g.query !== undefined && g.query !== null && typeof g.query !== 'string';
  const query = typeof g.query === 'string' ? g.query : oddQuery ? (g.query as JsonValue) : '';
  const text = typeof g.variables === 'string' && g.variables.trim() !== '' ? g.variables : undefined;
  const parsed = text === undefined ? undefined : parseJsonText(text, variables);
  const oddVariables = g.variables !== undefined && g.variables !== null && (Array.isArray(g.variables) || (typeof g.variables !== 'object' && typeof g.variables !== 'string'));
  const given = (g.variables !== null && typeof g.variables === 'object') || oddVariables ? (g.variables as JsonValue) : undefined;
  const vars = text === undefined ? given : parsed && !parsed.tooDeep ? parsed.value : text;
  const example = { query, ...(vars !== undefined ? { variables: vars } : {}) };
  const out: ConvertedBody = { mediaType: 'application/json', form: false, media: { schema: inferSchema(example), example } };
  if (typeof query === 'string' && query.trim() === '' && vars === undefined) out.sendsNothing = true;
  const odd: string[] = [];
  if (oddQuery) odd.push(`GraphQL query is ${kind(query)}, not text; kept as written in the example`);
  if (oddVariables) odd.push(`GraphQL variables are ${kind(given)}, not an object or JSON text; kept as written in the example`);
  if (text !== undefined && !parsed) odd.push('GraphQL variables text does not parse as JSON, even read as Postman sends it; kept as text in the example');
  const read = parsed && !parsed.tooDeep ? parsed.value : undefined;
  if (read !== undefined && (read === null || typeof read !== 'object' || Array.isArray(read)))
    odd.push(`GraphQL variables text reads as ${kind(read)}, not an object; kept in the example as it reads`);
  if (odd.length > 0) out.graphqlKeptAsWritten = odd;
  if (text !== undefined && parsed && !parsed.strict && !parsed.tooDeep) {
    out.media = {
      schema: out.media.schema,
      examples: record({
        [exampleKey]: {
          description: parsed.lossy
            ? `The body as Postman sends it, its variables as JSON reads them (${parsed.loss}); \`x-postman-raw\` holds the body with the variables as written.`
            : `The body as Postman sends it, its variables read as Postman does (comments and trailing commas dropped, a bare variable read as its JSON value or as a string${parsed.loss ? `, then read as JSON: ${parsed.loss}` : ''}); \`x-postman-raw\` holds the body with the variables as written.`,
          value: example,
          'x-postman-raw': `{"query":${JSON.stringify(query)},"variables":${text}}`,
        },
      }),
    };
    if (parsed.loss)
      out.jsonLoss = {
        at: '/graphql',
        message: `GraphQL variables text reads otherwise than written (${parsed.loss}); the example holds it as JSON reads it, \`x-postman-raw\` as written`,
      };
  }
  return out;
}
