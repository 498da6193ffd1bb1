import { parsePhoneNumberFromString } from "libphonenumber-js";
import { displayDigits } from "../graph-api/ids.js";
import { livePreverified } from "./preverified-pool.js";
import { invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import { addPhone, newId, secretsOf, wabaOfPhone, type SimWaba, type SubscribedAppData, type WireObject } from "./state.js";

/** Adding and migrating numbers, display-name changes and app subscriptions, as Meta plays them (graph-api.md §11). */

/** The app every token of the simulator belongs to (the app subscribed is the calling token's app [I]). */
export const SIMULATOR_APP: SubscribedAppData = { id: "1398406440514977", name: "waba-gateway demo app", link: "https://example.com/waba-gateway" };

const DISPLAY_NAME_CHANGES = 10;
const DISPLAY_NAME_WINDOW_MS = 30 * 86_400_000;

function wabaOf(ctx: RouteContext, req: RouteRequest): SimWaba {
  const id = req.segments[0] ?? "";
  const waba = ctx.state.wabas.get(id);
  if (!waba) throw unknownObject(id);
  return waba;
}

const digitsOf = (phone: WireObject) => displayDigits(String(phone.display_phone_number ?? ""));

/** Meta's refusal to add a number, with a reason in `details` (the wording of each reason is ours [?]). */
const cannotAdd = (details: string) => new SimGraphError({ code: 200000, message: "Cannot add phone number to WhatsApp Business Account", details });

/** What a migration requires of the number and the destination (graph-api.md §11.3). */
function migrationRefusal(source: WireObject, destination: SimWaba): string | undefined {
  if (source.is_pin_enabled === true) return "Disable two-step verification on the number before migrating it.";
  if (source.name_status !== "APPROVED" || source.new_name_status === "PENDING_REVIEW") return "The number's display name must be approved, with no change pending.";
  if (destination.subscribedApps.length === 0) return "Subscribe an app to the destination WABA before migrating a number to it.";
  return undefined;
}

/**
 * `POST /{waba-id}/phone_numbers` `{cc, phone_number, verified_name[, migrate_phone_number][, preverified_id]}` →
 * `{"id"}`. A plain add creates a NOT_VERIFIED number; a migration moves a number registered on another WABA
 * (the source keeps it until the new one registers); a VERIFIED pre-verified number arrives VERIFIED.
 */
export function addPhoneNumber(ctx: RouteContext, req: RouteRequest): SimResponse {
  const { state } = ctx;
  const waba = wabaOf(ctx, req);
  const wabaId = req.segments[0] ?? "";
  for (const name of ["cc", "phone_number", "verified_name"]) {
    if (!param(req, name)) throw invalidParameter(`The parameter ${name} is required`);
  }
  const cc = param(req, "cc") ?? "";
  const national = param(req, "phone_number") ?? "";
  if (!/^\d{1,3}$/.test(cc) || !/^\d{4,14}$/.test(national)) throw invalidParameter("Param phone_number must be the number without the country code or +");
  const parsed = parsePhoneNumberFromString(`+${cc}${national}`);
  if (!parsed?.isPossible()) throw invalidParameter("Param phone_number is not a valid phone number");
  const digits = `${cc}${national}`;
  const existing = [...state.phones.values()].find((p) => digitsOf(p) === digits);
  const migrate = param(req, "migrate_phone_number") === "true";
  const preverifiedId = param(req, "preverified_id");

  const fields: WireObject = {
    id: newId(state, "16"),
    display_phone_number: parsed.formatInternational(),
    verified_name: param(req, "verified_name"),
    quality_rating: "UNKNOWN",
    code_verification_status: "NOT_VERIFIED",
    name_status: "PENDING_REVIEW",
    account_mode: "LIVE",
    status: "PENDING",
    platform_type: "NOT_APPLICABLE",
    throughput: { level: "NOT_APPLICABLE" },
    last_onboarded_time: new Date(state.now()).toISOString().replace(/\.\d{3}Z$/, "+0000"),
    is_official_business_account: false,
    is_pin_enabled: false,
    whatsapp_business_manager_messaging_limit: "TIER_250",
    messaging_limit_tier: "TIER_250",
  };
  if (migrate) {
    if (!existing || wabaOfPhone(state, existing.id) === wabaId) throw invalidParameter("Param migrate_phone_number must be false.");
    const refusal = migrationRefusal(existing, waba);
    if (refusal) throw cannotAdd(refusal);
    // The number keeps its display name, quality rating, messaging limit and OBA status.
    for (const key of ["verified_name", "name_status", "certificate", "quality_rating", "whatsapp_business_manager_messaging_limit", "messaging_limit_tier", "is_official_business_account"]) {
      if (existing[key] !== undefined) fields[key] = existing[key];
    }
    addPhone(state, wabaId, fields);
    secretsOf(state, fields.id).migratedFrom = existing.id;
    return ok({ id: fields.id });
  }
  if (existing) throw cannotAdd("The number is already on a WhatsApp Business Account; migrate it instead.");
  if (preverifiedId !== null) {
    const pool = livePreverified(state, preverifiedId);
    const poolDigits = displayDigits(String(pool?.fields.phone_number ?? ""));
    if (!pool || poolDigits !== digits) throw invalidParameter("Param preverified_id does not name a pre-verified number with these digits");
    if (pool.fields.code_verification_status !== "VERIFIED") throw cannotAdd("The pre-verified number is not VERIFIED: verify its code again first.");
    // Claimed: the pre-verified object is replaced by the new number node.
    state.preverified.delete(preverifiedId);
    const business = state.businesses.get(pool.businessId);
    if (business) business.preverifiedIds = business.preverifiedIds.filter((id) => id !== preverifiedId);
    fields.code_verification_status = "VERIFIED";
  }
  addPhone(state, wabaId, fields);
  return ok({ id: fields.id });
}

/** `GET /{waba-id}/subscribed_apps`: each app, with the override address when one is set. */
export function subscribedApps(ctx: RouteContext, req: RouteRequest): SimResponse {
  const waba = wabaOf(ctx, req);
  return ok({
    data: waba.subscribedApps.map((app) => ({
      whatsapp_business_api_data: app,
      ...(app.id === SIMULATOR_APP.id && waba.overrideCallbackUri ? { override_callback_uri: waba.overrideCallbackUri } : {}),
    })),
  });
}

/**
 * `POST /{waba-id}/subscribed_apps`: subscribes the calling token's app; with `override_callback_uri` (and
 * `verify_token`), only an app already subscribed may redirect the WABA's webhooks (graph-api.md §13.1).
 */
export function subscribeApp(ctx: RouteContext, req: RouteRequest): SimResponse {
  const waba = wabaOf(ctx, req);
  const uri = param(req, "override_callback_uri");
  if (uri !== null) {
    if (uri.length > 200) throw invalidParameter("Param override_callback_uri must be at most 200 characters");
    if (!param(req, "verify_token")) throw invalidParameter("Param verify_token is required with override_callback_uri");
    if (!waba.subscribedApps.some((a) => a.id === SIMULATOR_APP.id)) {
      throw invalidParameter("Before override the current callback uri, your app must be subscribed to receive messages for WhatsApp Business Account");
    }
    waba.overrideCallbackUri = uri;
    return ok({ success: true });
  }
  if (!waba.subscribedApps.some((a) => a.id === SIMULATOR_APP.id)) waba.subscribedApps.push(SIMULATOR_APP);
  return ok({ success: true });
}

/** `DELETE /{waba-id}/subscribed_apps`: the app, and its override, go. */
export function unsubscribeApp(ctx: RouteContext, req: RouteRequest): SimResponse {
  const waba = wabaOf(ctx, req);
  waba.subscribedApps = waba.subscribedApps.filter((a) => a.id !== SIMULATOR_APP.id);
  delete waba.overrideCallbackUri;
  return ok({ success: true });
}

/** `POST /{phone-number-id}` `{new_display_name}`: the new name goes to review; at most 10 changes in 30 days. */
export function requestDisplayNameChange(ctx: RouteContext, req: RouteRequest): SimResponse {
  const id = req.segments[0] ?? "";
  const phone = ctx.state.phones.get(id);
  if (!phone) throw unknownObject(id);
  const name = param(req, "new_display_name")?.trim();
  if (!name) throw invalidParameter("Param new_display_name must be a non-empty string");
  const s = secretsOf(ctx.state, id);
  const now = ctx.state.now();
  s.displayNameChanges = s.displayNameChanges.filter((t) => now - t < DISPLAY_NAME_WINDOW_MS);
  // Meta documents the limit, not its error [?].
  if (s.displayNameChanges.length >= DISPLAY_NAME_CHANGES) throw invalidParameter("Display name change limit reached: 10 changes in 30 days");
  s.displayNameChanges.push(now);
  phone.new_display_name = name;
  phone.new_name_status = "PENDING_REVIEW";
  delete phone.new_certificate;
  return ok({ success: true });
}
