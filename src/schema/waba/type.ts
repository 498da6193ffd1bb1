import type { ResolveTree } from "graphql-parse-resolve-info";
import { pageKey, type PageSpec } from "../../loaders/page-spec.js";
import type { WabaKey, WabaRecord } from "../../loaders/waba.js";
import type { Context } from "../../context.js";
import { builder, forwardEnum, type ObjectFieldBuilder } from "../builder.js";
import { loadById, loadEachById } from "../shared/ids.js";
import { childrenOf, graphFields, pageSpecOf, treeOf, type FieldTable } from "../shared/lookahead.js";
import { toPage, type CursorPage } from "../shared/cursor-page.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import type { PhoneNumberWire, SubscribedAppWire } from "../../graph-api/types.js";
import { AccountMode } from "../phone-number/enums.js";
import { PHONE_NUMBER_FIELDS, PhoneNumber } from "../phone-number/type.js";

/** Each WABA field and the Graph fields it needs. */
export const WABA_FIELDS: FieldTable = {
  id: ["id"],
  name: ["name"],
  currency: ["currency"],
  timezoneId: ["timezone_id"],
  messageTemplateNamespace: ["message_template_namespace"],
  accountReviewStatus: ["account_review_status"],
  businessVerificationStatus: ["business_verification_status"],
  ownershipType: ["ownership_type"],
  // Read through the edge or field expansion, not as a node field.
  phoneNumbers: [],
  // Read through GET /{waba-id}/subscribed_apps, beside the WABA.
  subscribedApps: [],
  __typename: [],
};

/** A WABA through the loaders, Meta's and the transport's errors turned into client-facing GraphQL errors. */
const readWaba = (ctx: Context, key: WabaKey, loader = ctx.loaders.waba): Promise<WabaRecord> =>
  loader.load(key).catch((e: unknown) => {
    throw toGraphQLError(e, `WABA ${key.id}`);
  });

/** A page of a WABA's numbers: the one read with the WABA when there is one, else its own edge read. */
async function pageOfWaba(ctx: Context, waba: WabaRecord, spec: PageSpec): Promise<CursorPage<PhoneNumberWire>> {
  const wire = waba.pages.get(pageKey(spec)) ?? (await ctx.loaders.phoneNumbersOfWaba.load({ wabaId: waba.node.id, spec }).catch((e: Error) => e));
  if (wire instanceof Error) {
    // Only a cursor comes from the caller unchecked: Meta refusing it is the caller's to fix.
    throw toGraphQLError(wire, `WABA ${waba.node.id}`, { callerCursor: spec.after !== undefined ? "after" : spec.before !== undefined ? "before" : undefined });
  }
  return toPage(wire, spec);
}

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

/**
 * A WABA as GraphQL resolves it: the loader's record, and the page each `phoneNumbers` alias asks for (computed
 * once from the operation; aliases never reach a loader key).
 */
export interface WabaParent extends WabaRecord {
  pageOfAlias?: ReadonlyMap<string, PageSpec>;
  /** The WABA's subscribed apps, when the operation asked for them: read in the same round trip as the WABA. */
  subscribedApps?: Promise<SubscribedAppWire[]>;
}

export const Waba = builder.objectRef<WabaParent>("WABA");

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
          const spec = waba.pageOfAlias?.get(String(info.path.key)) ?? pageSpecOf(treeOf(info), PHONE_NUMBER_FIELDS);
          if (spec instanceof Error) throw spec;
          return pageOfWaba(ctx, waba, spec);
        },
      },
      PhoneNumberConnection,
    ),
  }),
});

/** What an operation selects under a WABA: its Graph fields, the pages of its numbers, and its subscribed apps. */
export interface WabaSelection {
  fields: string[];
  /** Distinct pages, to read with the WABA (empty without batching: each page is read when resolved). */
  pages: PageSpec[];
  /** The page of each `phoneNumbers` alias, computed once; an alias used with two different pages is left out. */
  pageOfAlias: ReadonlyMap<string, PageSpec>;
  subscribedApps: boolean;
}

/**
 * What a WABA read must fetch, from one or more selections of the WABA (a `node` may be aliased in a connection).
 * Page arguments Meta would refuse (first: 1000, …) fail here, before anything is sent upstream.
 */
export function wabaSelection(ctx: Context, trees: readonly ResolveTree[]): WabaSelection {
  const children = trees.flatMap((tree) => childrenOf(tree, "WABA"));
  const fields = graphFields(WABA_FIELDS, children.map((c) => c.name));
  const pages = new Map<string, PageSpec>();
  const pageOfAlias = new Map<string, PageSpec>();
  const conflicting = new Set<string>();
  for (const child of children.filter((c) => c.name === "phoneNumbers")) {
    const spec = pageSpecOf(child, PHONE_NUMBER_FIELDS);
    if (spec instanceof Error) throw spec;
    pages.set(pageKey(spec), spec);
    const known = pageOfAlias.get(child.alias);
    if (known && pageKey(known) !== pageKey(spec)) conflicting.add(child.alias);
    pageOfAlias.set(child.alias, spec);
  }
  for (const alias of conflicting) pageOfAlias.delete(alias);
  return {
    fields,
    pages: ctx.loaders.batching ? [...pages.values()] : [],
    pageOfAlias,
    subscribedApps: children.some((c) => c.name === "subscribedApps"),
  };
}

/**
 * Reads a WABA as selected. Its subscribed apps, when selected, are asked for in the same tick, so that the
 * batched reader sends both in one round trip. `fresh`: after a mutation, never from a cache or this operation's
 * earlier reads.
 */
export function readSelectedWaba(ctx: Context, id: string, selection: WabaSelection, fresh = false): Promise<WabaParent> {
  const { fields, pages, pageOfAlias } = selection;
  const apps = selection.subscribedApps ? (fresh ? ctx.loaders.freshSubscribedApps : ctx.loaders.subscribedApps).load(id) : undefined;
  // Handled where the field resolves; a WABA that fails to read leaves it unread without an unhandled rejection.
  apps?.catch(() => undefined);
  return readWaba(ctx, { id, fields, pages }, fresh ? ctx.loaders.freshWaba : ctx.loaders.waba).then((record) => ({
    ...record,
    pageOfAlias,
    ...(apps ? { subscribedApps: apps } : {}),
  }));
}

/** A success's `waba`: the WABA read again after the change (never from a cache); needs the read scope. */
export function wabaAfterChange<T extends { wabaId: string }>(t: ObjectFieldBuilder<T>, description: string) {
  return t.field({
    type: Waba,
    nullable: true,
    description,
    authScopes: { read: true },
    resolve: (s, _args, ctx, info) => readSelectedWaba(ctx, s.wabaId, wabaSelection(ctx, [treeOf(info)]), true),
  });
}

builder.queryFields((t) => ({
  waba: t.field({
    type: Waba,
    nullable: true,
    description: "A WhatsApp Business Account by its Graph API ID; null (with an error entry) when it cannot be read.",
    args: { id: t.arg.id({ required: true, description: "The WABA's Graph API ID." }) },
    authScopes: (_root, args) => ({ $all: { read: true, waba: String(args.id) } }),
    resolve: (_root, { id }, ctx, info) => {
      const selection = wabaSelection(ctx, [treeOf(info)]);
      return loadById(ctx, id, (ok) => readSelectedWaba(ctx, ok, selection));
    },
  }),
  wabas: t.field({
    type: [Waba],
    nullable: { list: false, items: true },
    description: "Several WABAs in one go, in the order asked; null for each ID that cannot be read.",
    args: { ids: t.arg.idList({ required: true, description: "Graph API IDs of the WABAs (at most 250)." }) },
    authScopes: { read: true },
    resolve: (_root, { ids }, ctx, info) => {
      const selection = wabaSelection(ctx, [treeOf(info)]);
      return loadEachById(ctx, ids, (id) => ctx.access.canReadWaba(id), (id) => readSelectedWaba(ctx, id, selection));
    },
  }),
}));
