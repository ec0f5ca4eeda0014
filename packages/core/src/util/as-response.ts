/** The fetch `Response` of a transport's answer: itself, or the one a lazy answer builds on first use. */
export const asResponse = (r: Response | { toResponse(): Response }): Response => ('toResponse' in r ? r.toResponse() : r);
