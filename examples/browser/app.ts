/**
 * Browser example: sign in with Imgur's implicit OAuth flow, then upload a PNG drawn on a canvas.
 * `/` shows the login button; the client's redirect URI is `/callback` on the same origin.
 * `/config.json` (served next to the page) names the API base URL and the client id.
 */
import { buildAuthorizeUrl, createImgurClient, ImgurAccessDeniedError, ImgurApiError, ImgurAuthError, ImgurNetworkError, parseAuthorizationCallback } from '@imgur-ts/core';
import { uploadImage } from '@imgur-ts/image';

interface Config {
  readonly apiBaseUrl: string;
  readonly clientId: string;
}

const STATE_KEY = 'imgur-oauth-state';

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

function setPhase(phase: 'login' | 'uploading' | 'done' | 'error', status: string): void {
  document.body.dataset.phase = phase;
  el('status').textContent = status;
}

/** Names the failure by its error class, so the page says what went wrong. */
function showError(e: unknown): void {
  const [kind, text] =
    e instanceof ImgurAccessDeniedError
      ? ['access-denied', `Access denied: you declined the authorization. ${e.message}`]
      : e instanceof ImgurAuthError
        ? ['auth', `Sign-in failed: ${e.message}`]
        : e instanceof ImgurApiError
          ? ['api', `The API answered ${e.status}: ${e.message}`]
          : e instanceof ImgurNetworkError
            ? ['network', `No answer from the API (offline, or it does not allow this origin): ${e.message}`]
            : ['unexpected', `Unexpected error: ${e instanceof Error ? e.message : String(e)}`];
  const box = el('error');
  box.dataset.kind = kind;
  box.textContent = text;
  box.hidden = false;
  setPhase('error', 'Something went wrong.');
}

/** A 32×32 PNG drawn on a canvas: four coloured quadrants. */
function drawPng(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 32;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  const colours = ['#1bb76e', '#2c7be5', '#f5a623', '#d0021b'];
  colours.forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect((i % 2) * 16, Math.floor(i / 2) * 16, 16, 16);
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sends the user to Imgur's consent page with a fresh state, remembered for the callback. */
function startLogin(config: Config): void {
  const { url, state } = buildAuthorizeUrl({ clientId: config.clientId, baseUrl: config.apiBaseUrl });
  sessionStorage.setItem(STATE_KEY, state);
  location.assign(url);
}

function showLogin(config: Config): void {
  const button = el<HTMLButtonElement>('login');
  button.hidden = false;
  button.addEventListener('click', () => startLogin(config));
  setPhase('login', 'Not signed in.');
}

async function completeLogin(config: Config): Promise<void> {
  const expectedState = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY); // a state is good for one callback only
  const callback = location.href;
  history.replaceState(null, '', location.pathname); // keep the token out of the address bar and history
  if (!expectedState) {
    // No login started in this tab (a forged or reopened link): nothing to compare the state with, so
    // never accept the callback's token; start the login again instead.
    setPhase('login', 'No sign-in in progress in this tab; starting it again…');
    startLogin(config);
    return;
  }
  const tokens = parseAuthorizationCallback(callback, { expectedState });
  el('username').textContent = tokens.account_username ?? '(unknown)';
  el('result').hidden = false;
  setPhase('uploading', 'Signed in; uploading an image…');
  const imgur = createImgurClient({ clientId: config.clientId, accessToken: tokens.access_token, baseUrl: config.apiBaseUrl });
  const png = await drawPng();
  const bytes = await png.arrayBuffer();
  const image = await uploadImage(imgur, { image: png, title: 'Drawn in the browser' });
  el('image-id').textContent = image.id;
  const link = el<HTMLAnchorElement>('image-link');
  link.href = link.textContent = image.link;
  el('image-bytes').textContent = String(bytes.byteLength);
  el('image-sha256').textContent = await sha256Hex(bytes);
  const img = el<HTMLImageElement>('image');
  img.src = image.link;
  await img.decode();
  setPhase('done', 'Signed in and uploaded.');
}

async function main(): Promise<void> {
  const config = (await (await fetch('/config.json')).json()) as Config;
  if (location.pathname === '/callback') await completeLogin(config);
  else showLogin(config);
}

main().catch(showError);
