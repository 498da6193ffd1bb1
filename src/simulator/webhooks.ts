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
  } else phone.name_status = status;
  // Meta sends a WABA's webhooks only to the apps subscribed to it (graph-api.md §11.6).
  if (!target || state.wabas.get(wabaId)?.subscribedApps.length === 0) return null;
  const body = JSON.stringify({
    object: "whatsapp_business_account",
    entry: [
      {
        id: wabaId,
        time: Math.floor(state.now() / 1000),
        changes: [
          {
            field: "phone_number_name_update",
            value: {
              display_phone_number: String(phone.display_phone_number ?? "").replace(/\D/g, ""),
              decision,
              requested_verified_name: requested,
              rejection_reason: decision === "REJECTED" ? "NAME_FORMAT_UNACCEPTABLE" : null,
            },
          },
        ],
      },
    ],
  });
  const res = await request(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, target.appSecret) },
    body,
  });
  await res.body.dump();
  return res.statusCode;
}
