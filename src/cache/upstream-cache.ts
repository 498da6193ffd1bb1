import { toSearch, type GraphApiClient } from "../graph-api/client.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import { idsShownBy } from "../graph-api/number-index.js";
import type { GraphReader, NodeResults } from "../graph-api/reader.js";

/**
 * Meta's answers to reads, kept briefly and shared by every caller whose reads go with the same upstream
 * token. It sits below the access checks: a caller reaches an entry only for an object it was already allowed
 * to read. Entries are dropped by object id when a webhook or a mutation says the object changed; errors are
 * never kept.
 */
export class UpstreamCache {
  private readonly entries = new Map<string, { value: unknown; expires: number; subjects: readonly string[] }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps an answer; `subjects` are the ids whose change makes it stale (the object, and the numbers on a page). */
  set(key: string, value: unknown, subjects: readonly string[]): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs, subjects });
    // Oldest first: a Map keeps insertion order.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every answer that shows one of these objects. */
  invalidate(ids: Iterable<string>): void {
    const gone = new Set(ids);
    if (gone.size === 0) return;
    for (const [key, entry] of this.entries) if (entry.subjects.some((s) => gone.has(s))) this.entries.delete(key);
  }
}

/** Whether this request's reads may use the cache: only a query's, never a mutation's or a subscription's. */
export interface CachePolicy {
  enabled: boolean;
  /** Reads answered from the cache, and reads sent on to Meta, while enabled (for the operation log). */
  hits: number;
  misses: number;
}

/** A request's policy before its operation is known: no cache. */
export const noCache = (): CachePolicy => ({ enabled: false, hits: 0, misses: 0 });

/** A number per upstream client (per token), so that cache keys never hold a token. */
const tokenScopes = new WeakMap<GraphApiClient, number>();
let nextScope = 0;
function scopeOf(client: GraphApiClient): number {
  let scope = tokenScopes.get(client);
  if (scope === undefined) tokenScopes.set(client, (scope = ++nextScope));
  return scope;
}

/**
 * Serves repeated reads from Meta's recent answers, keyed by upstream token, object (or edge path and query)
 * and Graph fields. Access checks ran before any read reaches a loader, so the cache never widens what a caller
 * sees; it only saves the call.
 */
export function withCache(inner: GraphReader, cache: UpstreamCache, directory: NumberDirectory, policy: CachePolicy): GraphReader {
  if (!cache.enabled) return inner;
  return {
    async nodes(ids, fields) {
      if (!policy.enabled) return inner.nodes(ids, fields);
      if (directory.scoped) await directory.ready();
      const wanted = fields.join(",");
      const keyOf = (id: string) => `n|${scopeOf(directory.clientFor(id))}|${id}|${wanted}`;
      const results: NodeResults = new Map();
      const missing: string[] = [];
      for (const id of ids) {
        const hit = cache.get(keyOf(id));
        if (hit !== undefined) results.set(id, hit);
        else missing.push(id);
      }
      policy.hits += ids.length - missing.length;
      policy.misses += missing.length;
      if (missing.length > 0) {
        for (const [id, value] of await inner.nodes(missing, fields)) {
          results.set(id, value);
          if (!(value instanceof Error) && value !== undefined) cache.set(keyOf(id), value, [id, ...idsShownBy(value)]);
        }
      }
      return results;
    },
    async edge(path, query) {
      if (!policy.enabled) return inner.edge(path, query);
      const owner = path.split("/")[0] ?? "";
      const key = `e|${scopeOf(directory.clientFor(owner))}|${path}${toSearch(query)}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        policy.hits++;
        return hit;
      }
      policy.misses++;
      const value = await inner.edge(path, query);
      cache.set(key, value, [owner, ...idsShownBy(value)]);
      return value;
    },
  };
}
