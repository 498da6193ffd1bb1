import DataLoader from "dataloader";
import type { PageWire, PhoneNumberWire } from "../graph-api/types.js";
import { wabas } from "../graph-api/waba-operations.js";
import { pageKey, pageRequest, type PageSpec } from "./page-spec.js";
import type { GraphReader } from "../graph-api/reader.js";
import type { LoaderOptions } from "./traced-batch.js";

export interface WabaPageKey {
  wabaId: string;
  spec: PageSpec;
}

export type NumberPageWire = PageWire<PhoneNumberWire>;
export type PhoneNumbersOfWabaLoader = DataLoader<WabaPageKey, NumberPageWire, string>;

/** One page of `GET /{waba-id}/phone_numbers` as Meta sends it, or the error of that read. */
export const readPage = (reader: GraphReader, wabaId: string, spec: PageSpec): Promise<NumberPageWire | Error> =>
  wabas.pageOfNumbers(reader, wabaId, pageRequest(spec)).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));

/** Pages of a WABA's numbers; each distinct page is one edge read (a batch slot when batched). */
export function createPhoneNumbersOfWabaLoader(reader: GraphReader, options: LoaderOptions): PhoneNumbersOfWabaLoader {
  return new DataLoader<WabaPageKey, NumberPageWire, string>(options.wrap("phoneNumbersOfWaba", (keys: readonly WabaPageKey[]) => Promise.all(keys.map(({ wabaId, spec }) => readPage(reader, wabaId, spec)))), {
    batch: options.batching,
    cacheKeyFn: (k) => `${k.wabaId}|${pageKey(k.spec)}`,
  });
}
