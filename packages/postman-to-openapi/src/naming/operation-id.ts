import { camelCase, pascalCase, words } from './names.js';
import type { HttpMethod } from '../types.js';

/** Trailing nouns that name the action: "Comment Creation" -> create + Comment. */
const ACTION_NOUNS: Readonly<Record<string, string>> = {
  creation: 'create',
  create: 'create',
  deletion: 'delete',
  delete: 'delete',
  removal: 'remove',
  update: 'update',
  upload: 'upload',
  reporting: 'report',
  voting: 'vote',
  search: 'search',
};

/** Leading words already saying what the request does: "Generate Access Token". */
const VERBS = new Set([
  'add',
  'approve',
  'authorize',
  'block',
  'cancel',
  'capture',
  'change',
  'check',
  'confirm',
  'create',
  'delete',
  'download',
  'edit',
  'enable',
  'disable',
  'favorite',
  'fetch',
  'find',
  'follow',
  'generate',
  'get',
  'list',
  'mark',
  'patch',
  'refund',
  'register',
  'remove',
  'replace',
  'report',
  'reset',
  'revoke',
  'search',
  'send',
  'set',
  'share',
  'submit',
  'unblock',
  'unfollow',
  'update',
  'upload',
  'validate',
  'verify',
  'void',
  'vote',
]);

const METHOD_VERBS: Readonly<Record<HttpMethod, string>> = {
  get: 'get',
  post: 'create',
  put: 'update',
  patch: 'update',
  delete: 'delete',
  head: 'head',
  options: 'options',
  trace: 'trace',
};

/**
 * The `(…)` groups of a name and the name with each group written as a space. A group runs from a `(` to
 * the next `)` (a `(` without a later `)` is plain text). One pass: a pattern such as `/\(([^)]*)\)/g`
 * would scan to the end of the name again from every unclosed `(`, quadratic time.
 */
function parenthesised(name: string): { inner: string[]; outside: string } {
  const inner: string[] = [];
  let outside = '';
  let from = 0;
  for (let open = name.indexOf('('); open >= 0; open = name.indexOf('(', from)) {
    const close = name.indexOf(')', open + 1);
    if (close < 0) break;
    inner.push(name.slice(open + 1, close));
    outside += `${name.slice(from, open)} `;
    from = close + 1;
  }
  return { inner, outside: from === 0 ? name : outside + name.slice(from) };
}

/**
 * The name part of an operationId. Parenthesised auth notes are dropped ("(Authed)",
 * "(Un-Authed / Authed)"), other parenthesised words kept ("(Image)");
 * a trailing action noun becomes the verb; a leading verb is kept; otherwise the
 * HTTP method's verb is prefixed (GET get, POST create, PUT/PATCH update, DELETE delete).
 */
export function operationName(name: string, method: HttpMethod): string {
  const plain = name.replace(/['’]/g, '');
  const { inner, outside } = parenthesised(plain);
  const extra = inner.filter((t) => !/auth/i.test(t));
  const list = words(outside);
  const suffix = pascalCase(extra.join(' '));
  if (list.length === 0) return camelCase(extra.join(' ')) || METHOD_VERBS[method];
  const last = list[list.length - 1]?.toLowerCase() ?? '';
  const noun = ACTION_NOUNS[last];
  if (noun && list.length > 1) return noun + pascalCase(list.slice(0, -1).join(' ')) + suffix;
  if (VERBS.has(list[0]?.toLowerCase() ?? '')) return camelCase(list.join(' ')) + suffix;
  return METHOD_VERBS[method] + pascalCase(list.join(' ')) + suffix;
}

/**
 * `folder.subfolder.name`: each folder camelCased, then {@link operationName}. `folderParts` keeps each folder
 * name's part once made (the requests of a folder share it), when the caller gives one.
 */
export function operationId(folders: string[], name: string, method: HttpMethod, folderParts?: Map<string, string>): string {
  const parts: string[] = [];
  for (const f of folders) {
    let part = folderParts?.get(f);
    if (part === undefined) {
      part = camelCase(f.replace(/['’]/g, '')) || 'folder';
      folderParts?.set(f, part);
    }
    parts.push(part);
  }
  parts.push(operationName(name, method));
  return parts.join('.');
}

/** Makes ids unique in order: a repeated id gets `2`, `3`, ... appended. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Set<string>();
  // Per repeated id, the suffix to try first: every lower one is taken already (ids are only ever added).
  const next = new Map<string, number>();
  const out: string[] = [];
  for (const id of ids) {
    let unique = id;
    if (seen.has(unique)) {
      let i = next.get(id) ?? 2;
      while (seen.has(`${id}${i}`)) i++;
      unique = `${id}${i}`;
      next.set(id, i + 1);
    }
    seen.add(unique);
    out.push(unique);
  }
  return out;
}
