export { convert } from './convert.js';
export { ConversionError } from './errors.js';
export { serializeDocument, canonicalDocument } from './canonical.js';
export { reportText } from './report.js';
export { formatWarning } from './warnings.js';
export { MODEL_COMPONENTS } from './response-model.js';
export { operationId, operationName } from './operation-id.js';
export { matchLevel } from './similarity.js';
export type { MatchLevel } from './similarity.js';
export { runCli, USAGE } from './run-cli.js';
export type {
  ConversionSummary, ConversionWarning, ConvertOptions, ConvertResult, HttpMethod, JsonValue, MediaTypeObject, OAuthFlow,
  OpenApiDocument, OperationObject, ParameterObject, PathItemObject, RequestBodyObject, ResponseObject, SchemaObject,
  SecurityRequirement, SecuritySchemeObject, ServerObject, WarningCode,
} from './types.js';
