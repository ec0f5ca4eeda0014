/** The operation metadata shapes the generator emits; they mirror `OperationMeta` in @imgur-ts/core. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';

/** Input key and wire name of one field. */
export interface FieldSpec {
  readonly key: string;
  readonly wire: string;
}

/** Paging metadata (`x-imgur-paging`, with the parameter names mapped to input keys). */
export type PagingSpec =
  | { readonly style: 'path'; readonly param: string }
  | { readonly style: 'query'; readonly param: string; readonly perPage?: string; readonly maxPerPage?: number }
  | { readonly style: 'cursor'; readonly param: string; readonly next: string; readonly items: string };

/** Everything the generator knows about one operation's runtime metadata. */
export interface MetaSpec {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly security: readonly ('clientId' | 'bearer')[];
  readonly pathParams: readonly FieldSpec[];
  readonly queryParams: readonly FieldSpec[];
  readonly headerParams: readonly FieldSpec[];
  readonly defaults: ReadonlyMap<string, string | number | boolean>;
  readonly body?: { readonly encoding: 'multipart' | 'json' | 'form'; readonly fields: readonly FieldSpec[]; readonly binary: readonly string[] };
  readonly envelope: boolean;
  /** 2xx statuses declared without a body; empty when there are none. */
  readonly empty: readonly number[];
  readonly paging?: PagingSpec;
  readonly deprecated: boolean;
  readonly credits?: number;
  readonly accept?: string;
}
