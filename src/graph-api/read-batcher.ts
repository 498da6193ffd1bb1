import { UpstreamError } from "./errors.js";
import type { BatchSlotResult, GraphApiClient, Query } from "./client.js";
import type { NumberDirectory } from "./number-directory.js";
import type { GraphReader, NodeResults } from "./graph-reader.js";
import { guarded, type ReadScope } from "./throttle-guard.js";

/** Meta's batch endpoint takes at most 50 operations a call. */
const MAX_SLOTS = 50;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One object or edge page to read: `GET /{path}?{query}` on its own, or one slot of a batch call. */
interface Unit {
  /** The client (and so the token) this read goes with: one upstream request never mixes two tokens. */
  client: GraphApiClient;
  path: string;
  query: Query;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Graph API v26 (and every version since 27 Oct 2026) refuses the multi-id read `?ids=`; objects are read
 * one per path. Everything read in one tick goes out as one round trip: a lone read as a plain GET, several as
 * batch calls of ≤ 50 slots each (sent concurrently), so that a missing object fails only its own slot.
 */
export function createBatchedReader(directory: NumberDirectory, scope: ReadScope): GraphReader {
  const { call } = scope;
  let pending: Unit[] = [];
  let scheduled = false;

  function submit(client: GraphApiClient, path: string, query: Query): Promise<unknown> {
    return new Promise((resolve, reject) => {
      pending.push({ client, path, query, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        // After every DataLoader of this tick has dispatched (they use process.nextTick), send one round trip
        // per token (nearly always one).
        setImmediate(() => {
          scheduled = false;
          const units = pending;
          pending = [];
          for (const [client, group] of groupBy(units, (u) => u.client)) void flush(client, group);
        });
      }
    });
  }

  async function flush(client: GraphApiClient, units: Unit[]): Promise<void> {
    const only = units.length === 1 ? units[0] : undefined;
    if (only) {
      try {
        only.resolve(await client.get(only.path, only.query, call));
      } catch (e) {
        only.reject(e);
      }
      return;
    }
    await Promise.all(chunk(units, MAX_SLOTS).map((group) => sendBatch(client, group)));
  }

  async function sendBatch(client: GraphApiClient, group: Unit[]): Promise<void> {
    let slots: BatchSlotResult[];
    try {
      slots = await client.batch(group.map((u) => ({ path: u.path, query: u.query })), call);
    } catch (e) {
      for (const u of group) u.reject(e);
      return;
    }
    group.forEach((u, i) => {
      const slot = slots[i];
      if (!slot) u.reject(new UpstreamError("unavailable", "Missing batch slot"));
      else if (slot.ok) u.resolve(slot.body);
      else u.reject(slot.error);
    });
  }

  return guarded({
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      // Only with per-WABA tokens configured; once known, this resolves within the same tick.
      if (directory.scoped) await directory.ready();
      const query = { fields: fields.join(",") };
      await Promise.all(
        [...new Set(ids)].map(async (id) => {
          try {
            results.set(id, await submit(directory.clientFor(id), id, query));
          } catch (e) {
            results.set(id, e);
          }
        }),
      );
      return results;
    },
    edge: (path, query) => submit(directory.clientFor(path.split("/")[0] ?? ""), path, query),
  }, scope);
}
