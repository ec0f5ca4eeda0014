import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The built CLI (turbo builds before testing).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const spec = fileURLToPath(new URL('./fixtures/openapi.fixture.json', import.meta.url));

test('imgur-mock listens on 127.0.0.1, prints its URL, answers, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [cli, '--port', '0', '--spec', spec], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const r = await fetch(`${url}/3/credits`, { headers: { authorization: 'Client-ID mock-client-id' } });
  expect((await r.json()).data.ClientLimit).toBe(12500);
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  expect(code).toBe(0);
});

test('bad arguments exit 2 with the usage; an unreadable spec exits 1 naming it', async () => {
  const run = async (args: string[]): Promise<[number, string]> => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const [code] = await once(child, 'exit');
    return [code as number, err];
  };
  const [c1, e1] = await run(['--port', 'x']);
  expect(c1).toBe(2);
  expect(e1).toMatch(/--port must be an integer[\s\S]*usage: imgur-mock/);
  const [c2, e2] = await run(['--spec', '/nonexistent/openapi.json']);
  expect(c2).toBe(1);
  expect(e2).toMatch(/Cannot read the OpenAPI file \/nonexistent\/openapi.json/);
});
