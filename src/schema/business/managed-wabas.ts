import { GraphQLError } from "graphql";
import { isOperator } from "../../auth/caller.js";
import { business, type WabaRelation } from "../../graph-api/business-operations.js";
import type { PageWire, WabaWire } from "../../graph-api/types.js";
import { expandedPage, numbersExpansion, pageKey, type PageSpec } from "../../loaders/page-spec.js";
import type { NumberPageWire } from "../../loaders/phone-numbers-of-waba.js";
import type { Context } from "../../context.js";
import { builder } from "../builder.js";
import { businessIdOf } from "./business.js";
import { cursorOn, resumeAfter, toPage, type CursorPage, type EdgeValue } from "../shared/cursor-page.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import { takeIds } from "../shared/ids.js";
import { openCursor, sealCursor } from "../shared/sealed-cursor.js";
import { connectionNodes, listPageSize, treeOf } from "../shared/lookahead.js";
import { readSelectedWaba, Waba, wabaSelection, type WabaParent, type WabaSelection } from "../waba/type.js";

/** The business's WABAs (graph-api.md §11.1), a Relay page at a time, each only for callers allowed to see it. */

const WabaRelationEnum = builder.enumType("WabaRelation", {
  description: "How a WABA relates to the business, i.e. which Graph edge of the business lists it.",
  values: {
    CLIENT: { description: "Shared with the business by a client, e.g. through Embedded Signup (GET /{business-id}/client_whatsapp_business_accounts)." },
    OWNED: { description: "Owned by the business itself (GET /{business-id}/owned_whatsapp_business_accounts)." },
  },
});

const WabaConnection = builder.connectionObject(
  { type: Waba, name: "WABAConnection", description: "A page of the business's WABAs (one Graph page of client_ or owned_whatsapp_business_accounts)." },
  { name: "WABAEdge", description: "One WABA of a WABAConnection." },
);

/** A tenant's page scans at most this many of Meta's pages (100 WABAs each) for WABAs it may see. */
const MAX_SCANNED_PAGES = 10;
const SCAN_LIMIT = 100;

/** A WABA as Meta listed it on the business edge, with its expanded page of numbers (Meta may send the id as a number). */
function recordOf(wire: WabaWire, selection: WabaSelection, expanded: PageSpec | undefined): WabaParent {
  const node = { ...wire, id: String(wire.id) };
  const pages = new Map<string, NumberPageWire | Error>();
  // Graph leaves an empty expanded edge out of the answer altogether.
  if (expanded) pages.set(pageKey(expanded), node.phone_numbers ?? { data: [] });
  return { node, pages, pageOfAlias: selection.pageOfAlias };
}

/**
 * An operator sees every WABA: one call, each WABA's fields and a plain first page of its numbers by field
 * expansion (`phone_numbers.limit(n){…}`); other pages are read per WABA afterwards, batched.
 */
async function operatorPage(ctx: Context, path: { businessId: string; relation: WabaRelation }, size: number, after: string | undefined, selection: WabaSelection) {
  const expanded = expandedPage(selection.pages);
  const fields = expanded ? [...selection.fields, numbersExpansion(expanded)] : selection.fields;
  const from = after === undefined ? { skip: 0 } : resumeAfter(after);
  const wire = await business.pageOfWabas(ctx.loaders.reader, path.businessId, path.relation, { fields, limit: Math.min(SCAN_LIMIT, size + from.skip), ...from });
  const page = toPage(wire, { size, skip: from.skip });
  const edges = page.edges.map((e) => ({ cursor: e.cursor, node: recordOf(e.node, selection, expanded) }));
  return { edges, pageInfo: page.pageInfo };
}

/**
 * A tenant sees only its WABAs, and nothing is read of the others but their ids: Meta's list is walked by id
 * (100 a call) from the cursor until the page is full, then the tenant's WABAs are read as selected, in one
 * batched round trip. Cursors are positions in Meta's list, sealed (shared/sealed-cursor.ts): Meta's cursor at a position
 * names the WABA there, often another tenant's. Operators take this path too when WABAs have tokens of their
 * own: each WABA is then read with its own token.
 */
async function filteredPage(ctx: Context, path: { businessId: string; relation: WabaRelation }, size: number, after: string | undefined, selection: WabaSelection) {
  const empty: CursorPage<WabaParent> = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: after !== undefined, startCursor: null, endCursor: null } };
  if (ctx.access.caller.wabaIds !== "all" && ctx.access.caller.wabaIds.size === 0) return empty;
  const key = await ctx.fleet.sharedKey("managed-wabas-cursor");
  const found: EdgeValue<string>[] = [];
  let from = after === undefined ? { skip: 0 } : resumeAfter(openedCursor(key, after));
  let more = false;
  let lastScanned: string | null = null;
  for (let scanned = 0; scanned < MAX_SCANNED_PAGES; scanned++) {
    const wire: PageWire<WabaWire> = await business.pageOfWabas(ctx.loaders.reader, path.businessId, path.relation, { fields: ["id"], limit: SCAN_LIMIT, ...from });
    const data = wire.data ?? [];
    for (let i = from.skip; i < data.length; i++) {
      const id = String(data[i]?.id);
      lastScanned = cursorOn(wire, i);
      if (!ctx.access.canReadWaba(id)) continue;
      if (found.length === size) {
        more = true;
        break;
      }
      found.push({ cursor: sealCursor(key, lastScanned), node: id });
    }
    const next = wire.paging?.cursors?.after;
    if (more || !wire.paging?.next || !next) break;
    from = { after: next, skip: 0 };
    // Out of scan budget with Meta's list not at its end: say there is more, and resume after what was scanned.
    more = scanned === MAX_SCANNED_PAGES - 1;
  }
  const records = await Promise.all(found.map((e) => readSelectedWaba(ctx, e.node, selection)));
  const edges = found.map((e, i) => ({ cursor: e.cursor, node: records[i] as WabaParent }));
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? (more && lastScanned !== null ? sealCursor(key, lastScanned) : null),
    },
  };
}

/** A sealed cursor's position; anything else (a cursor of another page, an old key's) is the caller's to fix. */
function openedCursor(key: Buffer, after: string): string {
  const opened = openCursor(key, after);
  if (opened === undefined) {
    throw new GraphQLError("This cursor was not issued for this list (or has expired); start again from the first page.", { extensions: { code: "BAD_USER_INPUT", argument: "after" } });
  }
  return opened;
}

builder.queryField("managedWabas", (t) =>
  t.field({
    type: WabaConnection,
    description:
      "The business's WABAs, a page at a time (GET /{business-id}/client_whatsapp_business_accounts or /owned_whatsapp_business_accounts); only those the caller may see.",
    args: {
      relation: t.arg({ type: WabaRelationEnum, required: true, description: "Which of the business's WABAs to list: shared with it by clients, or its own." }),
      first: t.arg.int({ required: false, description: "Page size (sent upstream as Graph `limit`, at most 100)." }),
      after: t.arg.string({ required: false, description: "Return the WABAs after this cursor (an endCursor of an earlier page)." }),
    },
    authScopes: { read: true },
    resolve: async (_root, args, ctx, info) => {
      const path = { businessId: businessIdOf(ctx), relation: args.relation };
      const size = listPageSize(args.first, args.after);
      const selection = wabaSelection(ctx, connectionNodes(treeOf(info), "WABAConnection", "WABAEdge"));
      const after = args.after ?? undefined;
      // A page of WABAs counts against the operation's budget of objects, like `wabas(ids:)`.
      takeIds(ctx, size);
      const onePass = isOperator(ctx.access.caller) && !ctx.perWabaTokens;
      try {
        return await (onePass ? operatorPage : filteredPage)(ctx, path, size, after, selection);
      } catch (e) {
        throw toGraphQLError(e, "The business's WABAs", { callerCursor: after === undefined ? undefined : "after" });
      }
    },
  }),
);
