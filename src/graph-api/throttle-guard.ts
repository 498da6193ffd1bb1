import { ThrottledError } from "./errors.js";
import type { CallOptions } from "./call-bounds.js";
import type { ThrottleState } from "./throttle.js";
import type { GraphReader, NodeResults } from "./graph-reader.js";
import { numberIdsOn } from "./number-index.js";

/** What one request's reads share: its deadline, and the gateway's per-WABA throttle. */
export interface ReadScope {
  call: CallOptions;
  throttle?: ThrottleState;
  /** Counts a read answered RATE_LIMITED without calling Meta. */
  onHeldBack?: () => void;
}

/**
 * Holds back reads of WABAs Meta asked to wait for, and learns which numbers belong to which WABA
 * (so that a throttled WABA's numbers are held back too).
 */
export function guarded(inner: GraphReader, scope: ReadScope): GraphReader {
  const { throttle } = scope;
  if (!throttle) return inner;
  const held = (id: string) => {
    const ms = throttle.remaining(id);
    if (ms > 0) scope.onHeldBack?.();
    return ms > 0 ? new ThrottledError(ms) : undefined;
  };
  const learn = (wabaId: string, answer: unknown) => throttle.rememberNumbers(wabaId, numberIdsOn(answer));
  return {
    async nodes(ids, fields) {
      const results: NodeResults = new Map();
      const free: string[] = [];
      for (const id of ids) {
        const error = held(id);
        if (error) results.set(id, error);
        else free.push(id);
      }
      if (free.length > 0) {
        for (const [id, value] of await inner.nodes(free, fields)) {
          results.set(id, value);
          learn(id, value);
        }
      }
      return results;
    },
    async edge(path, query) {
      const wabaId = path.split("/")[0] ?? "";
      const error = held(wabaId);
      if (error) throw error;
      const page = await inner.edge(path, query);
      // Only a WABA's own list of numbers says which numbers are its (a business's list holds WABAs).
      if (path.endsWith("/phone_numbers")) learn(wabaId, page);
      return page;
    },
  };
}

