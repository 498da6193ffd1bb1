import { getOperationAST, type DocumentNode, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Span } from "@opentelemetry/api";
import type { Context } from "../context.js";
import { callerContext, failed, SpanKind, startSpan, withSpan } from "../observability/tracing.js";

/** What Yoga puts in every context beside the gateway's own. */
interface YogaContext {
  request?: Request;
  params?: { query?: unknown };
}

/** The persisted-operations plugin stands a placeholder in for a persisted document's text. */
const PERSISTED = "__PERSISTED_OPERATION_";

function operationSpan(args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }): { span: Span; parent: ReturnType<typeof callerContext> } {
  const ctx = args.contextValue as Partial<Context> & YogaContext;
  const operation = getOperationAST(args.document, args.operationName);
  const type = operation?.operation ?? "query";
  const name = operation?.name?.value ?? args.operationName ?? undefined;
  // The caller's trace, when it sent one (W3C traceparent): the operation is a child of the caller's span.
  const parent = callerContext(ctx.request?.headers ?? new Headers());
  const span = startSpan(
    `graphql.${type}${name ? ` ${name}` : ""}`,
    {
      "graphql.operation.type": type,
      ...(name ? { "graphql.operation.name": name } : {}),
      "waba_gateway.persisted": typeof ctx.params?.query === "string" && ctx.params.query.startsWith(PERSISTED),
      ...(ctx.access ? { "waba_gateway.caller.kind": ctx.access.caller.kind } : {}),
      ...(ctx.requestId ? { "waba_gateway.request_id": ctx.requestId } : {}),
    },
    parent,
    SpanKind.SERVER,
  );
  return { span, parent };
}

const finish = (span: Span, result: unknown) => {
  const errors = (result as ExecutionResult).errors ?? [];
  if (errors.length > 0) {
    span.setAttribute("waba_gateway.graphql.error_codes", errors.map((e) => String(e.extensions?.code ?? "INTERNAL")));
    failed(span, "GraphQL errors");
  }
  span.end();
};

/**
 * A span per executed operation (`graphql.query PhoneNumber`), the parent of its DataLoader batches and Graph API
 * requests: execution runs with the span active. Operation type and name, persisted or not, the caller's kind and
 * the error codes; never variables or the document.
 */
export function operationTrace(): Plugin<Record<string, unknown>, Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { span, parent } = operationSpan(args);
      setExecuteFn((a) => withSpan(parent, span, () => executeFn(a)));
      return { onExecuteDone: ({ result }) => finish(span, result) };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const { span, parent } = operationSpan(args);
      setSubscribeFn((a) => withSpan(parent, span, () => subscribeFn(a)));
      // The span covers setting the stream up; each event's reads are spans of their own.
      return { onSubscribeResult: ({ result }) => finish(span, result) };
    },
  };
}
