import type { UpstreamCache } from "../cache/upstream-cache.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import { withCache, type CachePolicy } from "./cached-reader.js";
import { createPhoneNumberLoader, type PhoneNumberLoader } from "./phone-number.js";
import { createPhoneNumbersOfWabaLoader, type PhoneNumbersOfWabaLoader } from "./phone-numbers-of-waba.js";
import { createDirectReader } from "../graph-api/direct-reader.js";
import { createBatchedReader } from "../graph-api/read-batcher.js";
import type { ReadScope } from "../graph-api/throttle-guard.js";
import { createWabaLoader, type WabaLoader } from "./waba.js";

export interface Loaders {
  /** Whether resolvers may look ahead and batch (off: the naive gateway, one call per resolver). */
  batching: boolean;
  phoneNumber: PhoneNumberLoader;
  /** Reads that must come from Meta now (after a mutation): batched, never cached. */
  freshPhoneNumber: PhoneNumberLoader;
  waba: WabaLoader;
  phoneNumbersOfWaba: PhoneNumbersOfWabaLoader;
}

/** What the loaders of one request share with the gateway: Meta's recent answers, and whether this request may use them. */
export interface CacheUse {
  cache: UpstreamCache;
  policy: CachePolicy;
}

/**
 * A fresh set per request. The shared cache (when given) answers only reads of queries, and only for objects the
 * caller's access checks already allowed.
 */
export function createLoaders(directory: NumberDirectory, batching: boolean, scope: ReadScope = { call: {} }, cacheUse?: CacheUse): Loaders {
  const direct = batching ? createBatchedReader(directory, scope) : createDirectReader(directory, scope);
  const reader = cacheUse ? withCache(direct, cacheUse.cache, directory, cacheUse.policy) : direct;
  return {
    batching,
    phoneNumber: createPhoneNumberLoader(reader, batching),
    freshPhoneNumber: createPhoneNumberLoader(reader, batching, false),
    waba: createWabaLoader(reader, batching),
    phoneNumbersOfWaba: createPhoneNumbersOfWabaLoader(reader, batching),
  };
}
