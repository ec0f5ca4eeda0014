import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, type MockServer } from '@imgur-ts/mock';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleApp, startAppServer, type AppServer } from '../browser/app-server.mjs';

const CLIENT_ID = 'browser-example-client';
const USER = { username: 'ada-browser', id: 42 };
const STATE_KEY = 'imgur-oauth-state';

let app: AppServer;
let mock: MockServer;
let context: BrowserContext;
let profile = '';

/** Opens the app, clicks "Log in with Imgur" and waits for the mock's consent page. */
async function openConsent(prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(`${app.url}/`);
  await page.getByRole('button', { name: 'Log in with Imgur' }).click();
  await page.waitForURL((u) => u.origin === mock.url && u.pathname === '/oauth2/authorize');
  return page;
}

/** Waits until the app settles on `done` or `error`; returns which. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.phase ?? ''), undefined, { timeout: 20_000 });
  return page.evaluate(() => document.body.dataset.phase ?? '');
}

const text = (page: Page, id: string): Promise<string> => page.locator(`#${id}`).innerText();

describe('browser OAuth flow in headless chromium', () => {
  beforeAll(async () => {
    app = await startAppServer({ bundle: await bundleApp() });
    mock = await startMockServer({
      port: 0,
      seed: {
        clients: [{ client_id: CLIENT_ID, client_secret: 'not-used-by-browsers', redirect_uri: app.callbackUrl, name: 'Browser example' }],
        users: [{ ...USER, access_token: 'seeded-access-token', refresh_token: 'seeded-refresh-token' }],
      },
    });
    app.setConfig({ apiBaseUrl: mock.url, clientId: CLIENT_ID });
    profile = await mkdtemp(join(tmpdir(), 'imgur-ts-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  afterAll(async () => {
    await context?.close();
    await Promise.all([app?.close(), mock?.close()]);
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test('Allow: the page shows the seeded user and uploads a canvas PNG owned by that user', async () => {
    const before = mock.snapshot().images.length;
    const page = await openConsent();
    const sentState = new URL(page.url()).searchParams.get('state');
    expect(sentState).toMatch(/^[0-9a-f]{32}$/);
    await page.locator('#allow').click();
    const phase = await settled(page);
    expect(phase, await page.locator('#error').innerText()).toBe('done');

    expect(new URL(page.url()).pathname).toBe('/callback');
    expect(page.url()).not.toContain('access_token'); // the page cleared the fragment
    expect(await page.evaluate((k) => sessionStorage.getItem(k), STATE_KEY)).toBeNull(); // state is single-use
    expect(await text(page, 'username')).toBe(USER.username);

    const id = await text(page, 'image-id');
    const link = await text(page, 'image-link');
    const sentBytes = Number(await text(page, 'image-bytes'));
    const sentSha = await text(page, 'image-sha256');
    const images = mock.snapshot().images;
    expect(images).toHaveLength(before + 1);
    const stored = images.find((i) => i.id === id);
    expect(stored).toMatchObject({ ownerId: USER.id, type: 'image/png', width: 32, height: 32, size: sentBytes });
    expect(link).toBe(`${mock.url}/i/${id}.png`);

    const served = new Uint8Array(await (await fetch(link)).arrayBuffer());
    expect(served.length).toBe(sentBytes);
    expect(createHash('sha256').update(served).digest('hex')).toBe(sentSha);

    const rendered = await page.locator('#image').evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, src: img.currentSrc }));
    expect(rendered).toEqual({ w: 32, src: link });
    const shot = await page.screenshot({ fullPage: true });
    expect([...shot.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dir = process.env.EXAMPLES_SCREENSHOT_DIR; // set it to keep the picture of the success page
    if (dir) await writeFile(join(dir, 'browser-oauth-success.png'), shot);
    await page.close();
  });

  test('Deny: the page reports access denied and uploads nothing', async () => {
    const before = mock.snapshot().images.length;
    const page = await openConsent();
    await page.locator('#deny').click();
    expect(await settled(page)).toBe('error');
    const error = page.locator('#error');
    expect(await error.getAttribute('data-kind')).toBe('access-denied');
    expect(await error.innerText()).toContain('Access denied');
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(mock.snapshot().images).toHaveLength(before);
    await page.close();
  });

  test('a callback without a stored state (forged link, empty state) starts the login again and uploads nothing', async () => {
    const before = mock.snapshot().images.length;
    const uploads: string[] = [];
    const page = await context.newPage();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/3/upload') uploads.push(r.method());
    });
    await page.goto(`${app.url}/callback#access_token=attacker-token&token_type=bearer&account_username=mallory&state=`);
    await page.waitForURL((u) => u.origin === mock.url && u.pathname === '/oauth2/authorize');
    const state = new URL(page.url()).searchParams.get('state');
    expect(state).toMatch(/^[0-9a-f]{32}$/); // a fresh login, with a fresh state
    expect(uploads).toEqual([]);
    expect(mock.snapshot().images).toHaveLength(before);
    await page.close();
  });

  test('a tampered state in sessionStorage is rejected before any upload', async () => {
    const before = mock.snapshot().images.length;
    const uploads: string[] = [];
    const page = await openConsent(async (p) => {
      // Overwrites the stored state on the callback page, before the app's script runs.
      await p.addInitScript((key) => {
        if (location.pathname === '/callback') sessionStorage.setItem(key, 'tampered-state');
      }, STATE_KEY);
      p.on('request', (r) => {
        if (new URL(r.url()).pathname === '/3/upload') uploads.push(r.method());
      });
    });
    await page.locator('#allow').click();
    expect(await settled(page)).toBe('error');
    const error = page.locator('#error');
    expect(await error.getAttribute('data-kind')).toBe('auth');
    expect(await error.innerText()).toContain('state does not match');
    expect(await page.locator('#username').innerText()).toBe('');
    expect(uploads).toEqual([]);
    expect(mock.snapshot().images).toHaveLength(before);
    await page.close();
  });
});
