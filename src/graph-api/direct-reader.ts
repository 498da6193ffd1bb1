import type { NumberDirectory } from "./number-directory.js";
import type { GraphReader, NodeResults } from "./graph-reader.js";
import { guarded, type ReadScope } from "./throttle-guard.js";

/** Reads each node with its own `GET /{id}` and each edge page with its own call: no batching at all. */
export function createDirectReader(directory: NumberDirectory, scope: ReadScope): GraphReader {
  const { call } = scope;
  return guarded({
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      await Promise.all(
        ids.map(async (id) => {
          try {
            results.set(id, await (await directory.clientForNumber(id)).get(id, { fields: fields.join(",") }, call));
          } catch (e) {
            results.set(id, e);
          }
        }),
      );
      return results;
    },
    edge: (path, query) => directory.clientFor(path.split("/")[0] ?? "").get(path, query, call),
  }, scope);
}

