import type { Query } from "./client.js";

/** Per id: the node as Meta sent it, or the error for that id alone. */
export type NodeResults = Map<string, unknown>;

/**
 * How loaders read from Meta. The batched reader coalesces every read submitted in one tick
 * (all loaders of one request) into a single round trip; the direct reader is the naive gateway.
 */
export interface GraphReader {
  nodes(ids: readonly string[], fields: readonly string[]): Promise<NodeResults>;
  edge(path: string, query: Query): Promise<unknown>;
}
