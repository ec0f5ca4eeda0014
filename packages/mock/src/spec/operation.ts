/** The mock's view of one OpenAPI operation (types only; read by `operations.ts`, classified by `classify.ts`). */

/** Who may call an operation: anyone, any registered client, or a signed-in user. */
export type AuthLevel = 'none' | 'client' | 'user';

/** One path or query parameter of an operation. */
export interface ParamSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: unknown;
}

/** The operation's request body: accepted media types and their schema. */
export interface BodySpec {
  readonly required: boolean;
  readonly contentTypes: readonly string[];
  readonly schema: unknown;
}

/** Everything the server needs about one operation of the spec. */
export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** `METHOD /3/album/{}`: the path with parameter names erased (stable across renames). */
  readonly shape: string;
  readonly params: readonly ParamSpec[];
  readonly body: BodySpec | undefined;
  readonly auth: AuthLevel;
  readonly successStatus: number;
  readonly responseSchema: unknown;
  /** `data+success+status` envelope, `data` only, or a bare body (OAuth token). */
  readonly envelope: 'full' | 'data' | 'bare';
  readonly deprecated: boolean;
  readonly credits: number;
}
