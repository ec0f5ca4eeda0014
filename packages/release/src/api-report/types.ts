/** What users of one published package can see: its declarations and, where it has one, its runtime surface. */
export interface ApiReport {
  /** Package name, e.g. `@imgur-ts/core`. */
  name: string;
  /**
   * Keyed lines of the surface: `export ./node createImgurClient` for an
   * export, `@imgur-ts/client#paths./3/album.get` for a member of a declaration
   * it reaches (also in other `@imgur-ts/*` packages), `route GET /3/album` for
   * a route a server answers. Values are the declarations as printed without
   * comments, so documentation edits change nothing.
   */
  entries: Record<string, string>;
  /** Other reported packages whose declarations this package's declarations reach, sorted. */
  exposes: string[];
}

/** A package to report on: its name and folder (holding `package.json` and the built `dist/`). */
export interface ReportedPackage {
  name: string;
  dir: string;
}
