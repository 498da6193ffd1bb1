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
 * checks already allowed. A class, not an object of getters: its getters are shared by every request, where an
 * object literal made a dozen closures per request.
 */
class RequestLoaders implements Loaders {
  private made: Partial<Omit<Loaders, "batching">> = {};
  private readonly kept: LoaderOptions;
  private readonly fresh: LoaderOptions;

  constructor(
    private readonly directory: NumberDirectory,
    readonly batching: boolean,
    private readonly scope: ReadScope,
    private readonly cacheUse: CacheUse | undefined,
    traced: boolean,
  ) {
    this.kept = { batching, wrap: traced ? tracedBatch : untraced };
    this.fresh = { ...this.kept, cache: false };
  }

  get reader(): GraphReader {
    if (this.made.reader) return this.made.reader;
    const direct = this.batching ? createBatchedReader(this.directory, this.scope) : createDirectReader(this.directory, this.scope);
    return (this.made.reader = this.cacheUse ? withCache(direct, this.cacheUse.cache, this.directory, this.cacheUse.policy, this.scope.call) : direct);
  }
  get phoneNumber() {
    return (this.made.phoneNumber ??= createNodeLoader<PhoneNumberWire>("phoneNumber", this.reader, this.kept));
  }
  get freshPhoneNumber() {
    return (this.made.freshPhoneNumber ??= createNodeLoader<PhoneNumberWire>("phoneNumber", this.reader, this.fresh));
  }
  get waba() {
    return (this.made.waba ??= createWabaLoader(this.reader, this.kept));
  }
  get freshWaba() {
    return (this.made.freshWaba ??= createWabaLoader(this.reader, this.fresh));
  }
  get phoneNumbersOfWaba() {
    return (this.made.phoneNumbersOfWaba ??= createPhoneNumbersOfWabaLoader(this.reader, this.kept));
  }
  get subscribedApps() {
    return (this.made.subscribedApps ??= createSubscribedAppsLoader(this.reader, this.kept));
  }
  get freshSubscribedApps() {
    return (this.made.freshSubscribedApps ??= createSubscribedAppsLoader(this.reader, this.fresh));
  }
  get preverifiedNumber() {
    return (this.made.preverifiedNumber ??= createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", this.reader, this.kept));
  }
  get freshPreverifiedNumber() {
    return (this.made.freshPreverifiedNumber ??= createNodeLoader<PreverifiedNumberWire>("preverifiedNumber", this.reader, this.fresh));
  }
}

export function createLoaders(directory: NumberDirectory, batching: boolean, scope: ReadScope = { call: {} }, cacheUse?: CacheUse, traced = false): Loaders {
  return new RequestLoaders(directory, batching, scope, cacheUse, traced);
}
