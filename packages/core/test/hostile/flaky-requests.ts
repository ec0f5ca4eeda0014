// The request side of the flaky server: reads HTTP/1.1 requests off a raw
// socket (headers, then a body framed by Content-Length or chunked) and calls
// `answer` with each request's path once the request is whole.
import type { Socket } from 'node:net';

const END_OF_HEAD = '\r\n\r\n';
const LAST_CHUNK = '0\r\n\r\n';

/** Calls `answer(path)` for each whole request that arrives on `socket`. */
export function serveRequests(socket: Socket, answer: (path: string) => void): void {
  let pending = '';
  socket.setEncoding('latin1');
  socket.on('data', (data: string) => {
    pending += data;
    for (;;) {
      const headEnd = pending.indexOf(END_OF_HEAD);
      if (headEnd < 0) return;
      const head = pending.slice(0, headEnd);
      const path = head.split(' ')[1] ?? '/';
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      const bodyStart = headEnd + END_OF_HEAD.length;
      let end: number;
      if (length) end = bodyStart + Number(length[1]);
      else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
        const last = pending.startsWith(LAST_CHUNK, bodyStart) ? bodyStart : pending.indexOf(`\r\n${LAST_CHUNK}`, bodyStart);
        if (last < 0) return;
        end = last + (last === bodyStart ? 0 : 2) + LAST_CHUNK.length;
      } else end = bodyStart;
      if (pending.length < end) return;
      pending = pending.slice(end);
      answer(path);
    }
  });
}
