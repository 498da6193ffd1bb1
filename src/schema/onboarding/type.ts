import { GraphQLError } from "graphql";
import { callerId } from "../../auth/caller.js";
import type { Context } from "../../context.js";
import type { Onboardings } from "../../onboarding/onboardings.js";
import { wrapErrorIfMatches } from "@pothos/plugin-errors";
import { STEP_KINDS, type OnboardingRecord, type StepError, type StepKind, type StepRecord } from "../../onboarding/record.js";
import { builder } from "../builder.js";
import { DateTime } from "../shared/date-time.js";
import { GraphApiFailure } from "../shared/graph-failures.js";
import { listPageSize, selectedGraphFields, treeOf } from "../shared/lookahead.js";
import { PHONE_NUMBER_FIELDS, PhoneNumber, readPhone } from "../phone-number/type.js";
import { readSelectedWaba, Waba, wabaSelection } from "../waba/type.js";

/** Onboardings (graph-api.md §13.1): a customer's way from Embedded Signup's code to a number that can send. */

export const EmbeddedSignupEvent = builder.enumType("EmbeddedSignupEvent", {
  description: "What Embedded Signup's finish message said happened.",
  values: {
    FINISH: { description: "FINISH: a WABA and a Cloud API number." },
    FINISH_ONLY_WABA: { description: "FINISH_ONLY_WABA: a WABA without a number." },
    FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING: { description: "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING: a WhatsApp Business app number (coexistence)." },
  },
});

export const OnboardingState = builder.enumType("OnboardingState", {
  description: "Where an onboarding stands, all steps together.",
  values: {
    IN_PROGRESS: { description: "Steps are running or still to run." },
    NEEDS_ACTION: { description: "A step waits for the caller (nextAction says what), e.g. a PIN." },
    COMPLETED: { description: "Every step is done or skipped." },
    FAILED: { description: "A step failed in a way that resuming cannot mend (e.g. the code was spent elsewhere, or the window closed)." },
  },
});

const OnboardingStepKind = builder.enumType("OnboardingStepKind", {
  description: "The steps of an onboarding, in order.",
  values: {
    EXCHANGE_CODE: { description: "GET /oauth/access_token: the code for the customer's business token." },
    VERIFY_ACCESS: { description: "Prove the token reaches the WABA and the number (debug_token, GET /{waba-id}/phone_numbers)." },
    SUBSCRIBE_APP: { description: "POST /{waba-id}/subscribed_apps." },
    SHARE_CREDIT_LINE: { description: "Share the credit line, when asked." },
    REGISTER_NUMBER: { description: "POST /{phone-number-id}/register (skipped for coexistence numbers and FINISH_ONLY_WABA)." },
  },
});

const OnboardingStepStatus = builder.enumType("OnboardingStepStatus", {
  description: "How a step stands.",
  values: {
    PENDING: { description: "Not run yet." },
    DONE: { description: "Succeeded; it is never run again." },
    SKIPPED: { description: "Not needed for this onboarding (nextAction says why)." },
    FAILED: { description: "Meta refused it, or did not answer; error says why." },
    WAITING: { description: "Waits for the caller (nextAction says what)." },
  },
});

type StepView = StepRecord & { kind: StepKind };

/** A recorded step error as the GraphApiError a mutation would have returned. */
const failureOf = (e: StepError): GraphApiFailure =>
  new GraphApiFailure(e.message, e.reason as GraphApiFailure["reason"], e.retryable, {
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.subcode !== undefined ? { subcode: e.subcode } : {}),
    ...(e.fbtraceId !== undefined ? { fbtraceId: e.fbtraceId } : {}),
    ...(e.retryAfterSeconds !== undefined ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
  });

const OnboardingStep = builder.objectRef<StepView>("OnboardingStep").implement({
  description: "One step of an onboarding, with its outcome.",
  fields: (t) => ({
    kind: t.field({ type: OnboardingStepKind, description: "Which step.", resolve: (s) => s.kind }),
    status: t.field({ type: OnboardingStepStatus, description: "How it stands.", resolve: (s) => s.status }),
    error: t.field({
      type: GraphApiFailure,
      nullable: true,
      description: "Meta's refusal, when the step failed.",
      // Returned as data, not thrown: wrapped the way Pothos wraps a mutation's typed error, or graphql-js would
      // take the Error for a failure of this field.
      resolve: (s) => (s.error ? (wrapErrorIfMatches(failureOf(s.error), [GraphApiFailure]) as GraphApiFailure) : null),
    }),
    nextAction: t.string({ nullable: true, description: "One sentence telling a person what to do, when the step failed or waits.", resolve: (s) => s.nextAction ?? null }),
    finishedAt: t.field({ type: DateTime, nullable: true, description: "When it last ran.", resolve: (s) => (s.finishedAt ? new Date(s.finishedAt) : null) }),
  }),
});

/** The finish message is never trusted alone: its WABA and number are read only once VERIFY_ACCESS proved them. */
const verified = (o: OnboardingRecord) => o.steps.VERIFY_ACCESS.status === "DONE";

export const Onboarding = builder.objectRef<OnboardingRecord>("Onboarding").implement({
  description: "A customer's way from Embedded Signup to a number that can send: durable across restarts and instances.",
  fields: (t) => ({
    id: t.id({ description: "The onboarding's id.", resolve: (o) => o.id }),
    state: t.field({ type: OnboardingState, description: "All steps together.", resolve: (o) => o.state }),
    event: t.field({ type: EmbeddedSignupEvent, description: "The finish message's event.", resolve: (o) => o.event }),
    wabaId: t.id({ description: "The customer's WABA (checked against what the code's token reaches).", resolve: (o) => o.wabaId }),
    waba: t.field({
      type: Waba,
      nullable: true,
      description: "The WABA as Meta reports it now; null until the customer's token is proven to reach it, or when the caller may not read it.",
      resolve: (o, _args, ctx, info) => (verified(o) && ctx.access.canReadWaba(o.wabaId) ? readSelectedWaba(ctx, o.wabaId, wabaSelection(ctx, [treeOf(info)]), true) : null),
    }),
    phoneNumberId: t.id({ nullable: true, description: "The number onboarded; null for a WABA only.", resolve: (o) => o.phoneNumberId ?? null }),
    phoneNumber: t.field({
      type: PhoneNumber,
      nullable: true,
      description: "The number as Meta reports it now; null when there is none, until it is proven on the WABA, or when the caller may not read it.",
      resolve: async (o, _args, ctx, info) =>
        o.phoneNumberId && verified(o) && ctx.access.canReadWaba(o.wabaId)
          ? readPhone(ctx.loaders.freshPhoneNumber, { id: o.phoneNumberId, fields: selectedGraphFields(info, "PhoneNumber", PHONE_NUMBER_FIELDS) })
          : null,
    }),
    businessId: t.id({ nullable: true, description: "The finish message's business_id, when sent.", resolve: (o) => o.businessId ?? null }),
    steps: t.field({ type: [OnboardingStep], description: "Every step in order, with its outcome.", resolve: (o) => STEP_KINDS.map((kind) => ({ kind, ...o.steps[kind] })) }),
    registrationDeadline: t.field({
      type: DateTime,
      nullable: true,
      description: "Register before this (Embedded Signup + 14 days); null when no number is to be registered.",
      resolve: (o) => (o.registrationDeadline !== undefined && !o.coexistence ? new Date(o.registrationDeadline) : null),
    }),
    createdAt: t.field({ type: DateTime, description: "When the onboarding started.", resolve: (o) => new Date(o.createdAt) }),
    updatedAt: t.field({ type: DateTime, description: "When a step last ran.", resolve: (o) => new Date(o.updatedAt) }),
  }),
});

/** The onboardings of this gateway, or a clear error when Embedded Signup is not configured. */
export function onboardingsOf(ctx: Context): Onboardings {
  if (!ctx.onboardings) {
    throw new GraphQLError("Embedded Signup is not configured on this gateway: an operator sets META_APP_ID, META_APP_SECRET and GATEWAY_TOKEN_KEY.", {
      extensions: { code: "NOT_CONFIGURED" },
    });
  }
  return ctx.onboardings;
}

/** Onboarding ids are the gateway's own UUIDs: anything else names none (and never reaches a store key). */
export const ONBOARDING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The caller that started it, and every caller allowed its WABA, may see an onboarding. */
export const visibleTo = (ctx: Context, record: OnboardingRecord): boolean => record.owner === callerId(ctx.access.caller) || ctx.access.canReadWaba(record.wabaId);

/** The store failed (Redis or the SQLite file): said as such, never as a masked error. */
export function storeUnavailable(ctx: Context, e: unknown): GraphQLError {
  if (e instanceof GraphQLError) return e;
  ctx.log().error({ err: e }, "onboarding store failed");
  return new GraphQLError("The onboarding store is unavailable; try again shortly (nothing was lost: a step that succeeded is kept).", { extensions: { code: "STORE_UNAVAILABLE" } });
}

const OnboardingConnection = builder.connectionObject(
  { type: Onboarding, name: "OnboardingConnection", description: "A page of onboardings, newest first." },
  { name: "OnboardingEdge", description: "One onboarding of an OnboardingConnection." },
);

/** A cursor is the last onboarding's creation time (ms), base64url: pages never repeat or skip one. */
const cursorOf = (record: OnboardingRecord) => Buffer.from(String(record.createdAt)).toString("base64url");
function createdBefore(cursor: string | null | undefined): number | undefined {
  if (cursor == null) return undefined;
  const ms = Number(Buffer.from(cursor, "base64url").toString());
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new GraphQLError("after is not a valid cursor.", { extensions: { code: "BAD_USER_INPUT", argument: "after" } });
  return ms;
}

/** A caller scans at most this many of the store's onboardings for one page of those it may see. */
const MAX_SCANNED = 1_000;

builder.queryFields((t) => ({
  onboarding: t.field({
    type: Onboarding,
    nullable: true,
    description: "One onboarding by its id; null when unknown or not the caller's to see.",
    args: { id: t.arg.id({ required: true, description: "The onboarding's id." }) },
    authScopes: { read: true },
    resolve: async (_root, { id }, ctx) => {
      if (!ONBOARDING_ID.test(String(id))) return null;
      const record = await onboardingsOf(ctx)
        .store.get(String(id))
        .catch((e: unknown) => Promise.reject(storeUnavailable(ctx, e)));
      return record && visibleTo(ctx, record) ? record : null;
    },
  }),
  onboardings: t.field({
    type: OnboardingConnection,
    description: "The onboardings the caller may see, newest first, optionally only those in one state.",
    args: {
      state: t.arg({ type: OnboardingState, required: false, description: "Only onboardings in this state." }),
      first: t.arg.int({ required: false, description: "Page size (1–100, default 25)." }),
      after: t.arg.string({ required: false, description: "Continue after this cursor (an endCursor)." }),
    },
    authScopes: { read: true },
    resolve: async (_root, args, ctx) => {
      const size = listPageSize(args.first, args.after);
      let before = createdBefore(args.after);
      const { store } = onboardingsOf(ctx);
      const found: OnboardingRecord[] = [];
      let scanned = 0;
      try {
        while (found.length <= size && scanned < MAX_SCANNED) {
          const batch = await store.list({ state: args.state ?? undefined, limit: 100, before });
          if (batch.length === 0) break;
          scanned += batch.length;
          found.push(...batch.filter((r) => visibleTo(ctx, r)));
          before = batch[batch.length - 1]?.createdAt;
        }
      } catch (e) {
        throw storeUnavailable(ctx, e);
      }
      const page = found.slice(0, size);
      return {
        edges: page.map((node) => ({ cursor: cursorOf(node), node })),
        pageInfo: {
          hasNextPage: found.length > size,
          hasPreviousPage: args.after != null,
          startCursor: page[0] ? cursorOf(page[0]) : null,
          endCursor: page.at(-1) ? cursorOf(page.at(-1) as OnboardingRecord) : null,
        },
      };
    },
  }),
}));
