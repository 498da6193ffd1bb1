import { toSearch, type GraphApiClient } from "../graph-api/client.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import { idsShownBy } from "../graph-api/number-index.js";
import type { GraphReader, NodeResults } from "../graph-api/reader.js";
import { waitShared, type CallOptions } from "../graph-api/call-bounds.js";

/** Invalidations remembered for reads still in flight; a read older than the oldest forgotten one is not kept. */
const MAX_REMEMBERED_DROPS = 50_000;

/**
 * Meta's answers to reads, kept briefly and shared by every caller whose reads go with the same upstream
 * token. It sits below the access checks: a caller reaches an entry only for an object it was already allowed
 * to read. Entries are dropped by object id when a webhook or a mutation says the object changed; errors are
 * never kept.
 *
 * Two races are closed here. A read that was in flight when its object was dropped is not kept (its answer may
 * predate the change): each drop is numbered, and an answer is kept only if none of the objects it shows was
 * dropped since its read began. And reads of one key in flight at once go to Meta once: the others wait for that
 * answer (only a successful one is shared; after a failure each reads for itself), unless the key was dropped
 * meanwhile.
 */
export class UpstreamCache {
  private readonly entries = new Map<string, { value: unknown; expires: number; subjects: readonly string[] }>();
  private readonly pending = new Map<string, { answer: Promise<unknown>; subject: string }>();
  /** Object id → the drop that last removed it (insertion order = oldest first). */
  private readonly dropped = new Map<string, number>();
  private drops = 0;
  /** Reads begun before this drop cannot be judged any more (their drops were forgotten): not kept. */
  private forgottenUpTo = 0;

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

  /** Where a read begins, for `set`: answers are kept only if nothing they show was dropped since. */
  mark(): number {
    return this.drops;
  }

  /** Keeps an answer read since `since`; `subjects` are the ids whose change makes it stale (the object, and the numbers on a page). */
  set(key: string, value: unknown, subjects: readonly string[], since: number): void {
    if (!this.enabled) return;
    if (since !== this.drops && (since < this.forgottenUpTo || subjects.some((s) => (this.dropped.get(s) ?? -1) > since))) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs, subjects });
    // Oldest first: a Map keeps insertion order.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The answer of a read of this key already under way, to wait for instead of reading again: undefined when none, or when it failed. */
  inFlight(key: string): Promise<unknown> | undefined {
    return this.pending.get(key)?.answer;
  }

  /** Marks a read of this key (of the object `subject`) as under way until it settles. */
  track(key: string, subject: string, answer: Promise<unknown>): void {
    const entry = { answer, subject };
    this.pending.set(key, entry);
    void answer.finally(() => {
      if (this.pending.get(key) === entry) this.pending.delete(key);
    });
  }

  /** Drops every answer that shows one of these objects, and reads of them under way are no longer joined. */
  invalidate(ids: Iterable<string>): void {
    const gone = new Set(ids);
    if (gone.size === 0) return;
    const drop = ++this.drops;
    for (const id of gone) {
      this.dropped.delete(id);
      this.dropped.set(id, drop);
    }
    while (this.dropped.size > MAX_REMEMBERED_DROPS) {
      const [oldest, at] = this.dropped.entries().next().value as [string, number];
      this.dropped.delete(oldest);
      this.forgottenUpTo = Math.max(this.forgottenUpTo, at);
    }
    for (const [key, p] of this.pending) if (gone.has(p.subject)) this.pending.delete(key);
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
export function withCache(inner: GraphReader, cache: UpstreamCache, directory: NumberDirectory, policy: CachePolicy, call: CallOptions = {}): GraphReader {
  if (!cache.enabled) return inner;
  // Another request's read, joined: waited for only while this operation lasts (that read may outlive it).
  const join = (answer: Promise<unknown>) => waitShared(answer, call, "another request's read of the same object");
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
      if (missing.length === 0) return results;
      const since = cache.mark();
      // Another request's read of the same object and fields, under way: its answer, not a second call.
      const joined = missing.map((id) => [id, cache.inFlight(keyOf(id))] as const).filter((j): j is readonly [string, Promise<unknown>] => j[1] !== undefined);
      const joinedIds = new Set(joined.map(([id]) => id));
      const own = missing.filter((id) => !joinedIds.has(id));
      const read = async (toRead: string[]) => {
        const answer = inner.nodes(toRead, fields);
        for (const id of toRead) cache.track(keyOf(id), id, shareable(answer.then((r) => r.get(id))));
        for (const [id, value] of await answer) {
          results.set(id, value);
          if (!(value instanceof Error) && value !== undefined) cache.set(keyOf(id), value, [id, ...idsShownBy(value)], since);
        }
      };
      const retry: string[] = [];
      await Promise.all([
        own.length > 0 ? read(own) : undefined,
        ...joined.map(async ([id, answer]) => {
          const value = await join(answer);
          if (value === undefined) retry.push(id);
          else results.set(id, value);
        }),
      ]);
      // A joined read failed (its caller's deadline, say): those objects are read for this request itself.
      if (retry.length > 0) await read(retry);
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
      const joined = cache.inFlight(key);
      const shared = joined ? await join(joined) : undefined;
      if (shared !== undefined) return shared;
      const since = cache.mark();
      const answer = inner.edge(path, query);
      cache.track(key, owner, shareable(answer));
      const value = await answer;
      cache.set(key, value, [owner, ...idsShownBy(value)], since);
      return value;
    },
  };
}

/** What a joining read may take from another's: its value when it succeeded, else undefined (never a rejection). */
const shareable = (answer: Promise<unknown>): Promise<unknown> =>
  answer.then(
    (v) => (v instanceof Error ? undefined : v),
    () => undefined,
  );
