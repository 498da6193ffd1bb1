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
  values: {
    PIN_MISMATCH: { description: "The PIN does not match the two-step verification PIN (133005)." },
    NOT_VERIFIED: { description: "The number needs verification again before registering (133006)." },
    WRONG_CODE: { description: "The one-time code is wrong or expired (136025)." },
    REGISTRATION_LIMIT: { description: "10 register/deregister calls per number in 72 hours were used up (133016)." },
    RATE_LIMITED: { description: "Meta is throttling calls." },
    ACCESS_TOKEN_INVALID: { description: "Meta (or the On-Premises client) refused the gateway's credentials (190)." },
    PERMISSION_DENIED: { description: "The gateway's token lacks the permission." },
    NOT_FOUND: { description: "Meta does not know the number, or the token cannot reach it." },
    INVALID_PARAMETER: { description: "Meta refused a parameter (100)." },
    UPSTREAM_UNAVAILABLE: { description: "Meta failed or the connection broke; for a mutation the outcome is unknown (it was not retried)." },
    UPSTREAM_TIMEOUT: { description: "No answer within the timeout; for a mutation the outcome is unknown (it was not retried)." },
    DISCONTINUED: { description: "Meta no longer allows this call (e.g. On-Premises registration since 2025-10-23)." },
    DEREGISTRATION_INCOMPLETE: { description: "An earlier deregistration did not complete (133000): deregister again, then register." },
    NOT_REGISTERED: { description: "The number is not registered (133010)." },
    RECENTLY_DELETED: { description: "The number was deleted a moment ago (133015): wait before trying again (retryAfterSeconds)." },
    TOO_MANY_PIN_ATTEMPTS: { description: "Too many two-step PIN guesses, or guesses too fast (133008, 133009): wait (retryAfterSeconds when Meta says how long)." },
    ACCOUNT_LOCKED: { description: "The WhatsApp account is locked (131031), e.g. after policy violations or a wrong two-step PIN." },
    CODE_NOT_SENT: { description: "Meta could not send the verification code (136024)." },
    POLICY_BLOCKED: { description: "Temporarily blocked for a policy violation (368)." },
    CANNOT_ADD_NUMBER: { description: "Meta cannot add the number to the WABA (200000), e.g. it is on another WhatsApp account, or a migration requirement is unmet." },
    OTHER: { description: "Any other refusal; see code." },
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
