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
 * A fresh set per request, each loader (and the reader under them) built on first use: most operations use one or two
 * of them. The shared cache (when given) answers only reads of queries, and only for objects the caller's access
 * checks already allowed.
 */
export function createLoaders(directory: NumberDirectory, batching: boolean, scope: ReadScope = { call: {} }, cacheUse?: CacheUse): Loaders {
  let made: GraphReader | undefined;
  const reader = (): GraphReader => {
    if (made) return made;
    const direct = batching ? createBatchedReader(directory, scope) : createDirectReader(directory, scope);
    return (made = cacheUse ? withCache(direct, cacheUse.cache, directory, cacheUse.policy) : direct);
  };
  const built = new Map<string, unknown>();
  const once = <T>(name: string, make: () => T): T => {
    if (!built.has(name)) built.set(name, make());
    return built.get(name) as T;
  };
  return {
    batching,
    get phoneNumber() {
      return once("phoneNumber", () => createNodeLoader<PhoneNumberWire>("phoneNumber", reader(), batching));
    },
    get freshPhoneNumber() {
      return once("freshPhoneNumber", () => createNodeLoader<PhoneNumberWire>("phoneNumber", reader(), batching, false));
    },
    get waba() {
      return once("waba", () => createWabaLoader(reader(), batching));
    },
    get freshWaba() {
      return once("freshWaba", () => createWabaLoader(reader(), batching, false));
    },
    get phoneNumbersOfWaba() {
      return once("phoneNumbersOfWaba", () => createPhoneNumbersOfWabaLoader(reader(), batching));
    },
    get subscribedApps() {
      return once("subscribedApps", () => createSubscribedAppsLoader(reader(), batching));
    },
    get freshSubscribedApps() {
      return once("freshSubscribedApps", () => createSubscribedAppsLoader(reader(), batching, false));
    },
    get preverifiedNumber() {
      return once("preverifiedNumber", () => createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", reader(), batching));
    },
    get freshPreverifiedNumber() {
      return once("freshPreverifiedNumber", () => createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", reader(), batching, false));
    },
    get reader() {
      return reader();
    },
  };
}
