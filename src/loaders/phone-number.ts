import DataLoader from "dataloader";
import { mergeFields } from "../graph-api/fields.js";
import { toGraphQLError } from "../graph-api/graphql-errors.js";
import type { PhoneNumberWire } from "../graph-api/types.js";
import type { GraphReader } from "./read-batcher.js";

export interface PhoneNumberKey {
  id: string;
  /** Graph fields this read needs; merged with the other keys of the batch. */
  fields: readonly string[];
}

export type PhoneNumberLoader = DataLoader<PhoneNumberKey, PhoneNumberWire, string>;

export function createPhoneNumberLoader(reader: GraphReader, batching: boolean, cache = true): PhoneNumberLoader {
  return new DataLoader<PhoneNumberKey, PhoneNumberWire, string>(
    async (keys) => {
      const results = await reader.nodes(
        keys.map((k) => k.id),
        mergeFields(keys.map((k) => k.fields)),
      );
      return keys.map((k) => {
        const r = results.get(k.id);
        return r instanceof Error || r === undefined ? toGraphQLError(r, `Phone number ${k.id}`) : (r as PhoneNumberWire);
      });
    },
    { batch: batching, cache, cacheKeyFn: (k) => `${k.id}|${k.fields.join(",")}` },
  );
}
