import type { Reply } from './respond.js';

/** The parameter that asks for every answer as HTTP 200, the real status left in the body (reference §1.4). */
export const FAKE_STATUS = '_fake_status';

/** Whether a request asked for `_fake_status=200` (in the query, or in a form body for POSTs). */
export function wantsFakeStatus(query: URLSearchParams, bodyValue: string | undefined): boolean {
  return query.get(FAKE_STATUS) === '200' || bodyValue === '200';
}

/** The reply as `_fake_status=200` asks: HTTP 200, the body (an error envelope keeps its real `status`) unchanged. */
export function withFakeStatus(reply: Reply, fake: boolean): Reply {
  return fake ? { ...reply, status: 200 } : reply;
}
