/** A JSON value as read from a collection or written to the OpenAPI document. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema (OpenAPI 3.1 dialect) as emitted by the converter. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: JsonValue[];
  default?: JsonValue;
  example?: JsonValue;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  'x-placeholder'?: boolean;
  'x-model-page'?: string;
}

/** An OpenAPI parameter (path, query or header). */
export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: SchemaObject;
  example?: JsonValue;
  'x-aliases'?: string[];
  'x-postman-disabled'?: boolean;
}

/** One media type of a request or response body. */
export interface MediaTypeObject {
  schema: SchemaObject;
  example?: JsonValue;
  examples?: Record<string, ExampleObject>;
}

/**
 * A named example; `x-postman-raw` keeps a body's text as written when it is not strict JSON,
 * and a form's rows as written (as JSON text) when the example reads a `{{variable}}` as its value.
 */
export interface ExampleObject {
  summary?: string;
  description?: string;
  /** The example (absent when the body is JSON nested too deep to walk: then only `x-postman-raw` holds it). */
  value?: JsonValue;
  'x-postman-raw'?: string;
}

/** An OpenAPI request body. */
export interface RequestBodyObject {
  description?: string;
  content: Record<string, MediaTypeObject>;
}

/** An OpenAPI response. */
export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}

/** One security requirement alternative: scheme name -> scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** An OpenAPI security scheme. */
export type SecuritySchemeObject =
  | { type: 'http'; scheme: 'bearer' | 'basic' | 'digest' | 'OAuth' | 'Hawk'; description?: string; 'x-postman-auth'?: string; 'x-postman-oauth2'?: PostmanOAuth2 }
  | { type: 'apiKey'; name: string; in: 'header' | 'query' | 'cookie'; description?: string; 'x-postman-auth'?: string }
  | { type: 'oauth2'; description?: string; flows: Record<string, OAuthFlow> };

/** An OAuth 2 setup the collection gives without the URLs an OpenAPI flow needs. */
export interface PostmanOAuth2 {
  /** The Postman `grant_type`, when the collection shows one. */
  grant?: string;
  /** The token URL the collection requests tokens at, when it gives one. */
  tokenUrl?: string;
  /** The URLs of the flow that the collection does not give. */
  missing: ('authorizationUrl' | 'tokenUrl')[];
}

/** One OAuth 2 flow of an oauth2 security scheme. */
export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

/** An OpenAPI server. */
export interface ServerObject {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description?: string }>;
}

/** An OpenAPI operation, with the converter's traceability extensions. */
export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject>;
  security: SecurityRequirement[];
  servers?: ServerObject[];
  'x-postman-name': string;
  'x-postman-folder': string;
  'x-merged-from'?: string[];
  /** The collection sends this operation's path with a trailing slash (the `paths` key is written without it). */
  'x-postman-trailing-slash'?: boolean;
}

/** HTTP methods OpenAPI path items accept. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** An OpenAPI path item (operations by method). */
export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>;

/** The OpenAPI 3.1 document the converter produces. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  servers: ServerObject[];
  tags: { name: string; description?: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, SchemaObject>;
    securitySchemes: Record<string, SecuritySchemeObject>;
  };
}

/** What a warning is about. */
export type WarningCode =
  | 'skipped'
  | 'merged'
  | 'path-param-renamed'
  | 'param-matched'
  | 'param-added'
  | 'table-conflict'
  | 'unknown-model'
  | 'invalid-json'
  | 'unsupported-auth'
  | 'incomplete-auth'
  | 'invalid-port'
  | 'invalid-host'
  | 'invalid-status'
  | 'trailing-slash'
  | 'deep-schema';

/** A problem the converter worked around; `--strict` turns each into an error. */
export interface ConversionWarning {
  code: WarningCode;
  /** Folder path joined by " / " ("" at the collection root). */
  folder: string;
  /** The Postman request name. */
  request: string;
  /** JSON pointer of the request in the collection, e.g. `/item/3/item/9`. */
  pointer: string;
  message: string;
}

/** Options of {@link convert}. */
export interface ConvertOptions {
  /** Overrides `info.title` (defaults to the collection name). */
  title?: string;
  /** Overrides `info.version` (defaults to the collection version or "1.0.0"). */
  version?: string;
  /** Throw a ConversionError when any warning is produced. */
  strict?: boolean;
  /** Name of the input, used in error messages. */
  source?: string;
}

/** Counts of a conversion. */
export interface ConversionSummary {
  requests: number;
  operations: number;
  merged: number;
  skipped: number;
  warnings: number;
}

/** The result of {@link convert}. */
export interface ConvertResult {
  document: OpenApiDocument;
  warnings: ConversionWarning[];
  summary: ConversionSummary;
}

// The postman-collection 5.3.1 runtime has members that @types/postman-collection 3.5.11 lacks.
declare module 'postman-collection' {
  interface RequestBody {
    options?: { raw?: { language?: string } };
    graphql?: { query?: string; variables?: string };
  }
  interface FormParam {
    type?: string;
    src?: string | string[] | null;
    contentType?: string;
  }
  interface QueryParam {
    description?: Description | string;
  }
}

/** A plain JSON object from the collection file. */
export type JsonObject = { [key: string]: JsonValue };

/** One request found while walking the collection's folders. */
export interface RequestEntry {
  /** The request's item as written in the file. */
  raw: JsonObject;
  name: string;
  /** Folder names from the top folder down. */
  folders: string[];
  pointer: string;
  /** Raw `auth` objects from the collection down to the innermost folder (nearest last). */
  inheritedAuth: JsonObject[];
  /** Folder or collection `auth` values above this request that are not objects (not read), when this is the first request below them. */
  unreadAuth?: UnreadAuth[] | undefined;
}

/** A folder or collection `auth` that is not an object, or whose `type` is not text or not given: where it is (in words, with its pointer) and what it is. */
export interface UnreadAuth {
  where: string;
  kind: string;
  /** Whether it is the auth's `type` that is not text (else the auth is not an object). */
  notText?: boolean;
  /** Whether the auth is an object with no `type` member. */
  noType?: boolean;
}

/** Facts about the whole collection that single requests need. */
export interface CollectionContext {
  /** Collection variable values by name (used only for server defaults and OAuth URLs). */
  variables: Record<string, string>;
  /** The most common literal host (`protocol://host`), if any. */
  commonOrigin: string | undefined;
  /**
   * OAuth 2 as the collection shows it: the URL of its `/oauth2/token` request, the `grant_type`
   * that request sends (`moreGrants`: the other grants later requests to that URL send), and the
   * URL of an `/oauth2/authorize` request when it has one.
   */
  oauth2: { tokenUrl: string; grant?: string; moreGrants?: string[]; authorizationUrl?: string } | undefined;
}

/** A request converted on its own, before merging. */
export interface DraftOperation {
  entry: RequestEntry;
  method: HttpMethod;
  path: string;
  server: ServerObject;
  /** Servers of requests merged into this one that differ from `server`. */
  otherServers?: ServerObject[];
  operation: Omit<OperationObject, 'operationId'>;
  schemes: Record<string, SecuritySchemeObject>;
  schemas: Record<string, SchemaObject>;
}
