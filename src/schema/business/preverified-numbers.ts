import { business } from "../../graph-api/business-operations.js";
import type { PreverifiedNumberWire } from "../../graph-api/types.js";
import { builder } from "../builder.js";
import { businessIdOf } from "./business.js";
import { resumeAfter, toPage } from "../shared/cursor-page.js";
import { DateTime, fromGraphTime } from "../shared/date-time.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import { connectionNodes, graphFieldsOf, listPageSize, treeOf, type FieldTable } from "../shared/lookahead.js";
import { CodeVerificationStatus } from "../phone-number/enums.js";

/** The business's pre-verified numbers (graph-api.md §11.4): visible only to operator callers. */

export const PREVERIFIED_FIELDS: FieldTable = {
  id: ["id"],
  phoneNumber: ["phone_number"],
  codeVerificationStatus: ["code_verification_status"],
  verificationExpiryTime: ["verification_expiry_time"],
  reverificationOpensAt: ["code_verification_status", "verification_expiry_time"],
  __typename: [],
};

/** Re-verification opens this long before `verification_expiry_time` (graph-api.md §11.4). */
export const REVERIFY_WINDOW_MS = 45 * 86_400_000;

/** When a VERIFIED number may be verified again; null when it may be now (or was never verified). */
export function reverificationOpensAt(n: PreverifiedNumberWire, now: number): Date | null {
  const expiry = fromGraphTime(n.verification_expiry_time);
  if (n.code_verification_status !== "VERIFIED" || !expiry) return null;
  const opens = expiry.getTime() - REVERIFY_WINDOW_MS;
  return opens > now ? new Date(opens) : null;
}

export const PreverifiedPhoneNumber = builder.objectRef<PreverifiedNumberWire>("PreverifiedPhoneNumber").implement({
  description:
    "A number the business verified in advance, to offer in Embedded Signup or to add with addPhoneNumber (Graph WhatsAppBusinessPreVerifiedPhoneNumber).",
  fields: (t) => ({
    id: t.id({ description: "The Graph API ID of the pre-verified number (not a phone-number ID; GET /{preverified-id}).", resolve: (n) => String(n.id) }),
    phoneNumber: t.string({ description: 'The number as Meta returns it (Graph `phone_number`, e.g. "+1 631-555-1234").', resolve: (n) => n.phone_number ?? "" }),
    codeVerificationStatus: t.field({
      type: CodeVerificationStatus.ref,
      nullable: true,
      description: "Whether its one-time code was verified (Graph `code_verification_status`: VERIFIED, NOT_VERIFIED, EXPIRED).",
      resolve: (n) => CodeVerificationStatus.read(n.code_verification_status),
    }),
    verificationExpiryTime: t.field({
      type: DateTime,
      nullable: true,
      description: "When VERIFIED lapses unless a client claims the number (Graph `verification_expiry_time`); null when never verified.",
      resolve: (n) => fromGraphTime(n.verification_expiry_time),
    }),
    reverificationOpensAt: t.field({
      type: DateTime,
      nullable: true,
      description: "When the number may be verified again (45 days before verificationExpiryTime); null when it may be now.",
      resolve: (n, _args, ctx) => reverificationOpensAt(n, ctx.now()),
    }),
  }),
});

const PreverifiedPhoneNumberConnection = builder.connectionObject(
  { type: PreverifiedPhoneNumber, name: "PreverifiedPhoneNumberConnection", description: "A page of pre-verified numbers (one Graph page of GET /{business-id}/preverified_numbers)." },
  { name: "PreverifiedPhoneNumberEdge", description: "One pre-verified number of a PreverifiedPhoneNumberConnection." },
);

builder.queryField("preverifiedPhoneNumbers", (t) =>
  t.field({
    type: PreverifiedPhoneNumberConnection,
    description: "The business's pre-verified numbers in creation order, a page at a time (GET /{business-id}/preverified_numbers); operator callers only.",
    args: {
      first: t.arg.int({ required: false, description: "Page size (sent upstream as Graph `limit`, at most 100)." }),
      after: t.arg.string({ required: false, description: "Return the numbers after this cursor (an endCursor of an earlier page)." }),
    },
    authScopes: { $all: { read: true, operator: true } },
    resolve: async (_root, args, ctx, info) => {
      const businessId = businessIdOf(ctx);
      const size = listPageSize(args.first, args.after);
      const nodes = connectionNodes(treeOf(info), "PreverifiedPhoneNumberConnection", "PreverifiedPhoneNumberEdge");
      const fields = [...new Set(nodes.flatMap((n) => graphFieldsOf(n, "PreverifiedPhoneNumber", PREVERIFIED_FIELDS)))].sort();
      const from = args.after == null ? { skip: 0 } : resumeAfter(args.after);
      try {
        const wire = await business.pageOfPreverified(ctx.loaders.reader, businessId, { fields: fields.length > 0 ? fields : ["id"], limit: Math.min(100, size + from.skip), ...from });
        return toPage(wire, { size, skip: from.skip });
      } catch (e) {
        throw toGraphQLError(e, "The business's pre-verified numbers", { callerCursor: args.after == null ? undefined : "after" });
      }
    },
  }),
);
