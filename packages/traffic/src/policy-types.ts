/** What the corpus shows about one field of one model. */
export interface FieldEvidence {
  /** Objects of the model that carry the field. */
  present: number;
  /** Objects of the model that lack it. */
  absent: number;
  /** The latest year a body carrying it was recorded (0 if never). */
  lastYear: number;
  /** Objects where it is `null`. */
  nulls: number;
  /** Objects where it is a string of digits (a number sent as a string). */
  numericStrings: number;
  presentSources: Set<string>;
  absentSources: Set<string>;
  nullSources: Set<string>;
  numericStringSources: Set<string>;
}

/** What the corpus shows about one model. */
export interface ModelEvidence {
  /** Objects of the model seen. */
  objects: number;
  /** Sources those objects came from. */
  sources: Set<string>;
  /** The latest year an object of the model was recorded. */
  lastYear: number;
  /** Source -> the latest year it recorded an object of the model. */
  sourceYears: Map<string, number>;
  /** Field name -> evidence (every declared field and every field seen). */
  fields: Map<string, FieldEvidence>;
}

/** Model name (`#/components/schemas/<name>`) -> evidence. */
export type Evidence = Map<string, ModelEvidence>;

/** A group of field names the policy treats alike ("evidence for one counts for all"). */
export interface FieldClass {
  /** Short name, e.g. `counts`. */
  name: string;
  /** Field names of the class (exact names). */
  fields: string[];
  /**
   * A regular expression over field names: every field it matches is in the class too (e.g. `_id$` for every
   * reference to another object), so that fields declared later join without a policy edit.
   */
  pattern?: string;
  /**
   * A regular expression over field names, for a numeric-string class: the fields of the class it matches (references
   * to another object, `_id$`) accept the empty string too wherever they accept decimal strings (an unset reference).
   */
  emptyPattern?: string;
  /** Why these fields behave alike. */
  reason: string;
}

/** The evidence policy, as written in `spec/traffic/policy.json`. */
export interface EvidencePolicy {
  /**
   * Groups of models that share fields: evidence about a shared field in one counts for all of the group, and every
   * field the first model (the object itself; the others are views of it) declares is declared in each of the group,
   * as is a field one declares and another was seen to carry.
   */
  siblings: string[][];
  /** Model -> the fields that identify the object or tell its kind: the only ones that may be required. */
  identity: Record<string, string[]>;
  /**
   * Model -> fields that tell the members of a union apart (`is_album`): required even where a recorded body lacks
   * them, so that a union narrows; every such body must be allowlisted with its reason.
   */
  discriminators: Record<string, string[]>;
  /** Classes of fields: when one field of a class is seen null in any model, every field of the class must be nullable. */
  nullClasses: FieldClass[];
  /** Classes of fields: when one integer field of a class is seen as a decimal string, every one must accept strings. */
  numericStringClasses: FieldClass[];
  /**
   * A field last recorded before this year, in a model recorded since, is legacy: it must be declared
   * `deprecated: true` (optional, as every non-identity field).
   */
  legacyBefore: number;
  /** Fields sent only in some contexts (to the owner, on one route): recent bodies lacking them does not make them legacy. */
  conditional: string[];
}

/** What the policy expects the spec to say about a field, with the evidence behind it. */
export interface FieldExpectation {
  /** The field may be listed in `required`. */
  mayRequire: boolean;
  /** The schema must allow `null`. */
  nullable: boolean;
  /** The schema must accept a decimal string where it declares an integer. */
  numericString: boolean;
  /** The schema must accept the empty string as well as decimal strings (an unset reference). */
  emptyString: boolean;
  /** Whether any recorded body showed the model (false: the expectation rests on identity and classes alone). */
  recorded: boolean;
  /** Why (for reports): the evidence or class behind `nullable`/`numericString`, or why `mayRequire` is false. */
  because: string[];
}

/** Model -> field -> expectation. */
export type Expectations = Map<string, Map<string, FieldExpectation>>;

/** One disagreement between the spec and the policy. */
export interface PolicyFinding {
  model: string;
  field: string;
  kind:
    | 'required-without-evidence'
    | 'null-not-allowed'
    | 'numeric-string-not-allowed'
    | 'always-null'
    | 'action-answer'
    | 'legacy-not-deprecated'
    | 'deprecated-but-current'
    | 'sibling-undeclared';
  message: string;
}
