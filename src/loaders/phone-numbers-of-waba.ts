import DataLoader from "dataloader";
import { toGraphQLError } from "../graph-api/graphql-errors.js";
import type { PageWire, PhoneNumberWire } from "../graph-api/types.js";
import { pageKey, pageQuery, toPage, type PageSpec, type PhoneNumberPage } from "./page-spec.js";
import type { GraphReader } from "./read-batcher.js";

export interface WabaPageKey {
  wabaId: string;
  spec: PageSpec;
}

export type PhoneNumbersOfWabaLoader = DataLoader<WabaPageKey, PhoneNumberPage, string>;

/** Pages of `GET /{waba-id}/phone_numbers`; each distinct page is one edge read (a batch slot when batched). */
export function createPhoneNumbersOfWabaLoader(reader: GraphReader, batching: boolean): PhoneNumbersOfWabaLoader {
  return new DataLoader<WabaPageKey, PhoneNumberPage, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ wabaId, spec }) => {
          try {
            const wire = (await reader.edge(`${wabaId}/phone_numbers`, pageQuery(spec))) as PageWire<PhoneNumberWire>;
            return toPage(wire, spec);
          } catch (e) {
            return toGraphQLError(e, `WABA ${wabaId}`, { callerCursor: spec.after !== undefined ? "after" : spec.before !== undefined ? "before" : undefined });
          }
        }),
      ),
    { batch: batching, cacheKeyFn: (k) => `${k.wabaId}|${pageKey(k.spec)}` },
  );
}
