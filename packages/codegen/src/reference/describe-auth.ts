/** The auth an operation accepts, in words: `Client-ID`, `user token (OAuth2 Bearer)`, both, or none. */
export function describeAuth(security: readonly ('clientId' | 'bearer')[]): string {
  if (security.length === 0) return 'none';
  const words = { clientId: 'Client-ID', bearer: 'user token (OAuth2 Bearer)' } as const;
  return security.map((s) => words[s]).join(' or ');
}
