import type { GraphApiClient } from "../graph-api/client.js";
import type { GraphReader, NodeResults } from "./read-batcher.js";
import { guarded, type ReadScope } from "./throttle-guard.js";

/** Reads each node with its own `GET /{id}` and each edge page with its own call: no batching at all. */
export function createDirectReader(client: GraphApiClient, scope: ReadScope): GraphReader {
  const { call } = scope;
  return guarded({
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      await Promise.all(
        ids.map(async (id) => {
          try {
            results.set(id, await client.get(id, { fields: fields.join(",") }, call));
          } catch (e) {
            results.set(id, e);
          }
        }),
      );
      return results;
    },
    edge: (path, query) => client.get(path, query, call),
  }, scope);
}

