import { getOperationAST } from "graphql";
import type { Logger } from "pino";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import { blameOf } from "../error-reference.js";

/**
 * Once the selected operation is known (after authentication and validation), for each executed operation:
 * - its reads may use Meta's cached answers only if it is a query: a mutation's reads (its result's fresh
 *   re-read) and a subscription's always go to Meta;
 * - one structured log line when it is done: request id, the selected operation's name and type, whether its
 *   reads came from the cache, duration, error codes and whose mistake they are (`blame`: a caller's mistake is
 *   logged at info, the gateway's own at warn). Never the variables (they carry PINs and codes) or the query text.
 * One plugin for both: they read the same operation.
 */
export function operationLog(logger: Logger): Plugin<Record<string, unknown>, Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const ctx = args.contextValue as Partial<Context>;
      // The operation the request selected, not the document's first one.
      const operation = getOperationAST(args.document, args.operationName);
      if (ctx.readCache) ctx.readCache.enabled = operation?.operation === "query";
      return {
        onExecuteDone({ result }) {
          const errors = "errors" in result && Array.isArray(result.errors) ? result.errors : [];
          const errorCodes = errors.map((e) => (e as { extensions?: { code?: unknown } }).extensions?.code ?? "INTERNAL");
          const blame = blameOf(errorCodes);
          logger[blame === "gateway" ? "warn" : "info"](
            {
              requestId: ctx.requestId,
              operationName: operation?.name?.value ?? args.operationName ?? null,
              operationType: operation?.operation,
              // Every read of the operation answered from Meta's recent answers (none sent upstream).
              cached: ctx.readCache !== undefined && ctx.readCache.hits > 0 && ctx.readCache.misses === 0,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes,
              ...(blame ? { blame } : {}),
            },
            "operation",
          );
        },
      };
    },
  };
}
