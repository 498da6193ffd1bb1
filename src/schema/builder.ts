import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import RelayPlugin from "@pothos/plugin-relay";
import ZodPlugin from "@pothos/plugin-zod";
import { isOperator } from "../auth/caller.js";
import type { Context } from "../context.js";
import { isGraphId } from "../graph-api/ids.js";
import { fromZodError } from "./shared/input-error.js";
import { refusal } from "./shared/refusal.js";
import { toFailure } from "./shared/graph-failures.js";

/** The Pothos builder and its plugins, and the one kind of enum Meta's values need; types live in their own files. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  AuthScopes: { read: boolean; manage: boolean; operator: boolean; waba: string; phone: string };
}>({
  // Errors outermost: it wraps scope-auth, so a mutation refused for the caller's access is a typed ForbiddenError
  // in its result and a sibling mutation's success still arrives; query fields have no error types and get a
  // FORBIDDEN error entry. Scope-auth still refuses before the resolver runs. An id that is not a Graph id passes
  // the object scopes untouched (nothing is looked up for it) and is refused by the resolver's own check or the
  // input's zod rule, also before any upstream call. Errors wraps validation too: a refused input is a typed
  // ValidationError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ZodPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      read: ctx.access.caller.scopes.has("read"),
      manage: ctx.access.caller.scopes.has("manage"),
      operator: isOperator(ctx.access.caller),
      waba: (id: string) => !isGraphId(id) || ctx.access.canReadWaba(id),
      // Learning a caller's numbers can outlast the operation: a typed timeout for a mutation, an error entry for a read.
      phone: (id: string) => !isGraphId(id) || ctx.access.canReadPhone(id).catch((e: unknown) => Promise.reject(toFailure(e, "the access check") ?? e)),
    }),
    // A subscription is refused when it starts, not only event by event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, _context, _info, result) => refusal(result.failure),
  },
  defaultFieldNullability: false,
  // No default error types: a socket error must never become a client-visible message.
  errors: { defaultTypes: [] },
  zod: { validationError: (error) => fromZodError(error) },
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
    // IDs are Meta's own; no Relay global ids or node/nodes lookups.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: "Where a page sits in the whole list (Meta's cursor paging)." },
    hasNextPageFieldOptions: { description: "Whether Meta reports a next page (`paging.next`)." },
    hasPreviousPageFieldOptions: { description: "Whether Meta reports a previous page (`paging.previous`)." },
    startCursorFieldOptions: { description: "Cursor of the first item; pass as `before` to page backwards." },
    endCursorFieldOptions: { description: "Cursor of the last item; pass as `after` to page forwards." },
    cursorFieldOptions: { description: "Cursor of this item (Meta's own at the ends of a page)." },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The items of this page." },
    pageInfoFieldOptions: { description: "Paging state of this page." },
    firstArgOptions: { description: "Page forwards: how many items (1–100, default 25)." },
    afterArgOptions: { description: "Page forwards from this cursor (an edge's cursor or pageInfo.endCursor)." },
    lastArgOptions: { description: "Page backwards: how many items (1–100); needs before." },
    beforeArgOptions: { description: "Page backwards from this cursor (pageInfo.startCursor)." },
  },
});

/** The field builder of an object type's `fields`, for helpers that add the same field to several types. */
export type ObjectFieldBuilder<T> = Parameters<NonNullable<Parameters<ReturnType<typeof builder.objectRef<T>>["implement"]>[0]["fields"]>>[0];

builder.queryType({ description: "Read WhatsApp Business Accounts and their phone numbers through Meta's Graph API." });

/**
 * An enum read from Meta whose unknown values read as UNKNOWN instead of failing the response
 * (Meta's own docs disagree on values, and Meta adds new ones).
 */
export function forwardEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const all = { ...values, UNKNOWN: "A value Meta sent that this gateway does not know yet." } as Record<V | "UNKNOWN", string>;
  const ref = builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(all).map(([k, d]) => [k, { description: d as string }])) as Record<V | "UNKNOWN", { description: string }>,
  });
  const known = new Set<string>(Object.keys(values));
  /** Meta's raw value → the enum value; null when Meta sent nothing. */
  const read = (raw: string | undefined | null): V | "UNKNOWN" | null => {
    if (raw === undefined || raw === null) return null;
    const upper = raw.toUpperCase();
    return known.has(upper) ? (upper as V) : "UNKNOWN";
  };
  return { ref, read };
}
