import type { MediaTypeObject } from '../types.js';

/** A converted request body: one media type, its schema and its top-level field names. */
export interface ConvertedBody {
  mediaType: string;
  media: MediaTypeObject;
  /** Whether the fields came from form rows (so table rows may add more). */
  form: boolean;
  invalidJson?: boolean;
  /** Whether a JSON body needed Postman's leniency (comments, trailing commas, bare variables). */
  lenient?: boolean;
  /**
   * For a JSON body (raw, or GraphQL variables text) that reading as JSON changed (a repeated key, a number a double
   * does not hold), its text kept in `x-postman-raw`: the warning, and where below the body (`''`, `/graphql`).
   */
  jsonLoss?: { at: string; message: string };
  /** Whether a JSON body is valid but nested deeper than VALUE_DEPTH (kept as written, schema left open). */
  tooDeep?: boolean;
  /** For a form body: the values of its enabled text rows, as sent (the body's example when requests are merged). */
  formValues?: Record<string, string | string[]>;
  /** For a form body: the keys of its enabled file rows, each with the files they send (`src` as written, `''` for none). */
  formFiles?: Record<string, string[]>;
  /** For a GraphQL body: what of it was kept as written though GraphQL takes another type (a query that is not text, number variables). */
  graphqlKeptAsWritten?: string[];
  /** For a raw body given as JSON (an object, an array, a number, a boolean) instead of text: what it is, in words (kept as that JSON). */
  rawNotText?: string;
  /** Whether Postman sends nothing of it: a form whose rows are all disabled or keyless, a GraphQL body with a blank query and no variables. */
  sendsNothing?: boolean;
}
