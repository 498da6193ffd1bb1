import { request } from "undici";
import { sign } from "../webhooks/signature.js";
import type { SimulatorState } from "./state.js";

/** Where the simulator sends Meta's webhooks, and the app secret it signs them with. */
export interface WebhookTarget {
  url: string;
  appSecret: string;
}

export type NameDecision = "APPROVED" | "REJECTED" | "DEFERRED" | "PENDING";

function wabaOf(state: SimulatorState, phoneId: string): string | undefined {
  for (const [id, waba] of state.wabas) if (waba.phoneIds.includes(phoneId)) return id;
  return undefined;
}

/**
 * Plays Meta's side of a display-name review: changes the number's name status and sends a correctly
 * signed `phone_number_name_update` webhook. Returns the HTTP status the gateway answered.
 */
export async function decideName(state: SimulatorState, target: WebhookTarget | undefined, phoneId: string, decision: NameDecision): Promise<number> {
  const phone = state.phones.get(phoneId);
  const wabaId = wabaOf(state, phoneId);
  if (!phone || !wabaId) return 404;
  const status = decision === "APPROVED" ? "APPROVED" : decision === "REJECTED" ? "DECLINED" : "PENDING_REVIEW";
  if (phone.new_name_status === "PENDING_REVIEW") phone.new_name_status = status;
  else phone.name_status = status;
  if (!target) return 202;
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
              requested_verified_name: phone.verified_name,
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
