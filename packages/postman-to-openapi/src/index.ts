export { convert } from './convert.js';
export { ConversionError } from './errors.js';
export { serializeDocument, canonicalDocument } from './schema/canonical.js';
export { reportText } from './output/report.js';
export { formatWarning } from './warnings.js';
export { MODEL_COMPONENTS } from './naming/response-model.js';
export { operationId, operationName } from './naming/operation-id.js';
export { matchLevel } from './naming/similarity.js';
export type { MatchLevel } from './naming/similarity.js';
export { runCli, USAGE } from './cli/run-cli.js';
export type {
  ConversionSummary,
  ConversionWarning,
  ConvertOptions,
  ConvertResult,
  ExampleObject,
  HttpMethod,
  JsonValue,
  MediaTypeObject,
  OAuthFlow,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  PathItemObject,
  PostmanOAuth2,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
  SecurityRequirement,
  SecuritySchemeObject,
  ServerObject,
  WarningCode,
} from './types.js';
