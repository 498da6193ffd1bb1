import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";

/**
 * Lets the reads of a query use Meta's cached answers, and nothing else: a mutation's reads (its result's fresh
 * re-read) and a subscription's always go to Meta. Runs after authentication and validation, once the selected
 * operation is known.
 */
export function readCachePolicy(): Plugin<Record<string, unknown>, Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Partial<Context>;
      if (ctx.readCache) ctx.readCache.enabled = getOperationAST(args.document, args.operationName)?.operation === "query";
    },
  };
}
