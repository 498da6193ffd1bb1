import { ThrottledError, UpstreamError } from "./errors.js";
import type { CallOptions } from "./call-bounds.js";
import type { BatchSlotResult, GraphApiClient, Query } from "./client.js";
import { numberIdsOn } from "./number-index.js";
import type { ThrottleState } from "./throttle.js";

/**
 * The one read path under the loaders: the batched reader (every read of one tick in one round trip), the direct
 * reader (one call per read, the naive gateway), and the throttle guard both go through.
 */

/** Per id: the node as Meta sent it, or the error for that id alone. */
export type NodeResults = Map<string, unknown>;

/**
 * How loaders read from Meta. The batched reader coalesces every read submitted in one tick
 * (all loaders of one request) into a single round trip; the direct reader is the naive gateway.
 */
export interface GraphReader {
  nodes(ids: readonly string[], fields: readonly string[]): Promise<NodeResults>;
  edge(path: string, query: Query): Promise<unknown>;
}

/**
 * Which client (token) reads an object: the number directory, as far as the readers need it (declared here so that
 * the directory, which reads through the Graph operations, stays above this file).
 */
export interface ClientSource {
  /** Whether some WABAs have tokens of their own. */
  readonly scoped: boolean;
  ready(): Promise<void>;
  clientFor(objectId: string): GraphApiClient;
  clientForNumber(numberId: string): Promise<GraphApiClient>;
}

/** What one request's reads share: its deadline, and the gateway's per-WABA throttle. */
export interface ReadScope {
  call: CallOptions;
  throttle?: ThrottleState;
  /** Counts a read answered RATE_LIMITED without calling Meta. */
  onHeldBack?: () => void;
}

/**
 * Holds back reads of WABAs Meta asked to wait for, and learns which numbers belong to which WABA
 * (so that a throttled WABA's numbers are held back too).
 */
export function guarded(inner: GraphReader, scope: ReadScope): GraphReader {
  const { throttle } = scope;
  if (!throttle) return inner;
  const held = (id: string) => {
    const ms = throttle.remaining(id);
    if (ms > 0) scope.onHeldBack?.();
    return ms > 0 ? new ThrottledError(ms) : undefined;
  };
  const learn = (wabaId: string, answer: unknown) => throttle.rememberNumbers(wabaId, numberIdsOn(answer));
  return {
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      const free: string[] = [];
      for (const id of ids) {
        const error = held(id);
        if (error) results.set(id, error);
        else free.push(id);
      }
      if (free.length > 0) {
        for (const [id, value] of await inner.nodes(free, fields)) {
          results.set(id, value);
          learn(id, value);
        }
      }
      return results;
    },
    async edge(path, query) {
      const wabaId = path.split("/")[0] ?? "";
      const error = held(wabaId);
      if (error) throw error;
      const page = await inner.edge(path, query);
      // Only a WABA's own list of numbers says which numbers are its (a business's list holds WABAs).
      if (path.endsWith("/phone_numbers")) learn(wabaId, page);
      return page;
    },
  };
}

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
export function createBatchedReader(directory: ClientSource, scope: ReadScope): GraphReader {
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

/** Reads each node with its own `GET /{id}` and each edge page with its own call: no batching at all. */
export function createDirectReader(directory: ClientSource, scope: ReadScope): GraphReader {
  const { call } = scope;
  return guarded({
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      await Promise.all(
        ids.map(async (id) => {
          try {
            results.set(id, await (await directory.clientForNumber(id)).get(id, { fields: fields.join(",") }, call));
          } catch (e) {
            results.set(id, e);
          }
        }),
      );
      return results;
    },
    edge: (path, query) => directory.clientFor(path.split("/")[0] ?? "").get(path, query, call),
  }, scope);
}
