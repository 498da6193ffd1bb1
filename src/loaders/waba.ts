import DataLoader from "dataloader";
import type { GraphQLError } from "graphql";
import { expansion, mergeFields } from "../graph-api/fields.js";
import { toGraphQLError } from "../graph-api/graphql-errors.js";
import type { WabaWire } from "../graph-api/types.js";
import { fitsExpansion, pageKey, toPage, type PageSpec, type PhoneNumberPage } from "./page-spec.js";
import type { PhoneNumbersOfWabaLoader } from "./phone-numbers-of-waba.js";
import type { GraphReader } from "./read-batcher.js";

export interface WabaKey {
  id: string;
  fields: readonly string[];
  /** Pages of `phoneNumbers` the operation will ask for under this WABA, read in the same round trip. */
  pages: readonly PageSpec[];
}

/** A WABA node plus the pages of its numbers fetched with it, by page key. */
export interface WabaRecord {
  node: WabaWire;
  pages: Map<string, PhoneNumberPage | GraphQLError>;
}

export type WabaLoader = DataLoader<WabaKey, WabaRecord, string>;

interface Group {
  ids: Set<string>;
  fields: (readonly string[])[];
  expanded: PageSpec | undefined;
}

/**
 * WABAs by id. A single plain first page rides on the node read as Graph field expansion
 * (`phone_numbers.limit(n){…}`); other pages (filters, cursors) go out as edge reads in the same tick,
 * so that the batched reader sends everything as one round trip.
 */
export function createWabaLoader(reader: GraphReader, pagesLoader: PhoneNumbersOfWabaLoader, batching: boolean): WabaLoader {
  return new DataLoader<WabaKey, WabaRecord, string>(
    async (keys) => {
      const groups = new Map<string, Group>();
      const edgeReads = new Map<string, Promise<PhoneNumberPage | GraphQLError>>();
      const groupOf = (key: WabaKey): string => {
        const only = key.pages.length === 1 ? key.pages[0] : undefined;
        return only && fitsExpansion(only) ? pageKey(only) : "";
      };
      for (const key of keys) {
        const g = groupOf(key);
        const group = groups.get(g) ?? { ids: new Set(), fields: [], expanded: g ? key.pages[0] : undefined };
        groups.set(g, group);
        group.ids.add(key.id);
        group.fields.push(key.fields);
        if (g) continue;
        for (const spec of key.pages) {
          const k = `${key.id}|${pageKey(spec)}`;
          if (!edgeReads.has(k)) edgeReads.set(k, pagesLoader.load({ wabaId: key.id, spec }).catch((e: GraphQLError) => e));
        }
      }
      const nodeReads = [...groups.entries()].map(async ([g, group]) => {
        const fields = mergeFields(group.fields);
        if (group.expanded) fields.push(expansion("phone_numbers", group.expanded.size, group.expanded.fields));
        return [g, await reader.nodes([...group.ids], fields)] as const;
      });
      const byGroup = new Map(await Promise.all(nodeReads));
      const pages = new Map<string, PhoneNumberPage | GraphQLError>();
      for (const [k, p] of edgeReads) pages.set(k, await p);

      return keys.map((key) => {
        const g = groupOf(key);
        const raw = byGroup.get(g)?.get(key.id);
        if (raw instanceof Error || raw === undefined) return toGraphQLError(raw, `WABA ${key.id}`);
        const node = raw as WabaWire;
        const record: WabaRecord = { node, pages: new Map() };
        const expanded = groups.get(g)?.expanded;
        if (expanded) record.pages.set(pageKey(expanded), toPage(node.phone_numbers, expanded));
        else for (const spec of key.pages) {
          const page = pages.get(`${key.id}|${pageKey(spec)}`);
          if (page) record.pages.set(pageKey(spec), page);
        }
        return record;
      });
    },
    { batch: batching, cacheKeyFn: (k) => `${k.id}|${k.fields.join(",")}|${k.pages.map(pageKey).join(";")}` },
  );
}
