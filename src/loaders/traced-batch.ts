import { inSpan } from "../observability/tracing.js";

type Batch<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

/** What a loader's batch function runs in: a span of its own when the gateway traces, else nothing at all. */
export type BatchWrap = <K, V>(name: string, batch: Batch<K, V>) => Batch<K, V>;

/** How a request's loaders are built. */
export interface LoaderOptions {
  /** Whether reads of one tick are batched (off: the naive gateway, one call per key). */
  batching: boolean;
  /** false for reads that must come from Meta now (after a mutation). */
  cache?: boolean;
  wrap: BatchWrap;
}

/** A DataLoader batch function in a span of its own (`dataloader.batch <name>`, with its key count). */
export const tracedBatch: BatchWrap = (name, batch) => (keys) =>
  inSpan(`dataloader.batch ${name}`, { "waba_gateway.loader": name, "waba_gateway.loader.keys": keys.length }, () => batch(keys));
