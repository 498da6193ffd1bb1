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
