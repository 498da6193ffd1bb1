import type { GraphApiClient } from "./client.js";
import { numbersOfWaba } from "./list-numbers.js";

const TTL_MS = 60_000;
/** A WABA that could not be listed (its token refused, say) is tried again after this, not on every request. */
const FAILURE_TTL_MS = 15_000;

/**
 * Which token reaches which object, for BSPs whose customers granted their own system users
 * (GRAPH_API_TOKENS_FILE). A WABA listed there is read with its own token, and so are its numbers: the
 * directory lists each such WABA's number ids (with that WABA's token, 100 a page, kept a minute). Everything
 * else goes with the gateway's default token. One WABA that cannot be listed fails alone: its numbers stay
 * unknown (read with the default token, which Meta answers as not found) and its own reads fail with its
 * token's error, while every other WABA is served.
 */
export class TokenDirectory {
  private numbers = new Map<string, string>();
  private loaded: { until: number; ready: Promise<void> } | undefined;

  constructor(
    readonly defaultClient: GraphApiClient,
    private readonly byWaba: ReadonlyMap<string, GraphApiClient>,
    private readonly deadlineMs = 15_000,
  ) {}

  /** Whether any WABA has a token of its own (otherwise every call uses the default token). */
  get scoped(): boolean {
    return this.byWaba.size > 0;
  }

  /** Resolves once the numbers of the WABAs with their own tokens are known as far as Meta lets them be; never rejects. */
  ready(): Promise<void> {
    if (!this.scoped) return Promise.resolve();
    if (this.loaded && Date.now() < this.loaded.until) return this.loaded.ready;
    const loaded = { until: Date.now() + TTL_MS, ready: Promise.resolve() };
    loaded.ready = this.load().then((failures) => {
      if (failures > 0) loaded.until = Math.min(loaded.until, Date.now() + FAILURE_TTL_MS);
    });
    this.loaded = loaded;
    return loaded.ready;
  }

  /** The client for an object (a WABA, or a number), as far as known now. */
  clientFor(id: string): GraphApiClient {
    return this.byWaba.get(id) ?? this.byWaba.get(this.numbers.get(id) ?? "") ?? this.defaultClient;
  }

  /** The client for a number, once the directory is loaded. */
  async clientForNumber(id: string): Promise<GraphApiClient> {
    await this.ready();
    return this.clientFor(id);
  }

  /** Lists every WABA with a token of its own; returns how many could not be listed. */
  private async load(): Promise<number> {
    const numbers = new Map<string, string>();
    const results = await Promise.allSettled(
      [...this.byWaba].map(async ([wabaId, client]) => {
        for await (const n of numbersOfWaba(client, wabaId, "id", { deadline: Date.now() + this.deadlineMs })) numbers.set(n.id, wabaId);
      }),
    );
    this.numbers = numbers;
    return results.filter((r) => r.status === "rejected").length;
  }
}
