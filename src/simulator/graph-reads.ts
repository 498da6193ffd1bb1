import { parseFields, FieldSyntaxError, type FieldSelection } from "./field-selection.js";
import { invalidParameter, unknownObject } from "./responses.js";
import type { RouteContext } from "./route-request.js";
import { livePreverified } from "./preverified-pool.js";
import { readAllocation } from "./embedded-signup.js";
import { phonesOfWaba, type SimulatorState, type WireObject } from "./state.js";

/** Node fields Meta documents (graph-api.md §1, §3); anything else fails the whole request with #100. */
const PHONE_FIELDS = new Set([
  "id", "display_phone_number", "verified_name", "quality_rating", "quality_score", "code_verification_status",
  "name_status", "new_name_status", "certificate", "new_certificate", "account_mode", "status", "platform_type",
  "host_platform", "throughput", "last_onboarded_time", "is_official_business_account", "official_business_account",
  "is_pin_enabled", "is_on_biz_app", "is_preverified_number", "new_display_name", "messaging_limit_tier",
  "whatsapp_business_manager_messaging_limit", "health_status", "search_visibility",
  "eligibility_for_api_business_global_search", "conversational_automation", "webhook_configuration",
]);
const WABA_FIELDS = new Set([
  "id", "name", "currency", "timezone_id", "message_template_namespace", "account_review_status",
  "business_verification_status", "ownership_type", "status", "country", "creation_time", "health_status",
  "whatsapp_business_manager_messaging_limit", "primary_business_location", "is_enabled_for_insights",
  "is_shared_with_partners", "owner_business_info", "on_behalf_of_business_info", "primary_funding_id",
]);
const ALLOCATION_FIELDS = new Set(["id", "receiving_credential", "request_status", "receiving_business"]);
/**
 * Version-dependent names (graph-api.md §1, §12): the portfolio messaging limit exists from v24.0 on; asking an
 * older version for it fails the whole read with #100 like any unknown field. `messaging_limit_tier` is deprecated
 * but still answered on v24+ (no source says it is refused there).
 */
const NEW_MESSAGING_LIMIT = "whatsapp_business_manager_messaging_limit";
const NEW_MESSAGING_LIMIT_SINCE = 24;
const fieldExists = (name: string, known: Set<string>, version: number) =>
  known.has(name) && (name !== NEW_MESSAGING_LIMIT || version >= NEW_MESSAGING_LIMIT_SINCE);

const BUSINESS_FIELDS = new Set(["id", "name"]);
const PREVERIFIED_FIELDS = new Set(["id", "phone_number", "code_verification_status", "verification_expiry_time", "code_verification_time", "owner_business"]);
const PREVERIFIED_DEFAULT = "id,phone_number,code_verification_status,verification_expiry_time";
const PHONE_DEFAULT = "id,display_phone_number,verified_name,quality_rating";
export const WABA_DEFAULT = "id,name,timezone_id,message_template_namespace";
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

export type NodeKind = "phone" | "waba" | "business" | "preverified";

export interface PageQuery {
  fields?: string | null;
  filtering?: string | null;
  limit?: string | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (id: string) => Buffer.from(`QVFI:${id}`).toString("base64url");
function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString();
  if (!text.startsWith("QVFI:")) throw invalidParameter("Invalid cursor");
  return text.slice(5);
}

function selections(fields: string | null | undefined, fallback: string): FieldSelection[] {
  try {
    return parseFields(fields && fields.length > 0 ? fields : fallback);
  } catch (e) {
    if (e instanceof FieldSyntaxError) throw invalidParameter(`Syntax error: ${e.message}`);
    throw e;
  }
}

export function kindOf(state: SimulatorState, id: string): NodeKind | undefined {
  if (state.phones.has(id)) return "phone";
  if (state.wabas.has(id)) return "waba";
  if (state.businesses.has(id)) return "business";
  if (state.preverified.has(id)) return "preverified";
  return undefined;
}

/** One node, with `fields` projected (and `phone_numbers` expanded on a WABA). */
export function readNode(ctx: RouteContext, id: string, fields: string | null | undefined): WireObject {
  const { state } = ctx;
  const kind = kindOf(state, id);
  if (kind === "phone") return project(ctx, state.phones.get(id) as WireObject, selections(fields, PHONE_DEFAULT), PHONE_FIELDS, "WhatsAppBusinessPhoneNumber");
  if (kind === "waba") {
    const waba = state.wabas.get(id);
    if (!waba) throw unknownObject(id);
    const sels = selections(fields, WABA_DEFAULT);
    const out = project(ctx, waba.fields, sels.filter((s) => s.name !== "phone_numbers"), WABA_FIELDS, "WhatsAppBusinessAccount");
    for (const sel of sels.filter((s) => s.name === "phone_numbers")) {
      for (const m of Object.keys(sel.modifiers)) {
        if (m !== "limit") throw invalidParameter(`Unsupported field expansion modifier: ${m}`);
      }
      const page = readPhonePage(ctx, id, { limit: sel.modifiers.limit ?? null, fields: sel.children ? serialize(sel.children) : null });
      // Graph leaves an empty expanded edge out altogether.
      if (page.data.length > 0) out.phone_numbers = page;
    }
    return out;
  }
  if (kind === "business") {
    const business = state.businesses.get(id);
    return project(ctx, { id, name: business?.name }, selections(fields, "id,name"), BUSINESS_FIELDS, "Business");
  }
  if (kind === "preverified") return readPreverified(ctx, id, fields);
  const allocation = readAllocation(state, id);
  if (allocation) return project(ctx, allocation, selections(fields, "id"), ALLOCATION_FIELDS, "ExtendedCreditAllocationConfig");
  throw unknownObject(id);
}

/** A pre-verified number, its status as of now (graph-api.md §11.4). */
export function readPreverified(ctx: RouteContext, id: string, fields: string | null | undefined): WireObject {
  const number = livePreverified(ctx.state, id);
  if (!number) throw unknownObject(id);
  return project(ctx, number.fields, selections(fields, PREVERIFIED_DEFAULT), PREVERIFIED_FIELDS, "WhatsAppBusinessPreVerifiedPhoneNumber");
}

function serialize(sels: FieldSelection[]): string {
  return sels
    .map((s) => {
      const mods = Object.entries(s.modifiers).map(([k, v]) => `.${k}(${v})`).join("");
      return `${s.name}${mods}${s.children ? `{${serialize(s.children)}}` : ""}`;
    })
    .join(",");
}

function project(ctx: RouteContext, obj: WireObject, sels: FieldSelection[], known: Set<string>, typeName: string): WireObject {
  const out: WireObject = { id: obj.id };
  for (const sel of sels) {
    if (!fieldExists(sel.name, known, ctx.version)) throw invalidParameter(`Tried accessing nonexisting field (${sel.name}) on node type (${typeName})`);
    const value = obj[sel.name === "host_platform" ? "platform_type" : sel.name];
    if (value !== undefined && value !== null) out[sel.name] = value;
  }
  return out;
}

interface Filter {
  field: string;
  operator: string;
  value: unknown;
}

function parseFiltering(text: string): Filter[] {
  let parsed: unknown;
  try {
    // Meta's own sample uses single quotes; accept both forms like Graph does.
    parsed = JSON.parse(text.includes('"') ? text : text.replace(/'/g, '"'));
  } catch {
    throw invalidParameter("Param filtering must be a JSON array");
  }
  if (!Array.isArray(parsed)) throw invalidParameter("Param filtering must be a JSON array");
  return parsed.map((f: unknown) => {
    const o = (f ?? {}) as Record<string, unknown>;
    return { field: String(o.field), operator: String(o.operator).toUpperCase(), value: o.value };
  });
}

function matches(phone: WireObject, f: Filter): boolean {
  if (f.operator !== "EQUAL") throw invalidParameter(`Filtering field '${f.field}' with operation '${f.operator.toLowerCase()}' is not supported`);
  switch (f.field) {
    case "account_mode":
      if (f.value !== "SANDBOX" && f.value !== "LIVE") throw invalidParameter(`Invalid value for account_mode: ${String(f.value)}`);
      return phone.account_mode === f.value;
    case "is_official_business_account":
      if (typeof f.value !== "boolean") throw invalidParameter("Filtering field 'is_official_business_account' with operation 'equal' is not supported");
      return phone.is_official_business_account === f.value;
    case "messaging_limit_tier":
      return phone.messaging_limit_tier === f.value;
    default:
      throw invalidParameter(`Filtering field '${f.field}' is not supported`);
  }
}

export interface WirePage {
  data: WireObject[];
  paging?: { cursors: { before: string; after: string }; next?: string; previous?: string };
}

/** `GET /{waba-id}/phone_numbers`: Meta's cursor paging over the WABA's numbers. */
export function readPhonePage(ctx: RouteContext, wabaId: string, q: PageQuery): WirePage {
  const { state } = ctx;
  if (!state.wabas.has(wabaId)) {
    if (state.phones.has(wabaId)) throw invalidParameter("Tried accessing nonexisting field (phone_numbers) on node type (WhatsAppBusinessPhoneNumber)");
    throw unknownObject(wabaId);
  }
  const sels = selections(q.fields, PHONE_DEFAULT);
  const filters = q.filtering ? parseFiltering(q.filtering) : [];
  const all = phonesOfWaba(state, wabaId).filter((p) => filters.every((f) => matches(p, f)));
  return cursorPage(ctx, all, q, `${wabaId}/phone_numbers`, (p) => project(ctx, p, sels, PHONE_FIELDS, "WhatsAppBusinessPhoneNumber"));
}

/** `GET /{business-id}/client_whatsapp_business_accounts` or `owned_…`: the business's WABAs, with field expansion. */
export function readWabaPage(ctx: RouteContext, wabaIds: readonly string[], edge: string, q: PageQuery): WirePage {
  if (q.filtering) {
    // Meta filters these edges by creation_time (graph-api.md §11.1); the gateway never sends it, so the simulator
    // does not play it: it refuses rather than answering an unfiltered page as if filtered.
    throw invalidParameter("The simulator does not filter this edge (Meta filters it by creation_time only)");
  }
  const all = wabaIds.map((id) => ctx.state.wabas.get(id)?.fields).filter((w): w is WireObject => w !== undefined);
  return cursorPage(ctx, all, q, edge, (w) => readNode(ctx, w.id, q.fields || WABA_DEFAULT));
}

/** Any list edge: `limit` (≤ 100, default 25), `after`/`before` cursors, `paging` with `next`/`previous` links. */
export function cursorPage(ctx: RouteContext, all: WireObject[], q: PageQuery, path: string, project: (o: WireObject) => WireObject): WirePage {
  const limit = q.limit ? Number(q.limit) : DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw invalidParameter("Param limit must be a non-negative integer");
  // Meta's ceiling is 100 per page; the simulator refuses more so that a gateway asking for it is caught.
  if (limit > MAX_LIMIT) throw invalidParameter(`Param limit must be at most ${MAX_LIMIT}`);
  let start = 0;
  let end = Math.min(all.length, limit);
  if (q.after) {
    const id = decodeCursor(q.after);
    start = all.findIndex((p) => p.id === id) + 1;
    if (start === 0) throw invalidParameter("Invalid cursor");
    end = Math.min(all.length, start + limit);
  } else if (q.before) {
    const id = decodeCursor(q.before);
    end = all.findIndex((p) => p.id === id);
    if (end < 0) throw invalidParameter("Invalid cursor");
    start = Math.max(0, end - limit);
  }
  const slice = all.slice(start, end);
  const data = slice.map(project);
  const first = slice[0];
  const last = slice[slice.length - 1];
  if (!first || !last) return { data };
  const link = (key: "after" | "before", cursor: string) => {
    const u = new URL(`${ctx.versionUrl}/${path}`);
    if (q.fields) u.searchParams.set("fields", q.fields);
    if (q.filtering) u.searchParams.set("filtering", q.filtering);
    u.searchParams.set("limit", String(limit));
    u.searchParams.set(key, cursor);
    return u.toString();
  };
  const paging: NonNullable<WirePage["paging"]> = { cursors: { before: encodeCursor(first.id), after: encodeCursor(last.id) } };
  if (end < all.length) paging.next = link("after", paging.cursors.after);
  if (start > 0) paging.previous = link("before", paging.cursors.before);
  return { data, paging };
}
