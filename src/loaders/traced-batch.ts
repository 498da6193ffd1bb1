import { inSpan } from "../observability/tracing.js";

/** A DataLoader batch function in a span of its own (`dataloader.batch <name>`, with its key count). */
export function tracedBatch<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): (keys: readonly K[]) => Promise<(V | Error)[]> {
  return (keys) => inSpan(`dataloader.batch ${name}`, { "waba_gateway.loader": name, "waba_gateway.loader.keys": keys.length }, () => batch(keys));
}
