/** Bad input to the checker: unreadable file, malformed JSON or entry. The message names the file and position. */
export class TrafficInputError extends Error {
  /** Creates the error; `where` is `file`, `file:line:column` or `file#/pointer`. */
  constructor(
    readonly where: string,
    detail: string,
  ) {
    super(`${where}: ${detail}`);
    this.name = 'TrafficInputError';
  }
}
