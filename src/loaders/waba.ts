import DataLoader from "dataloader";
import { classifyGraphError, GraphApiError, UpstreamError } from "../graph-api/errors.js";
import type { WabaWire } from "../graph-api/types.js";
import { expandedPage, mergeFields, numbersExpansion, pageKey, type PageSpec } from "./page-spec.js";
import { readPage, type NumberPageWire } from "./phone-numbers-of-waba.js";
import type { GraphReader } from "../graph-api/reader.js";
import type { LoaderOptions } from "./traced-batch.js";

export interface WabaKey {
  id: string;
  fields: readonly string[];
  /** Pages of `phoneNumbers` the operation will ask for under this WABA, read in the same round trip. */
  pages: readonly PageSpec[];
}

/** A WABA node plus the pages of its numbers fetched with it (as Meta sent them, or the error of that page), by page key. */
export interface WabaRecord {
  node: WabaWire;
  pages: Map<string, NumberPageWire | Error>;
}

export type WabaLoader = DataLoader<WabaKey, WabaRecord, string>;

interface Group {
  ids: Set<string>;
  fields: (readonly string[])[];
  expanded: PageSpec | undefined;
}

/** How one key is read: with its pages expanded into the node read, beside edge reads, or through edge reads only. */
type Plan = { kind: "expanded"; spec: PageSpec } | { kind: "node-and-edges" } | { kind: "edges-only" };

function planFor(key: WabaKey): Plan {
  const expanded = expandedPage(key.pages);
  if (expanded) return { kind: "expanded", spec: expanded };
  // Nothing but the id is needed from the node: the edge reads alone show whether the WABA exists.
  if (key.pages.length > 0 && key.fields.every((f) => f === "id")) return { kind: "edges-only" };
  return { kind: "node-and-edges" };
}

const groupName = (plan: Plan) => (plan.kind === "expanded" ? pageKey(plan.spec) : "");

/**
 * WABAs by id. A single plain first page rides on the node read as Graph field expansion
 * (`phone_numbers.limit(n){…}`); other pages (filters, cursors) go out as edge reads in the same tick,
 * so that the batched reader sends everything as one round trip.
 */
export function createWabaLoader(reader: GraphReader, options: LoaderOptions): WabaLoader {
  return new DataLoader<WabaKey, WabaRecord, string>(
    options.wrap("waba", async (keys: readonly WabaKey[]) => {
      const plans = keys.map(planFor);
      const groups = new Map<string, Group>();
      const edgeReads = new Map<string, Promise<NumberPageWire | Error>>();
      keys.forEach((key, i) => {
        const plan = plans[i] as Plan;
        if (plan.kind !== "edges-only") {
          const name = groupName(plan);
          const group = groups.get(name) ?? { ids: new Set(), fields: [], expanded: plan.kind === "expanded" ? plan.spec : undefined };
          groups.set(name, group);
          group.ids.add(key.id);
          group.fields.push(key.fields);
        }
        if (plan.kind === "expanded") return;
        for (const spec of key.pages) {
          const k = `${key.id}|${pageKey(spec)}`;
          if (!edgeReads.has(k)) edgeReads.set(k, readPage(reader, key.id, spec));
        }
      });
      const nodeReads = [...groups.entries()].map(async ([name, group]) => {
        const fields = mergeFields(group.fields);
        if (group.expanded) fields.push(numbersExpansion(group.expanded));
        return [name, await reader.nodes([...group.ids], fields)] as const;
      });
      const byGroup = new Map(await Promise.all(nodeReads));
      const pages = new Map<string, NumberPageWire | Error>();
      for (const [k, p] of edgeReads) pages.set(k, await p);

      return keys.map((key, i) => {
        const plan = plans[i] as Plan;
        const record: WabaRecord = { node: { id: key.id }, pages: new Map() };
        for (const spec of key.pages) {
          const page = pages.get(`${key.id}|${pageKey(spec)}`);
          if (page) record.pages.set(pageKey(spec), page);
        }
        if (plan.kind === "edges-only") {
          const missing = [...record.pages.values()].find((p): p is GraphApiError => p instanceof GraphApiError && classifyGraphError(p) === "not-found");
          return missing ?? record;
        }
        const raw = byGroup.get(groupName(plan))?.get(key.id);
        if (raw instanceof Error) return raw;
        if (raw === undefined) return new UpstreamError("unavailable", "Meta left this object out of its answer");
        record.node = raw as WabaWire;
        // Graph leaves an empty expanded edge out of the answer altogether.
        if (plan.kind === "expanded") record.pages.set(pageKey(plan.spec), record.node.phone_numbers ?? { data: [] });
        return record;
      });
    }),
    {
      batch: options.batching,
      cache: options.cache ?? true,
      cacheKeyFn: (k) => `${k.id}|${k.fields.join(",")}|${k.pages.map(pageKey).join(";")}`,
    },
  );
}
