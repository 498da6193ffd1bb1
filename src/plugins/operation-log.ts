import type { DefinitionNode, OperationDefinitionNode } from "graphql";
import type { Logger } from "pino";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";

/**
 * One structured log line per operation: request id, operation name and type, duration and error codes.
 * Never the variables (they carry PINs and codes) or the query text.
 */
export function operationLog(logger: Logger): Plugin<Record<string, unknown>, Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const ctx = args.contextValue as Partial<Context>;
      const operation = (args.document.definitions as readonly DefinitionNode[]).find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
      return {
        onExecuteDone({ result }) {
          const errors = "errors" in result && Array.isArray(result.errors) ? result.errors : [];
          logger.info(
            {
              requestId: ctx.requestId,
              operationName: args.operationName ?? operation?.name?.value ?? null,
              operationType: operation?.operation,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes: errors.map((e) => (e as { extensions?: { code?: unknown } }).extensions?.code ?? "INTERNAL"),
            },
            "operation",
          );
        },
      };
    },
  };
}
