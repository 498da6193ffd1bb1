import type { UpstreamCache } from "../cache/upstream-cache.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import { withCache, type CachePolicy } from "./cached-reader.js";
import { createNodeLoader, type NodeLoader } from "./node.js";
import { createSubscribedAppsLoader, type SubscribedAppsLoader } from "./subscribed-apps.js";
import type { GraphReader } from "../graph-api/graph-reader.js";
import type { PhoneNumberWire, PreverifiedNumberWire } from "../graph-api/types.js";
import { createPhoneNumbersOfWabaLoader, type PhoneNumbersOfWabaLoader } from "./phone-numbers-of-waba.js";
import { createDirectReader } from "../graph-api/direct-reader.js";
import { createBatchedReader } from "../graph-api/read-batcher.js";
import type { ReadScope } from "../graph-api/throttle-guard.js";
import { createWabaLoader, type WabaLoader } from "./waba.js";

export interface Loaders {
  /** Whether resolvers may look ahead and batch (off: the naive gateway, one call per resolver). */
  batching: boolean;
  phoneNumber: NodeLoader<PhoneNumberWire>;
  /** Reads that must come from Meta now (after a mutation): batched, never cached. */
  freshPhoneNumber: NodeLoader<PhoneNumberWire>;
  waba: WabaLoader;
  freshWaba: WabaLoader;
  phoneNumbersOfWaba: PhoneNumbersOfWabaLoader;
  subscribedApps: SubscribedAppsLoader;
  freshSubscribedApps: SubscribedAppsLoader;
  preverifiedNumber: NodeLoader<PreverifiedNumberWire>;
  freshPreverifiedNumber: NodeLoader<PreverifiedNumberWire>;
  /** For list edges read once per operation (the business's WABAs and pre-verified numbers). */
  reader: GraphReader;
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
    phoneNumber: createNodeLoader("phoneNumber", reader, batching),
    freshPhoneNumber: createNodeLoader("phoneNumber", reader, batching, false),
    waba: createWabaLoader(reader, batching),
    freshWaba: createWabaLoader(reader, batching, false),
    phoneNumbersOfWaba: createPhoneNumbersOfWabaLoader(reader, batching),
    subscribedApps: createSubscribedAppsLoader(reader, batching),
    freshSubscribedApps: createSubscribedAppsLoader(reader, batching, false),
    preverifiedNumber: createNodeLoader("preverifiedNumber", reader, batching),
    freshPreverifiedNumber: createNodeLoader("preverifiedNumber", reader, batching, false),
    reader,
  };
}
