import { GraphQLError } from "graphql";
import type { PhoneNumberWire } from "../../graph-api/types.js";
import { isGraphId } from "../../graph-api/ids.js";
import { builder } from "../builder.js";
import { RefusedBeforeSending } from "../shared/input-error.js";
import { ErrorInterface } from "../shared/errors.js";
import { forbidden } from "../shared/ids.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import { PhoneNumber } from "../phone-number/type.js";

/**
 * Migration readiness (graph-api.md §11.3): what Meta will refuse a migration for, from fields already read —
 * so that a frontend can show it before trying, and addPhoneNumber(migrate: true) can refuse up front.
 */

export type MigrationBlockerReason = "TWO_STEP_VERIFICATION_ON" | "NAME_NOT_APPROVED" | "NAME_CHANGE_PENDING" | "NO_APP_SUBSCRIBED";

export interface MigrationBlockerValue {
  reason: MigrationBlockerReason;
  message: string;
}

const MESSAGES: Record<MigrationBlockerReason, string> = {
  TWO_STEP_VERIFICATION_ON: "Two-step verification is on: the number's owner must disable it before the migration.",
  NAME_NOT_APPROVED: "The display name is not APPROVED: Meta migrates only numbers with an approved name.",
  NAME_CHANGE_PENDING: "A display-name change is under review: wait for the decision before migrating.",
  NO_APP_SUBSCRIBED: "No app is subscribed to the destination WABA: subscribe one (subscribeAppToWaba) first.",
};

export const blocker = (reason: MigrationBlockerReason): MigrationBlockerValue => ({ reason, message: MESSAGES[reason] });

/** What the number's own fields show against a migration. */
export function numberBlockers(p: PhoneNumberWire): MigrationBlockerValue[] {
  const out: MigrationBlockerValue[] = [];
  if (p.is_pin_enabled === true) out.push(blocker("TWO_STEP_VERIFICATION_ON"));
  if (p.name_status !== "APPROVED") out.push(blocker("NAME_NOT_APPROVED"));
  if (p.new_name_status === "PENDING_REVIEW") out.push(blocker("NAME_CHANGE_PENDING"));
  return out;
}

const MigrationBlockerReasonEnum = builder.enumType("MigrationBlockerReason", {
  description: "Why Meta would refuse to migrate a number (graph-api.md §11.3).",
  values: {
    TWO_STEP_VERIFICATION_ON: { description: "Two-step verification is on (Graph `is_pin_enabled`)." },
    NAME_NOT_APPROVED: { description: "The display name is not APPROVED (Graph `name_status`)." },
    NAME_CHANGE_PENDING: { description: "A display-name change is under review (Graph `new_name_status` PENDING_REVIEW)." },
    NO_APP_SUBSCRIBED: { description: "The destination WABA has no subscribed app (GET /{waba-id}/subscribed_apps is empty)." },
  },
});

export const MigrationBlocker = builder.objectRef<MigrationBlockerValue>("MigrationBlocker").implement({
  description: "One thing Meta will refuse a migration for.",
  fields: (t) => ({
    reason: t.field({ type: MigrationBlockerReasonEnum, description: "Stable, for clients to switch on.", resolve: (b) => b.reason }),
    message: t.exposeString("message", { description: "What to do about it, for a person." }),
  }),
});

/** addPhoneNumber(migrate: true) refused before anything was sent: a blocker is certain. */
export class MigrationBlocked extends RefusedBeforeSending {
  override readonly name = "MigrationBlocked";
  constructor(readonly blockers: MigrationBlockerValue[]) {
    super(`Meta would refuse this migration: ${blockers.map((b) => b.message).join(" ")}`);
  }
}

builder.objectType(MigrationBlocked, {
  name: "MigrationBlockedError",
  description: "addPhoneNumber(migrate: true) was refused before anything was sent to Meta: Meta would refuse it for these reasons.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof MigrationBlocked,
  fields: (t) => ({ blockers: t.field({ type: [MigrationBlocker], description: "What to fix first.", resolve: (e) => e.blockers }) }),
});

builder.objectField(PhoneNumber, "migrationBlockers", (t) =>
  t.field({
    type: [MigrationBlocker],
    description:
      "What Meta would refuse a migration of this number for, from its own fields (two-step verification, name status, a pending name change); with toWabaId, also whether the destination WABA has a subscribed app (one more read, batched). Empty: nothing known blocks it (the client's business verification and payment method are not visible here).",
    args: { toWabaId: t.arg.id({ required: false, description: "The destination WABA, to check its app subscription too." }) },
    resolve: async (phone, { toWabaId }, ctx) => {
      const found = numberBlockers(phone);
      if (toWabaId == null) return found;
      const id = String(toWabaId);
      if (!isGraphId(id)) throw new GraphQLError("toWabaId must be a numeric Graph API ID.", { extensions: { code: "BAD_USER_INPUT", argument: "toWabaId" } });
      if (!ctx.access.canReadWaba(id)) throw forbidden();
      const apps = await ctx.loaders.subscribedApps.load(id).catch((e: unknown) => {
        throw toGraphQLError(e, `The subscribed apps of WABA ${id}`);
      });
      return apps.length === 0 ? [...found, blocker("NO_APP_SUBSCRIBED")] : found;
    },
  }),
);
