import { isMissingIdsError, UpstreamError } from "../graph-api/errors.js";
import { toSearch, type BatchSlotResult, type GraphApiClient, type Query } from "../graph-api/client.js";
import type { TokenDirectory } from "../graph-api/token-directory.js";
import { guarded, type ReadScope } from "./throttle-guard.js";
import type { BatchOperation } from "../graph-api/types.js";

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

const MAX_IDS = 50;
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

const relativeUrl = (path: string, query: Query): string => `${path}${toSearch(query)}`;

interface Unit {
  /** The client (and so the token) this read goes with: one upstream request never mixes two tokens. */
  client: GraphApiClient;
  path: string;
  query: Query;
  /** For `?ids=` units: the ids and fields, so that a failed unit can be retried id by id. */
  ids?: readonly string[];
  fields?: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createBatchedReader(directory: TokenDirectory, scope: ReadScope): GraphReader {
  const { call } = scope;
  let pending: Unit[] = [];
  let scheduled = false;

  function submit(client: GraphApiClient, path: string, query: Query, ids?: readonly string[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      pending.push({ client, path, query, ids, fields: typeof query.fields === "string" ? query.fields : undefined, resolve, reject });
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

  /**
   * One round trip for everything submitted in the tick: a lone read goes as a plain GET; several
   * `?ids=` reads go as concurrent GETs (one per ≤ 50 ids); anything with an edge page goes through
   * the batch endpoint, node reads and edge pages side by side (≤ 50 slots per call, calls concurrent).
   */
  async function flush(client: GraphApiClient, units: Unit[]): Promise<void> {
    const retry: Unit[] = [];
    if (units.every((u) => u.ids !== undefined) || units.length === 1) {
      await Promise.all(
        units.map(async (unit) => {
          try {
            unit.resolve(await client.get(unit.path, unit.query, call));
          } catch (e) {
            if (needsIdByIdRetry(unit, e)) retry.push(unit);
            else unit.reject(e);
          }
        }),
      );
    } else {
      await Promise.all(
        chunk(units, MAX_SLOTS).map(async (group) => {
          let slots: BatchSlotResult[];
          try {
            slots = await client.batch(group.map((u) => ({ method: "GET", relative_url: relativeUrl(u.path, u.query) })), call);
          } catch (e) {
            for (const u of group) u.reject(e);
            return;
          }
          group.forEach((u, i) => {
            const slot = slots[i];
            if (!slot) return u.reject(new UpstreamError("unavailable", "Missing batch slot"));
            if (slot.ok) return u.resolve(slot.body);
            if (needsIdByIdRetry(u, slot.error)) return void retry.push(u);
            u.reject(slot.error);
          });
        }),
      );
    }
    if (retry.length > 0) await retryIdByIdInto(client, retry);
  }

  /** A multi-id read that Meta refused for a missing id; with a single id, that id is the missing one. */
  const needsIdByIdRetry = (unit: Unit, e: unknown) => unit.ids !== undefined && unit.ids.length > 1 && isMissingIdsError(e);

  /**
   * Meta fails a whole `?ids=` read when one id is missing. One more round trip, through the batch
   * endpoint whose slots fail one by one, answers every good id and isolates the bad ones.
   */
  async function retryIdByIdInto(client: GraphApiClient, units: Unit[]): Promise<void> {
    const ops: { unit: Unit; id: string; op: BatchOperation }[] = [];
    for (const u of units) {
      for (const id of u.ids ?? []) ops.push({ unit: u, id, op: { method: "GET", relative_url: relativeUrl(id, { fields: u.fields }) } });
    }
    const answers = new Map<Unit, Record<string, unknown>>(units.map((u) => [u, {}]));
    const failures = new Map<Unit, Map<string, unknown>>(units.map((u) => [u, new Map()]));
    await Promise.all(
      chunk(ops, MAX_SLOTS).map(async (group) => {
        try {
          const slots = await client.batch(group.map((g) => g.op), call);
          group.forEach((g, i) => {
            const slot = slots[i];
            if (slot?.ok) (answers.get(g.unit) as Record<string, unknown>)[g.id] = slot.body;
            else failures.get(g.unit)?.set(g.id, slot ? slot.error : new UpstreamError("unavailable", "Missing batch slot"));
          });
        } catch (e) {
          for (const g of group) failures.get(g.unit)?.set(g.id, e);
        }
      }),
    );
    for (const u of units) u.resolve(new IdsAnswer(answers.get(u) ?? {}, failures.get(u) ?? new Map()));
  }

  return guarded({
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      // Only with per-WABA tokens configured; once known, this resolves within the same tick.
      if (directory.scoped) await directory.ready();
      const parts = [...groupBy([...new Set(ids)], (id) => directory.clientFor(id))].flatMap(([client, group]) =>
        chunk(group, MAX_IDS).map((part) => ({ client, part })),
      );
      await Promise.all(
        parts.map(async ({ client, part }) => {
          try {
            const answer = await submit(client, "", { ids: part.join(","), fields: fields.join(",") }, part);
            const failed = answer instanceof IdsAnswer ? answer.failures : new Map<string, unknown>();
            const body = (answer instanceof IdsAnswer ? answer.body : answer) as Record<string, unknown>;
            for (const id of part) {
              results.set(id, failed.get(id) ?? body[id] ?? new UpstreamError("unavailable", "Meta left this id out of its answer"));
            }
          } catch (e) {
            for (const id of part) results.set(id, e);
          }
        }),
      );
      return results;
    },
    edge: (path, query) => submit(directory.clientFor(path.split("/")[0] ?? ""), path, query),
  }, scope);
}

/** The outcome of a `?ids=` read answered id by id after Meta refused the whole list. */
class IdsAnswer {
  constructor(
    readonly body: Record<string, unknown>,
    readonly failures: Map<string, unknown>,
  ) {}
}
