// Results computed on request (a dataset's mapping or complexity), kept per database and key, at most `limit`
// per database (oldest dropped first). A failed computation is not kept.
import type { Database } from '../db/database.ts';

export function resultCache<T>(limit: number) {
  const caches = new WeakMap<Database, Map<string, Promise<T>>>();
  return (db: Database, key: string, compute: () => Promise<T>): Promise<T> => {
    let cache = caches.get(db);
    if (!cache) caches.set(db, (cache = new Map()));
    let entry = cache.get(key);
    if (!entry) {
      const entries = cache;
      entry = compute();
      entries.set(key, entry);
      entry.catch(() => entries.delete(key));
      while (entries.size > limit) entries.delete(entries.keys().next().value as string);
    }
    return entry;
  };
}
