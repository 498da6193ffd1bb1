import { FAILURE_REASONS } from "../../graph-api/errors.js";
import { GraphApiFailure } from "./graph-failures.js";
import { OnPremisesNotConfigured } from "../../on-premises/not-configured.js";
import { builder } from "../builder.js";
import { InputError } from "./input-error.js";
import { Refused } from "./refusal.js";

/** `interface Error { message }`: every typed error a mutation returns. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "Every typed error a mutation can return implements this.",
  fields: (t) => ({ message: t.exposeString("message", { description: "What went wrong, for a person." }) }),
});

const GraphApiErrorReason = builder.enumType("GraphApiErrorReason", {
  description: "Why Meta (or the On-Premises client) refused a call; stable for clients to switch on.",
  values: Object.fromEntries(Object.entries(FAILURE_REASONS).map(([name, description]) => [name, { description }])) as {
    [R in keyof typeof FAILURE_REASONS]: { description: string };
  },
});

builder.objectType(GraphApiFailure, {
  name: "GraphApiError",
  description: "Meta (or the On-Premises client) refused the call. `reason` is stable for clients; code/subcode are Meta's own.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof GraphApiFailure,
  fields: (t) => ({
    reason: t.field({ type: GraphApiErrorReason, description: "Why, in a form clients can switch on.", resolve: (e) => e.reason }),
    code: t.int({ nullable: true, description: "Meta's error code.", resolve: (e) => e.meta.code ?? null }),
    subcode: t.int({ nullable: true, description: "Meta's error subcode.", resolve: (e) => e.meta.subcode ?? null }),
    fbtraceId: t.string({ nullable: true, description: "Meta's trace id, for support.", resolve: (e) => e.meta.fbtraceId ?? null }),
    retryable: t.boolean({ description: "Whether the same call may succeed later unchanged.", resolve: (e) => e.retryable }),
    retryAfterSeconds: t.int({ nullable: true, description: "When known: how long to wait before trying again.", resolve: (e) => e.meta.retryAfterSeconds ?? null }),
  }),
});

builder.objectType(InputError, {
  name: "ValidationError",
  description: "The input was refused before any call to Meta.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputError,
  fields: (t) => ({
    field: t.string({ nullable: true, description: 'The input field at fault, e.g. "pin".', resolve: (e) => e.field }),
  }),
});

builder.objectType(OnPremisesNotConfigured, {
  name: "OnPremisesNotConfiguredError",
  description: "This gateway has no On-Premises client configured; an operator sets ONPREM_BASE_URL, ONPREM_USERNAME and ONPREM_PASSWORD.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof OnPremisesNotConfigured,
  fields: () => ({}),
});

builder.objectType(Refused, {
  name: "ForbiddenError",
  description: "The caller may not do this: its credential lacks a scope, or the object is not in its WABAs. Nothing was sent to Meta.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof Refused,
  fields: (t) => ({
    missingScopes: t.stringList({ description: "The credential's scopes that are missing ('read', 'manage'); empty when the object is what is refused.", resolve: (e) => e.missingScopes }),
  }),
});
