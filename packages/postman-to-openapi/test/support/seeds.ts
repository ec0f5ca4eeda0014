import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../../src/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The shared real-world corpus (`shared/corpus/postman` beside the repository or one of its parents), if present. */
export function corpusDir(): string | undefined {
  for (let dir = repoRoot; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpus', 'postman');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Seed collections for fuzzing: the pinned Imgur collection, then every corpus collection found. */
export function seedCollections(): { name: string; collection: JsonObject }[] {
  const files = [join(repoRoot, 'spec', 'imgur.postman_collection.json')];
  const corpus = corpusDir();
  if (corpus)
    files.push(
      ...readdirSync(corpus)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(corpus, f)),
    );
  return files.map((file) => ({ name: file.slice(file.lastIndexOf('/') + 1), collection: JSON.parse(readFileSync(file, 'utf8')) as JsonObject }));
}
