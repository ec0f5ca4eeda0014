// Context for the library sample of @imgur-ts/spec-diff (named in a
// `<!-- prelude: … -->` comment before it): the two OpenAPI documents to
// compare and the repository the changesets go to.
declare const oldSpec: import('@imgur-ts/spec-diff').OpenApiDocument;
declare const newSpec: import('@imgur-ts/spec-diff').OpenApiDocument;
declare const repoRoot: string;
