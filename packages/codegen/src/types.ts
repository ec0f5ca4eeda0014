/** Loose JSON shapes the generator reads; the OpenAPI document is validated where it is used. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** One action of an OpenAPI Overlay 1.0 document. */
export interface OverlayAction {
  readonly target: string;
  readonly description?: string;
  readonly update?: JsonValue;
  readonly remove?: boolean;
  /** `x-optional: true`: matching nothing is not an error (for cleanups of what a converter may or may not emit). */
  readonly optional?: boolean;
}

/** An OpenAPI Overlay 1.0 document, with the file it came from. */
export interface OverlayDocument {
  readonly file: string;
  readonly overlay: string;
  readonly info: { readonly title: string; readonly version: string };
  readonly actions: readonly OverlayAction[];
}

/** Files one generator stage produces: file name (inside the output folder) -> content. */
export type GeneratedFiles = ReadonlyMap<string, string>;
