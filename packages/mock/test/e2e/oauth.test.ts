import * as account from '@imgur-ts/account';
import { ImgurAccessDeniedError, buildAuthorizeUrl, createImgurClient, parseAuthorizationCallback } from '@imgur-ts/core';
import { expect, test } from 'vitest';
import { mock } from './setup.js';

/** Submits the consent page's form whose button has `id` (what a user's click does without JavaScript). */
async function click(pageUrl: string, id: 'allow' | 'deny'): Promise<string> {
  const html = await (await fetch(pageUrl)).text();
  const formHtml = [...html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)].find((m) => m[2]?.includes(`id="${id}"`));
  if (!formHtml?.[1] || formHtml[2] === undefined) throw new Error(`no ${id} form on the page`);
  const fields = new URLSearchParams();
  const unescapeHtml = (s: string): string => s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
  for (const m of formHtml[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.set(m[1] ?? '', unescapeHtml(m[2] ?? ''));
  const option = /<select name="([^"]+)"><option value="([^"]*)"/.exec(formHtml[2]);
  if (option?.[1]) fields.set(option[1], unescapeHtml(option[2] ?? ''));
  const res = await fetch(new URL(formHtml[1], pageUrl), { method: 'POST', body: fields, redirect: 'manual' });
  expect(res.status).toBe(302);
  return res.headers.get('location') ?? '';
}

test('browser OAuth: buildAuthorizeUrl -> consent Allow -> parseAuthorizationCallback -> a working client', async () => {
  const s = await mock();
  const { url, state } = buildAuthorizeUrl({ clientId: 'mock-client-id', baseUrl: s.url });
  const location = await click(url, 'allow');
  expect(location.startsWith('http://127.0.0.1/callback#')).toBe(true);
  const tokens = parseAuthorizationCallback(location, { expectedState: state });
  expect(tokens).toMatchObject({ account_username: 'imgur-mock-user', account_id: 1, token_type: 'bearer' });
  const client = createImgurClient({ baseUrl: s.url, clientId: 'mock-client-id', accessToken: tokens.access_token });
  expect((await account.getSettings(client)).account_url).toBe('imgur-mock-user');
});

test('browser OAuth: Deny is reported as ImgurAccessDeniedError; a forged state is refused', async () => {
  const s = await mock();
  const { url, state } = buildAuthorizeUrl({ clientId: 'mock-client-id', baseUrl: s.url });
  const denied = await click(url, 'deny');
  expect(() => parseAuthorizationCallback(denied, { expectedState: state })).toThrow(ImgurAccessDeniedError);
  const allowed = await click(url, 'allow');
  expect(() => parseAuthorizationCallback(allowed, { expectedState: `${state}x` })).toThrow(/state/i);
});
