import { request } from "undici";
import { sign } from "../webhooks/signature.js";
import { wabaOfPhone, type SimulatorState } from "./state.js";
import { certificateFor } from "./certificates.js";

/** Where the simulator sends Meta's webhooks, and the app secret it signs them with. */
export interface WebhookTarget {
  url: string;
  appSecret: string;
}

export type NameDecision = "APPROVED" | "REJECTED" | "DEFERRED" | "PENDING";

/**
 * Plays Meta's side of a display-name review: changes the number's name status and sends a correctly
 * signed `phone_number_name_update` webhook. Returns the HTTP status the gateway answered, `null` when no webhook
 * went out (no target, or no app subscribed to the WABA), or 404 for an unknown number.
 */
export async function decideName(state: SimulatorState, target: WebhookTarget | undefined, phoneId: string, decision: NameDecision): Promise<number | null> {
  const phone = state.phones.get(phoneId);
  const wabaId = wabaOfPhone(state, phoneId);
  if (!phone || !wabaId) return 404;
  const status = decision === "APPROVED" ? "APPROVED" : decision === "REJECTED" ? "DECLINED" : "PENDING_REVIEW";
  const changing = phone.new_name_status === "PENDING_REVIEW";
  const requested = changing && typeof phone.new_display_name === "string" ? phone.new_display_name : phone.verified_name;
  if (changing) {
    phone.new_name_status = status;
    // The approved name's certificate waits in new_certificate until the number registers again.
    if (status === "APPROVED") phone.new_certificate = certificateFor(phoneId, String(requested), state.now());
  } else {
    phone.name_status = status;
    // An approved name gets its certificate (what register needs); a declined one has none.
    if (status === "APPROVED") phone.certificate = certificateFor(phoneId, String(requested), state.now());
    else if (status === "DECLINED") delete phone.certificate;
  }
  return deliver(state, target, wabaId, "phone_number_name_update", {
    display_phone_number: String(phone.display_phone_number ?? "").replace(/\D/g, ""),
    decision,
    requested_verified_name: requested,
    rejection_reason: decision === "REJECTED" ? "NAME_FORMAT_UNACCEPTABLE" : null,
  });
}

/** Sends one signed change as Meta does; the gateway's HTTP status, or null when nothing went out. */
async function deliver(state: SimulatorState, target: WebhookTarget | undefined, wabaId: string, field: string, value: Record<string, unknown>): Promise<number | null> {
  // Meta sends a WABA's webhooks only to the apps subscribed to it (graph-api.md §11.6).
  if (!target || state.wabas.get(wabaId)?.subscribedApps.length === 0) return null;
  const body = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: wabaId, time: Math.floor(state.now() / 1000), changes: [{ field, value }] }] });
  const res = await request(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, target.appSecret) },
    body,
  });
  await res.body.dump();
  return res.statusCode;
}

export const LIFECYCLE_FIELDS = ["phone_number_quality_update", "account_update", "account_review_update", "business_capability_update", "account_alerts", "security"] as const;
export type LifecycleField = (typeof LIFECYCLE_FIELDS)[number];

/**
 * One of Meta's other lifecycle webhooks for a number (graph-api.md §10.6, §13.5), with a representative value, the
 * number changed as Meta would change it (an OBA approval shows in official_business_account).
 */
export async function lifecycleEvent(state: SimulatorState, target: WebhookTarget | undefined, phoneId: string, field: LifecycleField): Promise<number | null> {
  const phone = state.phones.get(phoneId);
  const wabaId = wabaOfPhone(state, phoneId);
  if (!phone || !wabaId) return 404;
  const digits = String(phone.display_phone_number ?? "").replace(/\D/g, "");
  const now = Math.floor(state.now() / 1000);
  const values: Record<LifecycleField, Record<string, unknown>> = {
    phone_number_quality_update: { display_phone_number: digits, event: "THROUGHPUT_UPGRADE", current_limit: "TIER_10K", old_limit: "TIER_2K" },
    account_update: { phone_number: digits, event: "ACCOUNT_RESTRICTION", restriction_info: [{ restriction_type: "RESTRICTED_BIZ_INITIATED_MESSAGING", expiration: now + 7 * 86_400 }] },
    account_review_update: { decision: "APPROVED" },
    business_capability_update: { max_daily_conversations_per_business: 2000, max_phone_numbers_per_waba: 25 },
    account_alerts: {
      entity_type: "PHONE_NUMBER",
      entity_id: phoneId,
      alert_info: { alert_severity: "INFORMATIONAL", alert_status: "NONE", alert_type: "OBA_APPROVED", alert_description: "The number is now an Official Business Account." },
    },
    security: { display_phone_number: digits, event: "PIN_CHANGED", requester: "1000000000000001" },
  };
  if (field === "account_alerts") Object.assign(phone, { official_business_account: { oba_status: "APPROVED" }, is_official_business_account: true });
  return deliver(state, target, wabaId, field, values[field]);
}
