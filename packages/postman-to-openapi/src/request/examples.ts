import type { Response } from 'postman-collection';
import { quote } from '../input/quote.js';
import { parseJsonText } from '../input/json.js';
import { exampleKey } from '../naming/example-key.js';
import { inferSchema } from '../schema/schema-infer.js';
import { tooDeepSchema } from '../schema/depth-fit.js';
import { unionSchemas } from '../schema/union-all.js';
import type { ExampleObject, JsonValue, ResponseObject, SchemaObject } from '../types.js';
import { VALUE_DEPTH } from '../input/depth.js';
import { record } from '../input/record.js';
import { STATUS_TEXTS } from './status-texts.js';

const BY_TEXT = new Map(Object.entries(STATUS_TEXTS).map(([code, text]) => [text.toLowerCase(), code]));

/** A status code as a number: a number as it is, text of three digits (`"201"`, as Postman's library and mock servers read it) as the number it spells. */
const codeNumber = (code: unknown): unknown => (typeof code === 'string' && /^\s*\d{3}\s*$/.test(code) ? Number(code) : code);

/** The status of a saved response: its code if it is one (100-599; text such as `"201"` counts), else the code its status text names (`Not Found`), else `default`; with a note unless the code was valid. */
function statusOf(response: Response): { code: string; note?: string } {
  const code: unknown = response.code;
  const number = codeNumber(code);
  if (typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599) return { code: String(number) };
  const text: unknown = response.status;
  const named = typeof text === 'string' ? BY_TEXT.get(text.trim().toLowerCase()) : undefined;
  const what =
    code === undefined || code === null
      ? 'has no status code'
      : typeof code === 'number' || typeof code === 'string'
        ? `has the status code ${quote(String(code), 20)}, which is not one (100-599)`
        : `has a status code that is ${Array.isArray(code) ? 'an array' : `a JSON ${typeof code}`}, not a number`;
  return named !== undefined
    ? { code: named, note: `saved response ${what}; filed under ${named}, which its status text ${quote(String(text), 40)} names` }
    : { code: 'default', note: `saved response ${what}; filed under default` };
}

/** A body saved as a JSON object or array (not as text), written as JSON text; '' for anything else. */
function jsonText(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  try {
    return JSON.stringify(body) ?? '';
  } catch {
    return '';
  }
}

/** What is reported about one saved response (by its index): a status that is not one (`invalid-status`), or a JSON body that does not parse (`invalid-json`, at its body). */
export interface ResponseNote {
  index: number;
  message: string;
  code?: 'invalid-json';
}

/**
 * Saved example responses -> OpenAPI responses by status code: each example is kept
 * under `examples` (keyed by the camelCased example name, see exampleKey) and JSON bodies give an
 * inferred schema, merged across the examples of one status and media type. A response
 * without a valid status code is filed under the code its status text names, else under
 * `default`, and `notes` gets a line for it (with its index), as does a body its JSON media type
 * says is JSON that does not parse (kept as text), and valid JSON that reading changes (a repeated key, a number a
 * double does not hold: kept as written in `x-postman-raw`); a body that is a number is
 * kept as its text, one saved as a JSON object or array as that JSON.
 */
export function convertExamples(responses: Response[], notes: ResponseNote[] = []): Record<string, ResponseObject> {
  const out = record<ResponseObject>();
  if (responses.length === 0) return out;
  const schemas = new Map<SchemaObject[], { code: string; mediaType: string }>();
  const lists = new Map<string, SchemaObject[]>();
  // Per status code, every `; `-separated part of its description so far (what `description.split('; ')` gives).
  const named = new Map<string, Set<string>>();
  // Per status code and media type, the suffix to try first for each example key: every lower one is taken already.
  const suffixes = new Map<string, Map<string, number>>();
  for (let index = 0; index < responses.length; index++) {
    const response = responses[index] as Response;
    const status = statusOf(response);
    const code = status.code;
    if (status.note) notes.push({ index, message: status.note });
    const name = typeof response.name === 'string' ? response.name : '';
    const entry = (out[code] ??= { description: '' });
    let parts = named.get(code);
    if (!parts) named.set(code, (parts = new Set()));
    if (name && !parts.has(name)) {
      entry.description = entry.description ? `${entry.description}; ${name}` : name;
      for (const part of name.split('; ')) parts.add(part);
    }
    const body: unknown = response.body;
    const scalar = (typeof body === 'number' && Number.isFinite(body)) || typeof body === 'boolean';
    const text = typeof body === 'string' ? body : scalar ? String(body) : jsonText(body);
    if (text.trim() === '') continue;
    const header = String(response.headers.get('Content-Type') ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    const json = header && !header.includes('json') ? undefined : parseJsonText(text);
    const parsed = json?.value;
    const mediaType = json ? header || 'application/json' : header || 'text/plain';
    if (!json && header?.includes('json'))
      notes.push({ index, message: `saved ${quote(header, 60)} body does not parse, even read as Postman sends it; kept as a text example`, code: 'invalid-json' });
    if (json?.tooDeep)
      notes.push({
        index,
        message: `saved response JSON body is nested deeper than ${VALUE_DEPTH} levels; kept as written (\`x-postman-raw\`) under an open schema`,
        code: 'invalid-json',
      });
    if (json?.loss)
      notes.push({
        index,
        message: `saved response JSON body reads otherwise than written (${json.loss}); the example holds it as JSON reads it, \`x-postman-raw\` as written`,
        code: 'invalid-json',
      });
    const content = (entry.content ??= record());
    const schema: SchemaObject = json?.tooDeep ? tooDeepSchema(VALUE_DEPTH) : json ? inferSchema(parsed as JsonValue) : { type: 'string' };
    const media = content[mediaType];
    const key = exampleKey(name) || `example${index + 1}`;
    const example: ExampleObject = name ? { summary: name } : {};
    if (json?.tooDeep) example.description = `JSON nested deeper than ${VALUE_DEPTH} levels: not walked, the schema is left open; \`x-postman-raw\` holds it as written.`;
    else example.value = json ? (parsed as JsonValue) : text;
    if (json && (!json.strict || json.tooDeep)) example['x-postman-raw'] = text;
    const slot = `${code} ${mediaType}`;
    let list = lists.get(slot);
    if (!list) {
      lists.set(slot, (list = []));
      schemas.set(list, { code, mediaType });
    }
    list.push(schema);
    if (!media) {
      const examples = record<ExampleObject>();
      examples[key] = example;
      content[mediaType] = { schema, examples };
    } else {
      const examples = (media.examples ??= record());
      let unique = key;
      if (examples[unique]) {
        let next = suffixes.get(slot);
        if (!next) suffixes.set(slot, (next = new Map()));
        let i = next.get(key) ?? 2;
        while (examples[`${key}${i}`]) i++;
        unique = `${key}${i}`;
        next.set(key, i + 1);
      }
      examples[unique] = example;
    }
  }
  for (const [list, { code, mediaType }] of schemas) {
    const media = out[code]?.content?.[mediaType];
    if (media && list.length > 1) media.schema = unionSchemas(list);
  }
  for (const code in out) {
    const entry = out[code] as ResponseObject;
    if (entry.description === '') entry.description = 'Saved example response';
  }
  return out;
}
