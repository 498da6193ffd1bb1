import type { CallOptions } from "../graph-api/client.js";
import type { TokenDirectory } from "../graph-api/token-directory.js";
import { numbersOfWaba } from "../graph-api/list-numbers.js";

const TTL_MS = 60_000;
const FAILURE_TTL_MS = 15_000;
const MAX_ENTRIES = 1_000;

/**
 * Which numbers belong to a set of WABAs. The Graph phone-number node does not name its WABA, so the
 * gateway lists each allowed WABA's number ids (`fields=id`, 100 a page) and keeps the answer briefly,
 * per caller set. Only the caller's own WABAs are ever listed.
 */
export class NumberMembership {
  private readonly cache = new Map<string, { expires: number; numbers: Promise<Map<string, string>> }>();

  constructor(
    private readonly directory: TokenDirectory,
    private readonly now: () => number = Date.now,
  ) {}

  /** Phone-number id → its WABA id, for these WABAs. */
  numbersOf(wabaIds: ReadonlySet<string>, call: CallOptions): Promise<Map<string, string>> {
    const key = [...wabaIds].sort().join(",");
    const hit = this.cache.get(key);
    if (hit && hit.expires > this.now()) return hit.numbers;
    const entry = { expires: this.now() + TTL_MS, numbers: Promise.resolve(new Map<string, string>()) };
    // A WABA that cannot be listed (unknown to Meta, or its token refused) leaves out only its own numbers, and the
    // answer is kept for a shorter while so that it is tried again soon, not on every request.
    entry.numbers = this.list([...wabaIds], call).then(({ owner, failed }) => {
      if (failed > 0) entry.expires = Math.min(entry.expires, this.now() + FAILURE_TTL_MS);
      return owner;
    });
    this.cache.set(key, entry);
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return entry.numbers;
  }

  /** Forgets what is known of a WABA (a number was added or moved). */
  forget(wabaId: string): void {
    for (const key of this.cache.keys()) if (key.split(",").includes(wabaId)) this.cache.delete(key);
  }

  private async list(wabaIds: string[], call: CallOptions): Promise<{ owner: Map<string, string>; failed: number }> {
    const owner = new Map<string, string>();
    const results = await Promise.allSettled(
      wabaIds.map(async (wabaId) => {
        for await (const n of numbersOfWaba(this.directory.clientFor(wabaId), wabaId, "id", call)) owner.set(n.id, wabaId);
      }),
    );
    return { owner, failed: results.filter((r) => r.status === "rejected").length };
  }
}
