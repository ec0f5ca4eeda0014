/**
 * Types of the spec diff: what changed between two OpenAPI documents, how it
 * is classified, and the changesets planned from it.
 */

/** A parsed OpenAPI 3.x document (only the parts the diff reads are typed). */
export type OpenApiDocument = Record<string, unknown>;

/** A JSON object as read from an OpenAPI document. */
export type JsonObject = Record<string, unknown>;

/** Semver bump a change requires. */
export type Bump = 'major' | 'minor' | 'patch';

/** User-facing class of a change: breaking → major, feature → minor, fix → patch. */
export type Severity = 'breaking' | 'feature' | 'fix';

/**
 * Which side of the API a change is on. Inputs (parameters, request bodies)
 * and outputs (responses) break in opposite directions; `both` is a model
 * used on either side (classified as the worse of the two).
 */
export type Direction = 'request' | 'response' | 'both';

/** Every kind of change the diff reports. */
export type ChangeKind =
  | 'operation.added'
  | 'operation.removed'
  | 'operation.moved'
  | 'operation.deprecated'
  | 'parameter.added.optional'
  | 'parameter.added.required'
  | 'parameter.removed'
  | 'parameter.made-required'
  | 'parameter.made-optional'
  | 'parameter.type-changed'
  | 'request-body.added.optional'
  | 'request-body.added.required'
  | 'request-body.removed'
  | 'request-body.made-required'
  | 'request-body.made-optional'
  | 'response.added'
  | 'response.removed'
  | 'field.added.optional'
  | 'field.added.required'
  | 'field.removed'
  | 'field.type-changed'
  | 'field.made-required'
  | 'field.made-optional'
  | 'enum.value-added'
  | 'enum.value-removed'
  | 'model.added'
  | 'model.removed'
  | 'security.alternative-added'
  | 'security.alternative-removed'
  | 'security.scheme-changed'
  | 'description.changed';

/** A change as found by the diff, before classification. */
export interface RawChange {
  readonly kind: ChangeKind;
  /** Side of the API; decides the class for kinds whose rule depends on it. */
  readonly direction: Direction;
  /** Short scope of the sentence: a tag package name (`album`) or `models` / `client`. */
  readonly scope: string;
  /** npm packages the change is attributed to, sorted. */
  readonly packages: readonly string[];
  /** Operation id (`album.getAlbum`) when the change is inside one operation. */
  readonly operationId?: string;
  /** Component schema name when the change is inside a model. */
  readonly model?: string;
  /** Where exactly, e.g. `query parameter page` or `response 200 data.link`. */
  readonly location: string;
  /** Value before (type label, enum value, security alternative…), when the kind has one. */
  readonly before?: string;
  /** Value after, when the kind has one. */
  readonly after?: string;
}

/** A change with its class and bump (see `RULES`). */
export interface Change extends RawChange {
  readonly severity: Severity;
  readonly bump: Bump;
  /** One user-facing sentence, scoped: `album: removed operation album.getAlbumImages (breaking)`. */
  readonly message: string;
}

/** One row of the classification table. */
export interface Rule {
  readonly kind: ChangeKind;
  /** Bump for a change on the request side (inputs). */
  readonly request: Bump;
  /** Bump for a change on the response side (outputs). */
  readonly response: Bump;
  /** Why, in one line; printed in the README table. */
  readonly why: string;
}

/** Options of `diffSpecs`. */
export interface DiffOptions {
  /** Maps an operation tag to its npm package; default `@imgur-ts/<tag lowercased>`. */
  readonly packageForTag?: (tag: string) => string;
  /** Package holding the component schemas; default `@imgur-ts/models`. */
  readonly modelsPackage?: string;
  /** Package holding the `paths` types and the client; default `@imgur-ts/client`. */
  readonly clientPackage?: string;
}

/** The changes of one package and the bump they add up to. */
export interface PackageReport {
  readonly name: string;
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

/** Whole diff result, as printed by `--json`. */
export interface DiffReport {
  /** Highest bump over all changes, or `none` when nothing changed. */
  readonly bump: Bump | 'none';
  readonly packages: readonly PackageReport[];
  readonly changes: readonly Change[];
}

/** One changeset to write: a summary sentence and the packages it bumps. */
export interface PlannedChangeset {
  readonly summary: string;
  readonly releases: readonly { readonly name: string; readonly type: Bump }[];
}

/**
 * What users of one package can see, as keyed entries (an API report of its
 * published declarations and runtime routes): the same key with other text is
 * a changed entry. `exposes` names the other packages whose declarations its
 * own declarations reach.
 */
export interface SurfaceReport {
  readonly name: string;
  readonly entries: Readonly<Record<string, string>>;
  readonly exposes: readonly string[];
}

/** How one package's surface changed between two reports. */
export interface SurfaceDiff {
  readonly name: string;
  /** `major` for a removed or changed entry, `minor` for only added ones, `none` when equal. */
  readonly bump: Bump | 'none';
  /** Keys gone or changed (the topmost of each removed subtree), then keys added, sorted. */
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly added: readonly string[];
}

/** Surfaces before and after a regeneration, and the versions the packages are at. */
export interface SurfaceInput {
  readonly before: readonly SurfaceReport[];
  readonly after: readonly SurfaceReport[];
  /** Package name → current version (before this release). */
  readonly versions: ReadonlyMap<string, string>;
}
