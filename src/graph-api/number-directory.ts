import { waitShared, type CallOptions } from "./call-bounds.js";
import type { GraphApiClient } from "./client.js";
import { displayDigits } from "./ids.js";
import { numbersOfWaba } from "./list-numbers.js";
import type { NumberIndex } from "./number-index.js";

/** A WABA that could not be listed (unknown, or its token refused) is tried again after this, not on every request. */
const FAILURE_TTL_MS = 15_000;

export interface NumberDirectoryOptions {
  /** How long a WABA's listing is trusted (GATEWAY_NUMBER_DIRECTORY_TTL_SECONDS). */
  ttlMs: number;
  /** Bound on one listing (all its pages), for listings the gateway makes on its own behalf. */
  deadlineMs: number;
}

/** One WABA's numbers: id → display digits. */
export type WabaNumbers = Map<string, string>;

/**
 * The one answer to "which numbers does this WABA hold, and with which token is it read" — for access control,
 * per-WABA tokens, the throttle and webhooks alike. Each WABA is listed (`id,display_phone_number`, 100 a page,
 * with its own token where it has one) at most once per lifetime; a WABA Meta will not list fails alone and is
 * listed again after 15 s.
 */
export class NumberDirectory {
  /** Per WABA: its listing, and once it is done, whether it is (then there is nothing to wait for). */
  private readonly listings = new Map<string, { until: number; numbers: Promise<WabaNumbers>; done: boolean }>();

  constructor(
    readonly defaultClient: GraphApiClient,
    private readonly byWaba: Map<string, GraphApiClient>,
    readonly index: NumberIndex,
    private readonly options: NumberDirectoryOptions,
  ) {}

  /** Whether any WABA has a token of its own (otherwise every call uses the default token). */
  get scoped(): boolean {
    return this.byWaba.size > 0;
  }

  /** The client for an object (a WABA, or a number whose WABA is known), as far as known now. */
  clientFor(id: string): GraphApiClient {
    return this.byWaba.get(id) ?? this.byWaba.get(this.index.wabaOf(id) ?? "") ?? this.defaultClient;
  }

  /** Resolves once the numbers of the WABAs with their own tokens are known as far as Meta lets them be; never rejects. */
  async ready(): Promise<void> {
    if (this.scoped) await Promise.all([...this.byWaba.keys()].map((wabaId) => this.numbersOf(wabaId)));
  }

  /** The client for a number, once the WABAs with their own tokens are listed. */
  async clientForNumber(id: string): Promise<GraphApiClient> {
    await this.ready();
    return this.clientFor(id);
  }

  /**
   * A WABA's numbers; empty (and soon tried again) when Meta will not list them. The listing is shared by every
   * caller, so it runs under the directory's own deadline, never one caller's: a caller whose operation ends
   * stops waiting for it (an UpstreamError timeout), and the listing goes on for the others. Its calls take
   * slots of the caller that started it, so that no caller makes more calls at once than its share.
   */
  numbersOf(wabaId: string, call: CallOptions = {}): Promise<WabaNumbers> {
    const hit = this.listings.get(wabaId);
    // A finished listing is handed back as it is: only one still under way is waited for within the caller's deadline.
    if (hit && hit.until > Date.now()) return hit.done ? hit.numbers : waitShared(hit.numbers, call, "the WABA's number list");
    const entry = { until: Date.now() + this.options.ttlMs, numbers: Promise.resolve<WabaNumbers>(new Map()), done: false };
    entry.numbers = this.list(wabaId, call.slots)
      .catch(() => {
        entry.until = Math.min(entry.until, Date.now() + FAILURE_TTL_MS);
        return new Map<string, string>();
      })
      .finally(() => {
        entry.done = true;
      });
    this.listings.set(wabaId, entry);
    return waitShared(entry.numbers, call, "the WABA's number list");
  }

  /** Number id → WABA id, for these WABAs. */
  async numbersWithin(wabaIds: Iterable<string>, call: CallOptions): Promise<Map<string, string>> {
    const owner = new Map<string, string>();
    await Promise.all(
      [...wabaIds].map(async (wabaId) => {
        for (const id of (await this.numbersOf(wabaId, call)).keys()) owner.set(id, wabaId);
      }),
    );
    return owner;
  }

  /**
   * The number of a WABA with these display digits (webhooks name numbers so). A finished listing answers even past
   * its lifetime (a number keeps its digits; a webhook costs no Graph call for a number the directory knows); digits
   * it does not hold get one fresh listing (a number added since).
   */
  async numberWithDigits(wabaId: string, digits: string): Promise<string | undefined> {
    const find = (numbers: WabaNumbers) => [...numbers].find(([, d]) => d === digits)?.[0];
    const listing = this.listings.get(wabaId);
    const known = find(listing?.done ? await listing.numbers : await this.numbersOf(wabaId));
    if (known) return known;
    // A number added since the listing: one fresh listing.
    this.forget(wabaId);
    return find(await this.numbersOf(wabaId));
  }

  /** Every WABA the gateway has listed or holds a token for. */
  knownWabas(): string[] {
    return [...new Set([...this.listings.keys(), ...this.byWaba.keys()])];
  }

  /** From now on, a WABA (and its numbers) is read and changed with this client: a customer's new business token. */
  useClient(wabaId: string, client: GraphApiClient): void {
    this.byWaba.set(wabaId, client);
    this.forget(wabaId);
  }

  /** Forgets a WABA's listing (a number was added, moved or changed). */
  forget(wabaId: string): void {
    this.listings.delete(wabaId);
  }

  private async list(wabaId: string, slots: CallOptions["slots"]): Promise<WabaNumbers> {
    const numbers: WabaNumbers = new Map();
    const deadline = Date.now() + this.options.deadlineMs;
    for await (const n of numbersOfWaba(this.clientFor(wabaId), wabaId, "id,display_phone_number", { deadline, slots })) {
      numbers.set(n.id, displayDigits(n.display_phone_number) ?? "");
    }
    this.index.learn(wabaId, numbers.keys());
    return numbers;
  }
}
