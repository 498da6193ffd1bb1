import type { GraphApiClient } from "./client.js";
import { numbersOfWaba } from "./list-numbers.js";

const TTL_MS = 60_000;

/**
 * Which token reaches which object, for BSPs whose customers granted their own system users
 * (GRAPH_API_TOKENS_FILE). A WABA listed there is read with its own token, and so are its numbers: the
 * directory lists each such WABA's number ids (with that WABA's token, 100 a page, kept a minute). Everything
 * else goes with the gateway's default token.
 */
export class TokenDirectory {
  private numbers = new Map<string, string>();
  private loaded: { at: number; ready: Promise<void> } | undefined;

  constructor(
    readonly defaultClient: GraphApiClient,
    private readonly byWaba: ReadonlyMap<string, GraphApiClient>,
  ) {}

  /** Whether any WABA has a token of its own (otherwise every call uses the default token). */
  get scoped(): boolean {
    return this.byWaba.size > 0;
  }

  /** Resolves once the numbers of the WABAs with their own tokens are known (fresh within a minute). */
  ready(): Promise<void> {
    if (!this.scoped) return Promise.resolve();
    if (this.loaded && Date.now() - this.loaded.at < TTL_MS) return this.loaded.ready;
    const ready = this.load();
    this.loaded = { at: Date.now(), ready };
    ready.catch(() => (this.loaded = undefined));
    return ready;
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

  private async load(): Promise<void> {
    const numbers = new Map<string, string>();
    await Promise.all(
      [...this.byWaba].map(async ([wabaId, client]) => {
        for await (const n of numbersOfWaba(client, wabaId, "id", { deadline: Date.now() + 15_000 })) numbers.set(n.id, wabaId);
      }),
    );
    this.numbers = numbers;
  }
}
