// A keep-alive page server for bench:paginate, in its own process: GET /3/account/me/images/{page} answers
// page `page` of PAGES pages of ITEMS small image objects in Imgur's envelope with its rate-limit headers
// (an empty page after the last). Prints its port on stdout.
import { createServer } from 'node:http';

const PAGES = Number(process.env.PAGES ?? 1000);
const ITEMS = Number(process.env.ITEMS ?? 10);
const bodies = new Map();
const body = (page) => {
  if (!bodies.has(page)) {
    const data = page < PAGES ? Array.from({ length: ITEMS }, (_, i) => ({ id: `p${page}i${i}`, title: null, width: 2, height: 3, type: 'image/png' })) : [];
    bodies.set(page, JSON.stringify({ data, success: true, status: 200 }));
  }
  return bodies.get(page);
};
const headers = {
  'content-type': 'application/json',
  'x-ratelimit-userlimit': '2000',
  'x-ratelimit-userremaining': '1990',
  'x-ratelimit-userreset': '9999999999',
  'x-ratelimit-clientlimit': '12500',
  'x-ratelimit-clientremaining': '12000',
};
const server = createServer((req, res) => {
  const page = Number(req.url.split('/').pop());
  res.writeHead(200, headers).end(body(page));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('disconnect', () => process.exit(0));
