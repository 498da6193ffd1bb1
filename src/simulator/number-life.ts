import { randomBytes } from "node:crypto";
import { invalidParameter, ok, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import { secretsOf, type WireObject } from "./state.js";

/**
 * A number's life after onboarding (graph-api.md §13.3–§13.4): coexistence syncs and Official Business Account
 * requests. Meta's error texts for these refusals are not known [?]: each is a #100 naming the rule.
 */
const SYNC_TYPES = ["smb_app_state_sync", "history"];
const SYNC_WINDOW_MS = 86_400_000;
const URL_RULE = /^https?:\/\/\S+$/;

function phoneOf(ctx: RouteContext, req: RouteRequest): WireObject {
  const id = req.segments[0] ?? "";
  const phone = ctx.state.phones.get(id);
  if (!phone) throw unknownObject(id);
  return phone;
}

/** `POST /{phone-number-id}/smb_app_data`: a Business app number's contacts or history, each once, within 24 hours. */
export function syncBusinessAppData(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx, req);
  if (param(req, "messaging_product") !== "whatsapp") throw invalidParameter("The parameter messaging_product is required");
  const type = param(req, "sync_type") ?? "";
  if (!SYNC_TYPES.includes(type)) throw invalidParameter("Param sync_type must be one of {smb_app_state_sync, history}");
  if (phone.is_on_biz_app !== true) throw invalidParameter("This phone number is not a WhatsApp Business app number");
  const onboarded = Date.parse(String(phone.last_onboarded_time ?? "").replace(/\+0000$/, "Z"));
  if (Number.isFinite(onboarded) && ctx.state.now() - onboarded > SYNC_WINDOW_MS) throw invalidParameter("The 24-hour window to sync this number's data has passed");
  const s = secretsOf(ctx.state, phone.id);
  if (s.syncsRequested.includes(type)) throw invalidParameter(`A ${type} sync was already requested for this phone number`);
  s.syncsRequested.push(type);
  return ok({ messaging_product: "whatsapp", request_id: randomBytes(12).toString("hex") });
}

/** `POST /{phone-number-id}/official_business_account`: submitted (not approved); the status goes PENDING. */
export function requestOfficialBusinessAccount(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx, req);
  const url = param(req, "business_website_url") ?? "";
  if (!URL_RULE.test(url)) throw invalidParameter("Param business_website_url must be a URL");
  if (!/^[A-Z]{2}$/.test(param(req, "primary_country_of_operation") ?? "")) throw invalidParameter("Param primary_country_of_operation must be an ISO country code");
  if (!param(req, "primary_language")) throw invalidParameter("Param primary_language is required");
  const links = req.body.supporting_links;
  if (links !== undefined && (!Array.isArray(links) || links.length > 5)) throw invalidParameter("Param supporting_links must be at most 5 URLs");
  if (phone.is_on_biz_app === true) throw invalidParameter("WhatsApp Business app numbers cannot become Official Business Accounts");
  if (phone.is_pin_enabled !== true) throw invalidParameter("Two-step verification must be on to request an Official Business Account");
  phone.official_business_account = { oba_status: "PENDING" };
  return ok({ success: true });
}
