import { randomBytes } from "node:crypto";
import { invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import { certificateFor } from "./certificates.js";
import { addPhone, addWaba, newId, secretsOf, type SimulatorState, type WireObject } from "./state.js";

/**
 * Embedded Signup as Meta finishes it for a Solution Partner (graph-api.md §13.1–§13.3): codes that are single use
 * and live 30 seconds, the customer's business token they exchange for (reaching only the customer's WABA),
 * `debug_token`, the system user's assignment to the WABA, and credit lines.
 */

/** The finish message's events the simulator can play. */
export type SignupEvent = "FINISH" | "FINISH_ONLY_WABA" | "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING";

export const CODE_LIFETIME_MS = 30_000;
/** The demo app's secret (the simulator's app is SIMULATOR_APP); demo mode configures the gateway with it. */
export const DEMO_APP_SECRET = "demo-app-secret";
/** The BSP's credit line in the simulator (GET /{business-id}/extendedcredits). */
export const DEMO_CREDIT_LINE_ID = "1972385232742146";
export const CREDIT_CURRENCIES = ["AUD", "EUR", "GBP", "IDR", "INR", "USD"];

export interface SignupOptions {
  event?: SignupEvent;
  /** The number is still on a WhatsApp account: register answers 100/2388001. */
  numberOnWhatsAppAccount?: boolean;
  /** The number already has this two-step PIN: register with another answers 133005. */
  existingPin?: string;
  /** debug_token lists no WABA in the token's granular scopes. */
  scopesWithoutWaba?: boolean;
  /** The display name is still under review (PENDING_REVIEW, no certificate yet). */
  namePending?: boolean;
}

/** The finish message Meta posts to the partner's page (`message` event, `type: "WA_EMBEDDED_SIGNUP"`). */
export interface FinishMessage {
  type: "WA_EMBEDDED_SIGNUP";
  event: SignupEvent;
  data: { waba_id: string; phone_number_id?: string; business_id?: string };
}

/**
 * A customer going through Embedded Signup: a new client business sharing a new WABA with the BSP's business
 * (and, except for FINISH_ONLY_WABA, a number on it), and the code the popup hands back.
 */
export function startSignup(state: SimulatorState, bspBusinessId: string, options: SignupOptions = {}): { code: string; message: FinishMessage } {
  const event = options.event ?? "FINISH";
  const businessId = newId(state, "88");
  const wabaId = newId(state, "66");
  state.businesses.set(businessId, { id: businessId, name: `Customer ${businessId.slice(-4)}`, clientWabaIds: [], ownedWabaIds: [wabaId], preverifiedIds: [] });
  state.businesses.get(bspBusinessId)?.clientWabaIds.push(wabaId);
  addWaba(state, {
    id: wabaId,
    name: `Customer ${businessId.slice(-4)} WABA`,
    currency: "USD",
    timezone_id: "1",
    message_template_namespace: randomBytes(8).toString("hex"),
    account_review_status: "APPROVED",
    business_verification_status: "not_verified",
    ownership_type: "CLIENT_OWNED",
    status: "ACTIVE",
    country: "US",
    owner_business_info: { name: `Customer ${businessId.slice(-4)}`, id: businessId },
  });
  let phoneId: string | undefined;
  if (event !== "FINISH_ONLY_WABA") {
    phoneId = newId(state, "55");
    const coexistence = event === "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING";
    const digits = phoneId.slice(-4);
    const name = `Customer ${businessId.slice(-4)}`;
    const fields: WireObject = {
      id: phoneId,
      display_phone_number: `+1 555-7${digits.slice(0, 2)}-${digits}`,
      verified_name: name,
      quality_rating: "NA",
      // Embedded Signup verified the number with a one-time code.
      code_verification_status: "VERIFIED",
      name_status: "APPROVED",
      certificate: certificateFor(phoneId, name, state.now()),
      account_mode: "LIVE",
      // A Business app number is registered already (on the app, and now on Cloud API).
      status: coexistence ? "CONNECTED" : "PENDING",
      platform_type: coexistence ? "CLOUD_API" : "NOT_APPLICABLE",
      throughput: { level: coexistence ? "COEXISTENCE" : "NOT_APPLICABLE" },
      last_onboarded_time: new Date(state.now()).toISOString().replace(/\.\d{3}Z$/, "+0000"),
      is_official_business_account: false,
      is_pin_enabled: options.existingPin !== undefined || coexistence,
      is_on_biz_app: coexistence,
      whatsapp_business_manager_messaging_limit: "TIER_250",
    };
    if (options.namePending) {
      fields.name_status = "PENDING_REVIEW";
      delete fields.certificate;
    }
    addPhone(state, wabaId, fields);
    const secrets = secretsOf(state, phoneId);
    if (options.existingPin) secrets.pin = options.existingPin;
    if (options.numberOnWhatsAppAccount) secrets.onWhatsAppAccount = true;
  }
  const code = `AQ${randomBytes(24).toString("base64url")}`;
  state.signup.codes.set(code, { wabaId, issuedAt: state.now(), used: false, scopesWithoutWaba: options.scopesWithoutWaba ?? false });
  // Meta's coexistence and FINISH_ONLY_WABA examples carry only waba_id (graph-api.md §13.1).
  const data = event === "FINISH" && phoneId ? { waba_id: wabaId, phone_number_id: phoneId, business_id: businessId } : { waba_id: wabaId };
  return { code, message: { type: "WA_EMBEDDED_SIGNUP", event, data } };
}

const oauthError = (message: string, subcode?: number) => new SimGraphError({ code: 100, subcode, type: "OAuthException", message });

/**
 * `GET /oauth/access_token?client_id&client_secret&code`, server to server and without an Authorization header:
 * the customer's business token, once per code, within 30 seconds.
 */
export function exchangeCode(state: SimulatorState, app: { id: string; secret: string }, query: URLSearchParams): SimResponse {
  if (query.get("redirect_uri") !== null) throw oauthError("Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request", 36008);
  if (query.get("client_id") !== app.id) throw oauthError("Error validating application. Invalid application ID.");
  // Meta's text for a wrong secret is not in the facts [?]; the code is 100 like the other OAuth refusals.
  if (query.get("client_secret") !== app.secret) throw oauthError("Error validating client secret.");
  const code = query.get("code") ?? "";
  const grant = state.signup.codes.get(code);
  if (!grant) throw oauthError("Invalid verification code format.");
  if (grant.used) throw oauthError("This authorization code has been used.", 36009);
  if (state.now() - grant.issuedAt > CODE_LIFETIME_MS) throw oauthError("This authorization code has expired.", 36007);
  grant.used = true;
  const token = `EAA${randomBytes(30).toString("base64url")}`;
  state.signup.tokens.set(token, { wabaIds: [grant.wabaId], scopesWithoutWaba: grant.scopesWithoutWaba, issuedAt: state.now() });
  return ok({ access_token: token, token_type: "bearer" });
}

/** `GET /debug_token?input_token=`: what a token is (graph-api.md §13.1); asked with the system token. */
export function debugToken(ctx: RouteContext, req: RouteRequest): SimResponse {
  const { appId } = ctx;
  const input = param(req, "input_token");
  if (!input) throw invalidParameter("The parameter input_token is required");
  const token = ctx.state.signup.tokens.get(input);
  if (!token) return ok({ data: { app_id: appId, is_valid: false, scopes: [], error: { code: 190, message: "Invalid OAuth access token." } } });
  const targets = { target_ids: token.wabaIds };
  return ok({
    data: {
      app_id: appId,
      application: "waba-gateway demo app",
      type: "SYSTEM_USER",
      expires_at: 0,
      data_access_expires_at: 0,
      is_valid: true,
      issued_at: Math.floor(token.issuedAt / 1000),
      scopes: token.scopesWithoutWaba ? ["whatsapp_business_manage_events"] : ["whatsapp_business_management", "whatsapp_business_messaging"],
      granular_scopes: token.scopesWithoutWaba
        ? [{ scope: "whatsapp_business_manage_events" }]
        : [
            { scope: "whatsapp_business_management", ...targets },
            { scope: "whatsapp_business_messaging", ...targets },
          ],
      user_id: "1000000000000001",
    },
  });
}

/** `POST /{waba-id}/assigned_users?user=&tasks=['MANAGE']`: the partner's system user on the customer's WABA. */
export function assignUser(ctx: RouteContext, req: RouteRequest): SimResponse {
  const wabaId = req.segments[0] ?? "";
  if (!ctx.state.wabas.has(wabaId)) throw unknownObject(wabaId);
  const user = param(req, "user");
  if (!user || !/^\d+$/.test(user)) throw invalidParameter("Param user must be a valid user ID");
  if (!(param(req, "tasks") ?? "").includes("MANAGE")) throw invalidParameter("Param tasks must include MANAGE");
  const users = ctx.state.signup.assignedUsers.get(wabaId) ?? new Set<string>();
  users.add(user);
  ctx.state.signup.assignedUsers.set(wabaId, users);
  return ok({ success: true });
}

/** `GET /{business-id}/extendedcredits`: the BSP's credit line. */
export function extendedCredits(ctx: RouteContext, req: RouteRequest): SimResponse {
  const businessId = req.segments[0] ?? "";
  if (!ctx.state.businesses.has(businessId)) throw unknownObject(businessId);
  return ok({ data: [{ id: DEMO_CREDIT_LINE_ID, legal_entity_name: "Demo Solution Partner Ltd" }] });
}

/**
 * `POST /{credit-line-id}/whatsapp_credit_sharing_and_attach?waba_currency=&waba_id=`: shares the line; the
 * partner's system user must be on the WABA first (step 3a), or Meta answers with its permissions error.
 */
export function shareCredit(ctx: RouteContext, req: RouteRequest): SimResponse {
  const lineId = req.segments[0] ?? "";
  if (lineId !== DEMO_CREDIT_LINE_ID) throw unknownObject(lineId);
  const currency = param(req, "waba_currency") ?? "";
  if (!CREDIT_CURRENCIES.includes(currency)) throw invalidParameter("Param waba_currency must be one of {AUD, EUR, GBP, IDR, INR, USD}");
  const wabaId = param(req, "waba_id") ?? "";
  const waba = ctx.state.wabas.get(wabaId);
  if (!waba) throw unknownObject(wabaId);
  if ((ctx.state.signup.assignedUsers.get(wabaId)?.size ?? 0) === 0) throw new SimGraphError({ code: 200, message: "(#200) Permissions error" });
  // A line cannot be changed once attached (graph-api.md §13.2).
  if (waba.fields.primary_funding_id !== undefined) throw invalidParameter("A credit line is already attached to this WhatsApp Business Account");
  const id = newId(ctx.state, "585");
  ctx.state.signup.allocations.set(id, { id, creditLineId: lineId, wabaId, currency, status: "ACTIVE" });
  waba.fields.primary_funding_id = `${id}0`;
  return ok({ allocation_config_id: id, waba_id: wabaId });
}

/** An allocation config as a node (`receiving_credential`, `request_status`), or undefined when `id` is none. */
export function readAllocation(state: SimulatorState, id: string): WireObject | undefined {
  const a = state.signup.allocations.get(id);
  if (!a) return undefined;
  return { id, receiving_credential: { id: `${id}0` }, request_status: a.status, receiving_business: { id: state.wabas.get(a.wabaId)?.fields.owner_business_info ? (state.wabas.get(a.wabaId)?.fields.owner_business_info as { id: string }).id : "" } };
}

/** `DELETE /{allocation-config-id}`: revokes the allocation; the WABA loses its funding. */
export function deleteNode(ctx: RouteContext, req: RouteRequest): SimResponse {
  const id = req.segments[0] ?? "";
  const a = ctx.state.signup.allocations.get(id);
  if (!a || a.status === "DELETED") throw unknownObject(id);
  a.status = "DELETED";
  const waba = ctx.state.wabas.get(a.wabaId);
  if (waba) delete waba.fields.primary_funding_id;
  return ok({ success: true });
}
