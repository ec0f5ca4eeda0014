// The upload server of `pnpm bench:upload`, in its own process (forked by run.mjs) so that its memory and
// CPU are not counted in a client's. Listens on 127.0.0.1 (a free port) and sends { url } once listening.
// `POST /3/upload` (multipart/form-data): the body is drained as it arrives (counted, never kept), checked
// against its Content-Length when it has one, and answered with an Imgur envelope. Every request, complete or
// aborted, is reported to the parent as { request: { method, url, bytes, contentLength, chunked, complete, ok } }.
// Any other request gets a 404 envelope. Ends on { exit: true } or when the parent goes away.
import { createServer } from 'node:http';

const MP4 = 'video/mp4';
const server = createServer((req, res) => {
  const contentLength = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  const chunked = /\bchunked\b/i.test(req.headers['transfer-encoding'] ?? '');
  let bytes = 0;
  let complete = false;
  req.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const report = (ok) => process.send?.({ request: { method: req.method, url: req.url, bytes, contentLength, chunked, complete, ok } });
  req.on('end', () => {
    complete = true;
    const multipart = /^multipart\/form-data; *boundary=/i.test(req.headers['content-type'] ?? '');
    const lengthOk = contentLength === undefined || contentLength === bytes;
    const ok = req.method === 'POST' && req.url === '/3/upload' && multipart && lengthOk;
    report(ok);
    const status = ok ? 200 : req.url === '/3/upload' ? 400 : 404;
    const why = !lengthOk ? `Content-Length ${contentLength} but ${bytes} bytes received` : !multipart ? 'not multipart/form-data' : 'not found';
    const data = ok
      ? {
          id: 'bEnChUp',
          title: null,
          description: null,
          datetime: Math.floor(Date.now() / 1000),
          type: MP4,
          animated: true,
          width: 0,
          height: 0,
          size: bytes,
          views: 0,
          bandwidth: 0,
          deletehash: 'bEnChDeLeTeHaSh',
          name: '',
          link: 'https://i.imgur.com/bEnChUp.mp4',
        }
      : { error: why, request: req.url, method: req.method };
    const body = JSON.stringify({ data, success: ok, status });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  req.on('close', () => complete || report(false));
});
server.keepAliveTimeout = 1000;
server.listen(0, '127.0.0.1', () => process.send({ url: `http://127.0.0.1:${server.address().port}` }));
process.on('message', (m) => {
  if (m?.exit) server.close(() => process.exit(0)).closeAllConnections();
});
process.on('disconnect', () => process.exit(0));
