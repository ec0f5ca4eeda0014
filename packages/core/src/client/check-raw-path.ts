import { ImgurUsageError } from '../errors/usage-errors.js';
import { isDotSegment } from '../util/is-dot-segment.js';

/**
 * What `rawClient` checks before a request is sent, as the generated
 * functions do: every `{name}` of `schemaPath` has a value that is a
 * string or number, not empty, and neither `.` nor `..` (nor an encoding
 * of them, such as `%2E%2E`), and the path itself has no such segment.
 * Throws `ImgurUsageError` naming the route and the parameter.
 */
export function checkRawPath(method: string, schemaPath: string, pathParams: Readonly<Record<string, unknown>> | undefined): void {
  const where = `rawClient ${method} ${schemaPath}`;
  for (const segment of schemaPath.split('/')) {
    if (isDotSegment(segment)) throw new ImgurUsageError(`${where}: the path has a "${segment}" segment (it would change the route).`);
  }
  for (const [, name] of schemaPath.matchAll(/\{([^{}]+)\}/g)) {
    const value = pathParams?.[name!];
    if (value === undefined || value === null || value === '') throw new ImgurUsageError(`${where}: missing required path parameter "${name}".`);
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new ImgurUsageError(`${where}: path parameter "${name}" must be a string or number, not ${Array.isArray(value) ? 'an array' : typeof value}.`);
    if (isDotSegment(String(value))) throw new ImgurUsageError(`${where}: path parameter "${name}" cannot be "${value}" (it would change the route ${schemaPath}).`);
  }
}
