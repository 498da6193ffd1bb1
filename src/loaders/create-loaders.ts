import type { NumberDirectory } from "../graph-api/number-directory.js";
import { createBatchedReader, createDirectReader, type GraphReader, type ReadScope } from "../graph-api/reader.js";
import { withCache, type CachePolicy, type UpstreamCache } from "../cache/upstream-cache.js";
import { createNodeLoader, type NodeLoader } from "./node.js";
import { createSubscribedAppsLoader, type SubscribedAppsLoader } from "./subscribed-apps.js";
import type { PhoneNumberWire, PreverifiedNumberWire } from "../graph-api/types.js";
import { createPhoneNumbersOfWabaLoader, type PhoneNumbersOfWabaLoader } from "./phone-numbers-of-waba.js";
import { tracedBatch, type BatchWrap, type LoaderOptions } from "./traced-batch.js";
import { createWabaLoader, type WabaLoader } from "./waba.js";

/** Without tracing, a batch function runs as it is. */
const untraced: BatchWrap = (_name, batch) => batch;

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
export function createLoaders(directory: NumberDirectory, batching: boolean, scope: ReadScope = { call: {} }, cacheUse?: CacheUse, traced = false): Loaders {
  const kept: LoaderOptions = { batching, wrap: traced ? tracedBatch : untraced };
  const fresh: LoaderOptions = { ...kept, cache: false };
  let made: GraphReader | undefined;
  const reader = (): GraphReader => {
    if (made) return made;
    const direct = batching ? createBatchedReader(directory, scope) : createDirectReader(directory, scope);
    return (made = cacheUse ? withCache(direct, cacheUse.cache, directory, cacheUse.policy, scope.call) : direct);
  };
  const built = new Map<string, unknown>();
  const once = <T>(name: string, make: () => T): T => {
    if (!built.has(name)) built.set(name, make());
    return built.get(name) as T;
  };
  return {
    batching,
    get phoneNumber() {
      return once("phoneNumber", () => createNodeLoader<PhoneNumberWire>("phoneNumber", reader(), kept));
    },
    get freshPhoneNumber() {
      return once("freshPhoneNumber", () => createNodeLoader<PhoneNumberWire>("phoneNumber", reader(), fresh));
    },
    get waba() {
      return once("waba", () => createWabaLoader(reader(), kept));
    },
    get freshWaba() {
      return once("freshWaba", () => createWabaLoader(reader(), fresh));
    },
    get phoneNumbersOfWaba() {
      return once("phoneNumbersOfWaba", () => createPhoneNumbersOfWabaLoader(reader(), kept));
    },
    get subscribedApps() {
      return once("subscribedApps", () => createSubscribedAppsLoader(reader(), kept));
    },
    get freshSubscribedApps() {
      return once("freshSubscribedApps", () => createSubscribedAppsLoader(reader(), fresh));
    },
    get preverifiedNumber() {
      return once("preverifiedNumber", () => createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", reader(), kept));
    },
    get freshPreverifiedNumber() {
      return once("freshPreverifiedNumber", () => createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", reader(), fresh));
    },
    get reader() {
      return reader();
    },
  };
}
