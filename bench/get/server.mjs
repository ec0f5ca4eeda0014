// The image server of `pnpm bench:get`, in its own process: node:http with keep-alive, answering
// `GET /3/image/{id}` with one image in Imgur's envelope (about 1.5 KB, the fields Imgur returns) and Imgur's
// rate-limit headers; anything else gets a 404. Prints its port on stdout; exits when its parent goes.
import { createServer } from 'node:http';

const image = (id) => ({
  id,
  title: 'A bench image with a title of some length',
  description: 'What an image description looks like: a sentence or two about the picture, its source and why it was posted.',
  datetime: 1700000000,
  type: 'image/png',
  animated: false,
  width: 1920,
  height: 1080,
  size: 1048576,
  views: 123456,
  bandwidth: 129453391872,
  vote: null,
  favorite: false,
  nsfw: false,
  section: null,
  account_url: 'bench-account',
  account_id: 123456789,
  is_ad: false,
  in_most_viral: false,
  has_sound: false,
  tags: [],
  ad_type: 0,
  ad_url: '',
  edited: '0',
  in_gallery: false,
  deletehash: 'aBcDeFgHiJkLmNo',
  name: 'bench.png',
  link: `https://i.imgur.com/${id}.png`,
  ad_config: {
    safeFlags: ['onsfw_mod_safe', 'share', 'page_load'],
    highRiskFlags: [],
    unsafeFlags: ['sixth_mod_unsafe'],
    wallUnsafeFlags: [],
    showsAds: false,
    showAdLevel: 1,
    safe_flags: ['onsfw_mod_safe', 'share', 'page_load'],
    high_risk_flags: [],
    unsafe_flags: ['sixth_mod_unsafe'],
    wall_unsafe_flags: [],
    show_ads: false,
    show_ad_level: 1,
    nsfw_score: 0,
  },
});
const bodies = new Map();
const bodyOf = (id) => {
  if (!bodies.has(id)) bodies.set(id, JSON.stringify({ data: image(id), success: true, status: 200 }));
  return bodies.get(id);
};
const headers = {
  'content-type': 'application/json',
  'cache-control': 'no-store, max-age=0',
  'access-control-allow-origin': '*',
  'x-ratelimit-userlimit': '2000',
  'x-ratelimit-userremaining': '1999',
  'x-ratelimit-userreset': '1700003600',
  'x-ratelimit-clientlimit': '12500',
  'x-ratelimit-clientremaining': '12499',
};
const server = createServer((req, res) => {
  const m = /^\/3\/image\/([A-Za-z0-9]+)$/.exec(req.url ?? '');
  if (req.method !== 'GET' || !m) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"data":{"error":"not found"},"success":false,"status":404}');
    return;
  }
  const body = bodyOf(m[1]);
  res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('disconnect', () => process.exit(0));
