import DataLoader from "dataloader";
import type { GraphReader } from "../graph-api/reader.js";
import type { SubscribedAppWire } from "../graph-api/types.js";
import { wabas } from "../graph-api/waba-operations.js";
import type { LoaderOptions } from "./traced-batch.js";

export type SubscribedAppsLoader = DataLoader<string, SubscribedAppWire[], string>;

/** Each WABA's subscribed apps (`GET /{waba-id}/subscribed_apps`); a batch slot beside the WABA's own read. */
export function createSubscribedAppsLoader(reader: GraphReader, options: LoaderOptions): SubscribedAppsLoader {
  return new DataLoader<string, SubscribedAppWire[], string>(
    options.wrap("subscribedApps", (ids: readonly string[]) =>
      Promise.all(ids.map((id) => wabas.subscribedApps(reader, id).then((page) => page.data ?? [], (e: unknown) => (e instanceof Error ? e : new Error(String(e)))))),
    ),
    { batch: options.batching, cache: options.cache ?? true },
  );
}
