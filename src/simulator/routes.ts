import { readNode, readPhonePage } from "./graph-reads.js";
import { assignUser, debugToken, deleteNode, extendedCredits, shareCredit } from "./embedded-signup.js";
import { DEMO_SYSTEM_USER_ID } from "./seed.js";
import { addPreverified, listPreverified, managedWabas } from "./business.js";
import { addPhoneNumber, requestDisplayNameChange, subscribeApp, subscribedApps, unsubscribeApp } from "./onboarding.js";
import { isPreverified, requestPreverifiedCode, verifyPreverifiedCode } from "./preverified.js";
import { deregister, register, requestCode, setPin, verifyCode } from "./registration.js";
import { requestOfficialBusinessAccount, syncBusinessAppData } from "./number-life.js";
import { errorResponse, invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type Handler, type RouteContext, type RouteRequest } from "./route-request.js";

interface Route {
  endpoint: string;
  method: string;
  /** Number of path segments, and the fixed edge name in the second one if any. */
  match: (segments: string[]) => boolean;
  handler: Handler;
}

const edge = (name: string) => (s: string[]) => s.length === 2 && s[1] === name;

const routes: Route[] = [
  // Named for the request log; answered before authentication (server.ts), never as a batch slot.
  {
    endpoint: "oauth_access_token",
    method: "GET",
    match: (s) => s.length === 2 && s[0] === "oauth" && s[1] === "access_token",
    handler: () => {
      throw invalidParameter("The code exchange is a call of its own, not a batch slot");
    },
  },
  // `/me`: the token's own user (the gateway's readiness check). Before the node read: one segment too.
  { endpoint: "me", method: "GET", match: (s) => s.length === 1 && s[0] === "me", handler: () => ok({ id: DEMO_SYSTEM_USER_ID }) },
  // Before the node read: `/debug_token` is one segment too.
  { endpoint: "debug_token", method: "GET", match: (s) => s.length === 1 && s[0] === "debug_token", handler: debugToken },
  {
    endpoint: "node",
    method: "GET",
    match: (s) => s.length === 1,
    handler: (ctx, req) => ok(readNode(ctx, req.segments[0] ?? "", param(req, "fields"))),
  },
  {
    endpoint: "phone_numbers",
    method: "GET",
    match: edge("phone_numbers"),
    handler: (ctx, req) =>
      ok(
        readPhonePage(ctx, req.segments[0] ?? "", {
          fields: param(req, "fields"),
          filtering: param(req, "filtering"),
          limit: param(req, "limit"),
          after: param(req, "after"),
          before: param(req, "before"),
        }),
      ),
  },
  { endpoint: "add_phone_number", method: "POST", match: edge("phone_numbers"), handler: addPhoneNumber },
  { endpoint: "assigned_users", method: "POST", match: edge("assigned_users"), handler: assignUser },
  { endpoint: "extendedcredits", method: "GET", match: edge("extendedcredits"), handler: extendedCredits },
  { endpoint: "credit_sharing", method: "POST", match: edge("whatsapp_credit_sharing_and_attach"), handler: shareCredit },
  { endpoint: "delete_node", method: "DELETE", match: (s) => s.length === 1, handler: deleteNode },
  { endpoint: "client_whatsapp_business_accounts", method: "GET", match: edge("client_whatsapp_business_accounts"), handler: managedWabas },
  { endpoint: "owned_whatsapp_business_accounts", method: "GET", match: edge("owned_whatsapp_business_accounts"), handler: managedWabas },
  { endpoint: "preverified_numbers", method: "GET", match: edge("preverified_numbers"), handler: listPreverified },
  { endpoint: "add_phone_numbers", method: "POST", match: edge("add_phone_numbers"), handler: addPreverified },
  { endpoint: "subscribed_apps", method: "GET", match: edge("subscribed_apps"), handler: subscribedApps },
  { endpoint: "subscribe_app", method: "POST", match: edge("subscribed_apps"), handler: subscribeApp },
  { endpoint: "unsubscribe_app", method: "DELETE", match: edge("subscribed_apps"), handler: unsubscribeApp },
  { endpoint: "register", method: "POST", match: edge("register"), handler: register },
  { endpoint: "deregister", method: "POST", match: edge("deregister"), handler: deregister },
  { endpoint: "smb_app_data", method: "POST", match: edge("smb_app_data"), handler: syncBusinessAppData },
  { endpoint: "official_business_account", method: "POST", match: edge("official_business_account"), handler: requestOfficialBusinessAccount },
  // The same edges on a pre-verified number (graph-api.md §11.4) as on a phone number (§5).
  { endpoint: "request_code", method: "POST", match: edge("request_code"), handler: (c, r) => (isPreverified(c, r) ? requestPreverifiedCode(c, r) : requestCode(c, r)) },
  { endpoint: "verify_code", method: "POST", match: edge("verify_code"), handler: (c, r) => (isPreverified(c, r) ? verifyPreverifiedCode(c, r) : verifyCode(c, r)) },
  { endpoint: "phone_update", method: "POST", match: (s) => s.length === 1, handler: updatePhone },
];

/** `POST /{phone-number-id}`: sets the two-step PIN (`pin`) or asks for a display-name change (`new_display_name`). */
function updatePhone(ctx: RouteContext, req: RouteRequest): SimResponse {
  if (param(req, "new_display_name") !== null) return requestDisplayNameChange(ctx, req);
  if (param(req, "pin") !== null) return setPin(ctx, req);
  throw invalidParameter("Param pin or new_display_name is required");
}

export function endpointOf(method: string, segments: string[]): string {
  return routes.find((r) => r.method === method && r.match(segments))?.endpoint ?? "unknown";
}

/**
 * Legacy protocol behaviours Meta removed from every version on 27 Oct 2026 (graph-api.md §4), or closed to new
 * apps on 4 Nov 2026 (§13.7). `ids=` answers
 * exactly as Meta does (HTTP 500, code 100). For `debug` and `date_format` no error text is known [?]: refusing
 * them keeps a gateway that sends them from passing the tests.
 */
function refuseRemovedBehaviour(req: RouteRequest): void {
  if (param(req, "ids") !== null) {
    throw new SimGraphError({ code: 100, status: 500, message: "The ids query parameter is deprecated in v26.0+." });
  }
  for (const name of ["debug", "date_format"]) {
    if (param(req, name) !== null) throw invalidParameter(`The ${name} parameter is no longer supported (v26.0+)`);
  }
  // Closed to new apps on every version since 4 Nov 2026 (v27.0, graph-api.md §13.7): the method override (send a
  // real DELETE), JSONP and field aliases. Meta's error text is not known [?].
  for (const name of ["method", "callback"]) {
    if (param(req, name) !== null) throw invalidParameter(`The ${name} parameter is not available to this app (v27.0)`);
  }
  if (/\.as\(/.test(param(req, "fields") ?? "")) throw invalidParameter("Field aliases are not available to this app (v27.0)");
}

/** Objects a token does not reach read as missing, as Meta answers ("…missing permissions…"). */
function checkVisibility(ctx: RouteContext, req: RouteRequest): void {
  const target = req.segments[0];
  if (target !== undefined && !ctx.visible(target)) throw unknownObject(target);
}

export function dispatch(ctx: RouteContext, req: RouteRequest): SimResponse {
  const route = routes.find((r) => r.method === req.method && r.match(req.segments));
  try {
    refuseRemovedBehaviour(req);
    checkVisibility(ctx, req);
    if (!route) {
      return errorResponse({
        code: 100,
        type: "GraphMethodException",
        message: `Unsupported ${req.method.toLowerCase()} request. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      });
    }
    return route.handler(ctx, req);
  } catch (e) {
    if (e instanceof SimGraphError) return errorResponse(e.spec);
    throw e;
  }
}
