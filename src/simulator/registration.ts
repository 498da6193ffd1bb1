import { invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import { removePhone, secretsOf, type SimulatorState, type WireObject } from "./state.js";

/** The code every simulated SMS or voice call "sends", so that a person can finish the flow in GraphiQL. */
export const SIMULATOR_VERIFICATION_CODE = "123456";
const REGISTRATION_LIMIT = 10;
const WINDOW_MS = 72 * 3600 * 1000;
const PIN = /^\d{6}$/;
export const DATA_LOCALIZATION_REGIONS = ["AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN", "JP", "KR", "SG", "ZA"];

function phoneOf(state: SimulatorState, req: RouteRequest): WireObject {
  const id = req.segments[0] ?? "";
  const phone = state.phones.get(id);
  if (!phone) throw unknownObject(id);
  return phone;
}

const success = (): SimResponse => ok({ success: true });

/** Meta's 10 register/deregister calls per number in a moving 72-hour window (#133016). */
function countRegistrationCall(state: SimulatorState, id: string): void {
  const s = secretsOf(state, id);
  const now = state.now();
  s.registrationCalls = s.registrationCalls.filter((t) => now - t < WINDOW_MS);
  if (s.registrationCalls.length >= REGISTRATION_LIMIT) {
    throw new SimGraphError({
      code: 133016,
      message: "Account register deregister rate limit exceeded",
      details: "Registration or deregistration failed because there were too many attempts for this phone number in a short period of time. The number is blocked for 72 hours.",
    });
  }
  s.registrationCalls.push(now);
}

export function register(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx.state, req);
  if (param(req, "messaging_product") !== "whatsapp") throw invalidParameter("The parameter messaging_product is required");
  const pin = param(req, "pin");
  if (!pin || !PIN.test(pin)) throw invalidParameter("Param pin must be a 6-digit number");
  const region = param(req, "data_localization_region");
  if (region !== null && !DATA_LOCALIZATION_REGIONS.includes(region)) throw invalidParameter("Invalid parameter data_localization_region");
  countRegistrationCall(ctx.state, phone.id);
  if (phone.code_verification_status !== "VERIFIED") {
    throw new SimGraphError({ code: 133006, message: "Phone number re-verification needed", details: "Verify the phone number before registering it." });
  }
  const s = secretsOf(ctx.state, phone.id);
  if (s.onWhatsAppAccount) {
    throw new SimGraphError({
      code: 100,
      subcode: 2388001,
      message: "(#100) Invalid parameter",
      userTitle: "Cannot Create Certificate",
      userMsg: "This number is registered to an existing WhatsApp account. To use this number, disconnect it from the existing account.",
    });
  }
  // No approved name, no certificate, no registration (graph-api.md §13.1: "certificate is not ready"; the answer's
  // code is the field reports' 100/2388001 with a display-name message, [T]).
  if (phone.certificate === undefined) {
    throw new SimGraphError({
      code: 100,
      subcode: 2388001,
      message: "(#100) Invalid parameter",
      userTitle: "Cannot Create Certificate",
      userMsg: `Your display name could not be processed (name status ${String(phone.name_status ?? "NONE")}). Please try again once it is approved.`,
    });
  }
  if (s.pin !== undefined && s.pin !== pin) {
    throw new SimGraphError({ code: 133005, message: "Two step verification PIN Mismatch", details: "The PIN does not match the two-step verification PIN of this number." });
  }
  s.pin = pin;
  Object.assign(phone, { is_pin_enabled: true, platform_type: "CLOUD_API", status: "CONNECTED", throughput: { level: "STANDARD" } });
  takeApprovedName(phone);
  // A migration completes when the destination registers: the source WABA loses the number (graph-api.md §11.3).
  if (s.migratedFrom !== undefined) {
    removePhone(ctx.state, s.migratedFrom);
    s.migratedFrom = undefined;
  }
  return success();
}

/** Registering after an approved display-name change puts the new name and certificate in force (graph-api.md §11.5). */
function takeApprovedName(phone: WireObject): void {
  if (phone.new_name_status !== "APPROVED") return;
  if (typeof phone.new_display_name === "string") phone.verified_name = phone.new_display_name;
  phone.name_status = "APPROVED";
  if (phone.new_certificate !== undefined) phone.certificate = phone.new_certificate;
  for (const key of ["new_display_name", "new_name_status", "new_certificate"]) delete phone[key];
}

export function deregister(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx.state, req);
  // The owner disconnects a Business app number in the app (graph-api.md §13.3).
  if (phone.is_on_biz_app === true) throw invalidParameter("Deregistration is not available for WhatsApp Business app numbers");
  countRegistrationCall(ctx.state, phone.id);
  Object.assign(phone, { platform_type: "NOT_APPLICABLE", status: "DISCONNECTED", throughput: { level: "NOT_APPLICABLE" } });
  return success();
}

export function requestCode(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx.state, req);
  const method = param(req, "code_method");
  if (method !== "SMS" && method !== "VOICE") throw invalidParameter("Param code_method must be one of {SMS, VOICE}");
  const language = param(req, "language");
  if (!language || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) throw invalidParameter("Param language must be a valid locale");
  secretsOf(ctx.state, phone.id).pendingCode = SIMULATOR_VERIFICATION_CODE;
  return success();
}

export function verifyCode(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx.state, req);
  const code = param(req, "code");
  const s = secretsOf(ctx.state, phone.id);
  if (!code || s.pendingCode === undefined || code !== s.pendingCode) {
    throw new SimGraphError({ code: 136025, message: "Verify code error", details: "Code couldn't be verified, You have entered the wrong code, or the code has expired." });
  }
  s.pendingCode = undefined;
  phone.code_verification_status = "VERIFIED";
  return success();
}

/** `POST /{phone-number-id}` with `pin`: sets the two-step verification PIN. */
export function setPin(ctx: RouteContext, req: RouteRequest): SimResponse {
  const phone = phoneOf(ctx.state, req);
  const pin = param(req, "pin");
  if (!pin || !PIN.test(pin)) throw invalidParameter("Param pin must be a 6-digit number");
  secretsOf(ctx.state, phone.id).pin = pin;
  phone.is_pin_enabled = true;
  return success();
}
