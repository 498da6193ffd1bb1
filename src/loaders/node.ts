import DataLoader from "dataloader";
import { mergeFields } from "./page-spec.js";
import { UpstreamError } from "../graph-api/errors.js";
import type { GraphReader } from "../graph-api/reader.js";
import type { LoaderOptions } from "./traced-batch.js";

export interface NodeKey {
  id: string;
  /** Graph fields this read needs; merged with the other keys of the batch. */
  fields: readonly string[];
}

export type NodeLoader<T> = DataLoader<NodeKey, T, string>;

/**
 * Graph objects by id (numbers, pre-verified numbers), fields merged over the batch; a key that fails gets Meta's
 * error (or the transport's) for itself alone. `cache: false` for reads that must come from Meta now.
 */
export function createNodeLoader<T>(name: string, reader: GraphReader, options: LoaderOptions): NodeLoader<T> {
  return new DataLoader<NodeKey, T, string>(
    options.wrap(name, async (keys: readonly NodeKey[]) => {
      const results = await reader.nodes(
        keys.map((k) => k.id),
        mergeFields(keys.map((k) => k.fields)),
      );
      return keys.map((k) => {
        const r = results.get(k.id);
        if (r instanceof Error) return r;
        return r === undefined ? new UpstreamError("unavailable", "Meta left this object out of its answer") : (r as T);
      });
    }),
    { batch: options.batching, cache: options.cache ?? true, cacheKeyFn: (k) => `${k.id}|${k.fields.join(",")}` },
  );
}
