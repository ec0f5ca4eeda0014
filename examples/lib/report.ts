/** Where the quickstart's lines go (stdout by default). */
export type Print = (line: string) => void;

/** Shows the first four and last two characters of a secret and its length, never the whole value. */
export function redact(secret: string | undefined): string {
  if (!secret) return '(none)';
  if (secret.length <= 8) return `*** (${secret.length} chars)`;
  return `${secret.slice(0, 4)}…${secret.slice(-2)} (${secret.length} chars)`;
}

/**
 * Runs numbered steps: prints `✓ N. title` and the step's detail lines when it succeeds;
 * on failure prints `✗ N. title: message` and rethrows with the step named.
 */
export function stepper(print: Print): { step: (title: string, run: () => Promise<string[]>) => Promise<void>; count: () => number } {
  let n = 0;
  return {
    count: () => n,
    async step(title, run) {
      n += 1;
      let lines: string[];
      try {
        lines = await run();
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        print(`✗ ${n}. ${title}: ${message}`);
        throw new Error(`step ${n} (${title}) failed: ${message}`, { cause: e });
      }
      print(`✓ ${n}. ${title}`);
      for (const line of lines) print(`     ${line}`);
    },
  };
}

/** Throws when `ok` is false: the quickstart checks what it prints instead of trusting it. */
export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`unexpected result: ${what}`);
}
