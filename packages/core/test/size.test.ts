import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/**
 * Bundles `contents` (resolved from src/) minified for browsers, openapi-fetch
 * included; `@imgur-ts/core` resolves to this package's browser entry (what
 * the `browser` export condition gives a browser app), so a resource
 * package's file can be bundled too. Returns min and min+gz sizes in bytes.
 */
async function measure(contents: string, platform: 'browser' | 'node' = 'browser', plugins: Plugin[] = []): Promise<{ min: number; gz: number; code: string }> {
  const out = await build({
    plugins,
    stdin: { contents, resolveDir: join(pkg, 'src'), sourcefile: 'entry.ts', loader: 'ts' },
    alias: { '@imgur-ts/core': join(pkg, 'src/index.browser.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, code };
}

const imageOps = join(pkg, '../image/src/generated/operations.gen.ts');

// Budgets in bytes of minified + gzipped code. Browser rows bundle the browser
// entry (its fetch transport refuses redirects, which a browser hides; the
// same-origin follower is left out). The upload bundles carry what uploads at
// scale need (issue #14: upload progress over XMLHttpRequest, 413 B; streamed
// bodies and the stream readers, limits counted as sent, the path check):
// measured 9,191 B after that work, against an 8 KB budget that the bundle
// already filled to 6 B. Their budget is 9.25 KB; 8 KB, and then 6 KB, remain
// the aim. Apps that upload nothing bundle no file reading at all (operations
// with file fields are made with defineUploadOperation), so the resource
// package row keeps its 8 KB. openapi-fetch comes in only with `rawClient`
// (and so with "everything"); the resource functions do not need it.
// Redaction of whatever an error carries (deep, cycle-safe copies of cause
// chains; percent, base64 and base64url forms of each secret), the base URL
// check and the bounded callback parser added about 1.6 KB to every row that
// creates errors (OAuth helpers: 1,473 B before, 3,099 B after; upload app:
// 9,191 B before, 10,805 B after, with the shared-store work of the same time);
// each budget below was that measurement plus about 300 B. Secrets never
// reaching an error outranks those bytes. Structured log events (levels,
// IMGUR_LOG, one event per retry, refresh, budget refusal, cache hit, refused
// redirect, deprecation and store failure) and the hook calls then added about
// 770 B to every app (upload app 10,805 -> 11,571 B; hooks alone about 120 B, see
// the hooks test below); budgets again measurement plus about 200 B. Writing a
// Buffer upload as its parts instead of copying it (see bench:upload-buffer)
// then took the upload app to 12,029 B: budgets rose by a quarter KB again.
// Reading broken responses within bounds (error-body limits, the empty-body
// check, the node:http decoder handling) and the guard around onProgress then
// added about 270 B (upload app 11,840 B, Node entry 13,976 B): the upload
// budget and the Node ceiling grew by 256 B. A cheaper GET (the nine rate-limit
// headers read in one pass, messages and redaction lists built only for an
// error; see BENCHMARKS.md "One GET") then added about 120 B to the browser rows
// (resource package 10,682 -> 10,802 B) and 200 B to the Node entry (15,272 ->
// 15,474 B): the resource package, rawClient, "everything" and the Node ceiling grew by 256 B.
// Checking each call's options before sending (a `signal` that is not an AbortSignal crashed the
// process from a timer; a `Host` in options.headers reached the wire; numbers given as strings were
// used as they were) and retries that read repeated rate-limit headers as their lowest value then
// added about 350 B (upload app 12,356 -> 12,704 B, Node entry 15,499 -> 15,838 B): the upload
// budget, the resource package, "everything" and the Node ceiling grew by 512 B. Redacting credentials a
// server echoes in the headers of a result's or an error's `response` added about 180 B more (upload app
// 12,884 B, rawClient 11,992 B): rawClient's budget grew by 512 B in all. Bodies gathered into one growing
// buffer (a body sent in one-byte chunks took +430 MB on node:http at a 1 MiB limit; now +12 MB), decoded once by
// one shared decoder, and header names and URLs
// redacted in a result's response, then secrets matched in any letter case and with any of their characters
// percent-encoded, added about 360 B (upload app 12,912 -> 13,271 B, Node entry 16,051 -> 16,388 B): the upload budget, the resource package,
// "everything" and the Node ceiling grew by 256 B.
const UPLOAD_BUDGET = 13 * KB;
const budgets = [
  { name: 'createImgurClient + upload', entry: "export { createImgurClient, upload } from './index.browser.ts';", budget: UPLOAD_BUDGET },
  {
    name: 'createImgurClient + uploadImage of @imgur-ts/image',
    entry: `export { createImgurClient } from './index.browser.ts'; export { uploadImage } from ${JSON.stringify(imageOps)};`,
    budget: UPLOAD_BUDGET,
  },
  {
    name: 'createImgurClient + defineOperation (what a resource package needs)',
    entry: "export { createImgurClient, defineOperation, definePageableOperation } from './index.browser.ts';",
    budget: 11.5 * KB,
  },
  // 11.25 KB until the lighter GET path (a result class whose response getter builds the Response on first read,
  // no deprecation-check allocation, no log message built for nobody) took it from 11,505 B to 11,563 B.
  { name: 'createImgurClient + rawClient (with openapi-fetch)', entry: "export { createImgurClient, rawClient } from './index.browser.ts';", budget: 12.25 * KB },
  { name: 'OAuth helpers only', entry: "export { buildAuthorizeUrl, parseAuthorizationCallback } from './index.browser.ts';", budget: 3.25 * KB },
  // Users pay for app bundles, not for the whole package: the former 8 KB target for it is retired, and this is a regression ceiling only.
  { name: 'everything', entry: "export * from './index.browser.ts';", budget: 19.75 * KB },
];

describe('bundle size (esbuild, minified, gzip -9)', () => {
  for (const { name, entry, budget } of budgets) {
    it(`${name} <= ${budget} B`, async () => {
      const { min, gz } = await measure(entry);
      console.log(`size: ${name}: ${min} B min, ${gz} B min+gz (budget ${budget})`);
      expect(gz).toBeLessThanOrEqual(budget);
    });
  }

  it('tree-shakes: the upload bundle has no OAuth, paging or openapi-fetch code, the OAuth bundle no openapi-fetch', async () => {
    const withRaw = await measure("export { createImgurClient, rawClient } from './index.ts';");
    expect(withRaw.code).toContain('onRequest'); // the openapi-fetch marker is real
    const uploadOnly = await measure("export { createImgurClient, upload } from './index.browser.ts';");
    expect(uploadOnly.code).not.toContain('onRequest');
    expect(uploadOnly.code).not.toContain('oauth2/authorize');
    expect(uploadOnly.code).not.toContain('access_denied');
    expect(uploadOnly.code).not.toContain('is not pageable');
    // File reading (type sniffing, limits, the path check, stream readers) comes only with an upload operation.
    const resource = await measure("export { createImgurClient, defineOperation, definePageableOperation } from './index.browser.ts';");
    for (const marker of ['looks like a file path', 'ftyp', 'the upload limit', 'XMLHttpRequest']) expect(uploadOnly.code).toContain(marker);
    for (const marker of ['looks like a file path', 'ftyp', 'the upload limit']) expect(resource.code).not.toContain(marker);
    const oauth = await measure("export { buildAuthorizeUrl } from './index.ts';");
    expect(oauth.code).not.toContain('onRequest');
    expect(oauth.code).toContain('oauth2/authorize');
  });

  it('the browser build leaves out the redirect follower, which the main entry keeps', async () => {
    const browser = await measure("export { createImgurClient, upload } from './index.browser.ts';");
    expect(browser.code).toContain('the browser build follows none');
    expect(browser.code).not.toContain('redirects');
    const main = await measure("export { createImgurClient, upload } from './index.ts';");
    expect(main.code).toContain('redirects');
  });

  it('the runtime path imports no node: modules', async () => {
    for (const entry of ['index.ts', 'index.browser.ts']) {
      const { code } = await measure(`export * from './${entry}';`);
      expect(code).not.toMatch(/["']node:/);
    }
  });

  // The Node entry's budget is 9 KB; it measured 9.35 KB before uploads at scale and
  // 11.2 KB after them (the streamed body writer with progress, the stream reader with
  // a file stream's size, the XMLHttpRequest path is not in it), so this ceiling guards
  // against regressions until the 9 KB are met (see README, "Size"); the redaction
  // and configuration checks above took it to 12.5 KB (12,806 B), broken-response
  // handling, log events and hooks to 13.6 KB, and Buffer uploads written as their
  // parts (no copy of the file: +41 MB -> +1 MB for a 20 MB Buffer) to 13.9 KB (14,259 B), and the lighter
  // GET path of the node:http transport (no Response or AbortController per call, the origin parsed once;
  // see bench:get) to 14.7 KB (15,004 B; 15,107 B with the held-body writes of the same days), and bodies
  // gathered into one buffer (see the upload budget above) to 15.92 KB (16,306 B), and secrets redacted in any
  // letter case and with any of their characters percent-encoded to 16.0 KB (16,388 B).
  const NODE_CEILING = 16.25 * KB;
  it(`the Node entry (node:http transport) + upload, built for Node, <= ${NODE_CEILING} B`, async () => {
    const { min, gz, code } = await measure("export { createImgurClient, upload } from './index.node.ts';", 'node');
    console.log(`size: Node entry createImgurClient + upload (platform node): ${min} B min, ${gz} B min+gz (ceiling ${NODE_CEILING}, budget ${9 * KB})`);
    expect(code).toContain('node:http');
    expect(gz).toBeLessThanOrEqual(NODE_CEILING);
  });

  // What an app without hooks pays for them: the upload app as built, against the same app
  // built from sources with the pipeline's hook calls taken out (each edit must apply).
  const HOOKS_BUDGET = 150;
  it(`apps without hooks pay at most ${HOOKS_BUDGET} B for them`, async () => {
    const edits: Record<string, [string, string][]> = {
      'client/create-client.ts': [
        [
          "  if (options.hooks !== undefined && typeof (options.hooks as { run?: unknown } | null)?.run !== 'function')\n    throw new ImgurUsageError('createImgurClient: hooks must come from createHooks(...hooks).');\n",
          '',
        ],
      ],
      'http/send.ts': [
        [
          'return s?.hooks\n    ? s.hooks.run(meta, input, { baseUrl: s.baseUrl, secrets: () => secretsOf(s) }, (trace) => sendOnce(client, meta, input, options, normalize, trace))\n    : sendOnce(client, meta, input, options, normalize);',
          'return sendOnce(client, meta, input, options, normalize);',
        ],
      ],
      'http/exchange.ts': [
        ['const target = trace ? await trace.attempt(h, url, secretsOf(state)) : url;', 'const target = url;'],
        ["trace?.event(makeEvent(state, 'info', 'refresh', meta, `${describeOperation(meta)}: access token refreshed`));", ''],
        ["trace?.event(makeEvent(state, 'error', 'refresh-failed', meta, `${describeOperation(meta)}: ${(error as Error)?.message}`, { error: 'ImgurRefreshError' }));", ''],
      ],
      'state/log.ts': [
        ['if (!trace && !(logger && RANK[level] >= state.logRank)) return;', 'if (!(logger && RANK[level] >= state.logRank)) return;'],
        ['trace?.event(e);', ''],
      ],
    };
    const withoutHooks: Plugin = {
      name: 'without-hooks',
      setup(b) {
        b.onLoad({ filter: /src\/(http\/send|http\/exchange|state\/log|client\/create-client)\.ts$/ }, (args) => {
          let text = readFileSync(args.path, 'utf8');
          for (const [from, to] of edits[args.path.split('/src/')[1]!]!) {
            if (!text.includes(from)) throw new Error(`${args.path}: no longer holds ${from}`);
            text = text.replace(from, to);
          }
          return { contents: text, loader: 'ts' };
        });
      },
    };
    const entry = "export { createImgurClient, upload } from './index.browser.ts';";
    const [app, bare] = await Promise.all([measure(entry), measure(entry, 'browser', [withoutHooks])]);
    console.log(`size: hooks in an app without hooks: ${app.gz - bare.gz} B min+gz (${app.min - bare.min} B min)`);
    expect(app.code).not.toContain('hook #');
    expect(app.code).toContain('.hooks.run(');
    expect(bare.code).not.toContain('.hooks.run(');
    expect(app.gz - bare.gz).toBeLessThanOrEqual(HOOKS_BUDGET);
  });
});
