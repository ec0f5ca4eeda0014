import type { ModelShape } from './model-shapes.js';

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** An OpenAPI 3.1 document, read as plain JSON. */
export type OpenApiDocument = { paths?: Record<string, unknown>; components?: Record<string, unknown> } & Record<string, unknown>;

/** Where a corpus body comes from. */
export type TrafficSource =
  | { kind: 'repository'; repository: string; commit: string; path: string }
  | { kind: 'issue' | 'documentation'; url: string }
  | { kind: 'capture'; tool: string; capturedAt: string };

/** One recorded response, as stored in `spec/traffic/**.json` and in NDJSON lines. */
export interface TrafficEntry {
  /** Provenance of the body. */
  source: TrafficSource;
  /** Year of the commit, issue or capture the body was taken from. */
  year: number;
  /** `captured` when the body is as Imgur sent it (perhaps reformatted or cut), `hand-edited` when values were changed. */
  capture: 'captured' | 'hand-edited';
  /** Free-form remarks. */
  notes?: string;
  /** HTTP method, upper case. */
  method: string;
  /** Templated path as in spec/openapi.json (`/3/image/{imageHash}`), a concrete path, or `null` when the route was not recorded. */
  path: string | null;
  /** The path the client actually requested, when it differs from `path`. */
  requestedPath?: string;
  /** HTTP status code. */
  status: number;
  /** Response media type; JSON when absent. */
  contentType?: string;
  /** Which arrays were cut short, if any. */
  truncated?: string;
  /**
   * For a body of a route the spec has no operation for: the component schema (`#/components/schemas/<model>`) the
   * body is checked against instead of an operation; `path` is then the route it came from.
   */
  model?: string;
  /** With `model`: how the body holds the model (default `envelope`); see `MODEL_SHAPES`. */
  shape?: ModelShape;
  /** The response body: parsed JSON, or the text of a non-JSON body. */
  body: JsonValue;
}

/** A recorded exchange to check: the minimum {@link checkExchanges} needs. */
export interface RecordedExchange {
  /** HTTP method. */
  method: string;
  /** Concrete (`/3/image/abc`) or templated (`/3/image/{imageHash}`) path; `null` if unknown. */
  path: string | null;
  /** HTTP status code. */
  status: number;
  /** Parsed JSON body, or the text of a non-JSON body. */
  body: JsonValue;
  /** Response media type; JSON when absent. */
  contentType?: string;
  /** A name for the exchange in reports (defaults to `METHOD path status`). */
  id?: string;
  /** The independent source of the body (see `sourceKey`), for measuring generalisation per source. */
  source?: string;
  /** The year the body was recorded, for telling legacy fields from current ones. */
  year?: number;
  /** Check the body against this component schema instead of an operation (see {@link TrafficEntry.model}). */
  model?: string;
  /** With `model`: how the body holds it (default `envelope`). */
  shape?: ModelShape;
}

/** What kind of problem a finding is. */
export type FindingKind = 'undeclared' | 'missing-required' | 'forbidden-null' | 'schema' | 'unknown-operation' | 'not-json';

/** One problem found in one body. */
export interface Finding {
  /** The kind of problem. */
  kind: FindingKind;
  /** JSON pointer into the body (`/data/images/0`). */
  instancePath: string;
  /** JSON pointer into spec/openapi.json of the schema concerned (`#/components/schemas/Image`). */
  schemaPath: string;
  /** The field concerned, for field-level findings. */
  field?: string;
  /** The offending value, for undeclared fields and forbidden nulls. */
  value?: JsonValue;
  /** A human-readable sentence. */
  message: string;
}

/** The result for one body. */
export interface BodyResult {
  /** The exchange's id (file, file:line, or file#entry). */
  id: string;
  /** `METHOD template status` of the matched operation, or of the exchange when none matched. */
  operation: string;
  /** JSON pointer of the response schema used. */
  schemaPath?: string;
  /** Every finding. */
  findings: Finding[];
  /** True when there are no findings. */
  ok: boolean;
  /** The allowlist reason, when the body failed but is allowlisted. */
  allowlisted?: string;
}

/** The result of a check run. */
export interface CheckReport {
  /** One result per body, in input order. */
  results: BodyResult[];
  /** Totals. */
  summary: {
    bodies: number;
    passed: number;
    failed: number;
    allowlisted: number;
    undeclared: number;
    missingRequired: number;
    forbiddenNull: number;
    schemaErrors: number;
    unknownOperations: number;
    notJson: number;
  };
}
