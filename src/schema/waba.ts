import type { GraphQLResolveInfo } from "graphql";
import type { ResolveTree } from "graphql-parse-resolve-info";
import { WABA_FIELDS } from "./graph-fields.js";
import { pageKey, type PageSpec } from "../loaders/page-spec.js";
import type { WabaRecord } from "../loaders/waba.js";
import type { Context } from "../context.js";
import { builder } from "./builder.js";
import { forwardEnum } from "./forward-enum.js";
import { loadById, loadEachById } from "./ids.js";
import { childrenOf, graphFieldsOf, pageSpecOf, treeOf } from "./lookahead.js";
import { pageOfWaba, readWaba } from "./reads.js";
import { AccountMode } from "./phone-number-enums.js";
import { PhoneNumber } from "./phone-number.js";

const AccountReviewStatus = forwardEnum("AccountReviewStatus", "Meta's review of the WABA.", {
  PENDING: "Under review.",
  APPROVED: "Approved.",
  REJECTED: "Rejected.",
  DEFERRED: "Review deferred.",
});

const BusinessVerificationStatus = forwardEnum(
  "BusinessVerificationStatus",
  "Verification status of the business that owns the WABA (Meta sends it lower-case).",
  {
    EXPIRED: "Verification expired.",
    FAILED: "Verification failed.",
    INELIGIBLE: "Not eligible for verification.",
    NOT_VERIFIED: "Not verified.",
    PENDING: "Verification pending.",
    PENDING_NEED_MORE_INFO: "Meta needs more information.",
    PENDING_SUBMISSION: "Not submitted yet.",
    REJECTED: "Verification rejected.",
    REVOKED: "Verification revoked.",
    VERIFIED: "Verified.",
  },
);

const OwnershipType = forwardEnum("OwnershipType", "How the WABA relates to the business that shares it.", {
  CLIENT_OWNED: "Owned by the client, shared with the partner.",
  ON_BEHALF_OF: "Owned by the partner on behalf of a client.",
  SELF: "Owned by the business itself.",
});

const PhoneNumberFilter = builder.inputType("PhoneNumberFilter", {
  description: "Narrows a WABA's numbers; Meta applies it (Graph API `filtering`).",
  fields: (t) => ({
    accountMode: t.field({ type: AccountMode, required: false, description: "Only numbers in this account mode (sent upstream as Graph API `filtering`)." }),
  }),
});

const PhoneNumberConnection = builder.connectionObject(
  { type: PhoneNumber, name: "PhoneNumberConnection", description: "A page of a WABA's phone numbers." },
  { name: "PhoneNumberEdge", description: "A phone number and its cursor." },
);

export const Waba = builder.objectRef<WabaRecord>("WABA");

Waba.implement({
  description: "A WhatsApp Business Account.",
  fields: (t) => ({
    id: t.id({ description: "The Graph API ID of the account.", resolve: (w) => w.node.id }),
    name: t.string({ nullable: true, description: "The account's name.", resolve: (w) => w.node.name ?? null }),
    currency: t.string({ nullable: true, description: "Billing currency (ISO 4217).", resolve: (w) => w.node.currency ?? null }),
    timezoneId: t.string({ nullable: true, description: "Meta's numeric time-zone id.", resolve: (w) => w.node.timezone_id ?? null }),
    messageTemplateNamespace: t.string({ nullable: true, description: "Namespace of the account's message templates.", resolve: (w) => w.node.message_template_namespace ?? null }),
    accountReviewStatus: t.field({ type: AccountReviewStatus.ref, nullable: true, description: "Meta's review of the account.", resolve: (w) => AccountReviewStatus.read(w.node.account_review_status) }),
    businessVerificationStatus: t.field({ type: BusinessVerificationStatus.ref, nullable: true, description: "Verification status of the owning business.", resolve: (w) => BusinessVerificationStatus.read(w.node.business_verification_status) }),
    ownershipType: t.field({ type: OwnershipType.ref, nullable: true, description: "How the account is owned and shared.", resolve: (w) => OwnershipType.read(w.node.ownership_type) }),
    phoneNumbers: t.connection(
      {
        type: PhoneNumber,
        description: "The account's phone numbers, a page at a time, optionally only those in one account mode.",
        args: { filter: t.arg({ type: PhoneNumberFilter, required: false, description: "Only numbers matching this filter." }) },
        resolve: async (waba, _args, ctx, info) => {
          const spec = waba.pageOfAlias.get(String(info.path.key)) ?? pageSpecOf(treeOf(info));
          if (spec instanceof Error) throw spec;
          return pageOfWaba(ctx, waba, spec);
        },
      },
      PhoneNumberConnection,
    ),
  }),
});

/**
 * What a WABA read must fetch: its node fields and, when batching, the pages selected under it.
 * Page arguments Meta would refuse (first: 1000, …) fail here, before anything is sent upstream.
 */
function wabaRead(ctx: Context, info: GraphQLResolveInfo): { fields: string[]; pages: PageSpec[]; pageOfAlias: ReadonlyMap<string, PageSpec> } {
  const tree = treeOf(info);
  const fields = graphFieldsOf(tree, "WABA", WABA_FIELDS);
  const pages = new Map<string, PageSpec>();
  // Computed once here, per `phoneNumbers` alias: each WABA's connection finds its page without parsing again.
  const pageOfAlias = new Map<string, PageSpec>();
  for (const child of childrenOf(tree, "WABA").filter((c: ResolveTree) => c.name === "phoneNumbers")) {
    const spec = pageSpecOf(child);
    if (spec instanceof Error) throw spec;
    pages.set(pageKey(spec), spec);
    pageOfAlias.set(child.alias, spec);
  }
  return { fields, pages: ctx.loaders.batching ? [...pages.values()] : [], pageOfAlias };
}

builder.queryFields((t) => ({
  waba: t.field({
    type: Waba,
    nullable: true,
    description: "A WhatsApp Business Account by its Graph API ID; null (with an error entry) when it cannot be read.",
    args: { id: t.arg.id({ required: true, description: "The WABA's Graph API ID." }) },
    authScopes: (_root, args) => ({ $all: { read: true, waba: String(args.id) } }),
    resolve: (_root, { id }, ctx, info) => {
      const read = wabaRead(ctx, info);
      return loadById(ctx.idBudget, id, (ok) => readWaba(ctx, { id: ok, ...read }));
    },
  }),
  wabas: t.field({
    type: [Waba],
    nullable: { list: false, items: true },
    description: "Several WABAs in one go, in the order asked; null for each ID that cannot be read.",
    args: { ids: t.arg.idList({ required: true, description: "Graph API IDs of the WABAs (at most 250)." }) },
    authScopes: { read: true },
    resolve: (_root, { ids }, ctx, info) => {
      const read = wabaRead(ctx, info);
      return loadEachById(ctx.idBudget, ids, (id) => ctx.access.canReadWaba(id), (id) => readWaba(ctx, { id, ...read }));
    },
  }),
}));
