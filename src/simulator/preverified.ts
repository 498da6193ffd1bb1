import { SIMULATOR_VERIFICATION_CODE } from "./registration.js";
import { graphTime, livePreverified, REVERIFY_WINDOW_MS, VERIFIED_FOR_MS } from "./preverified-pool.js";
import { invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import type { SimPreverified } from "./state.js";

/** `POST /{preverified-id}/request_code` and `/verify_code` (graph-api.md §11.4). */

function numberOf(ctx: RouteContext, req: RouteRequest): SimPreverified {
  const id = req.segments[0] ?? "";
  const number = livePreverified(ctx.state, id);
  if (!number) throw unknownObject(id);
  return number;
}

export function isPreverified(ctx: RouteContext, req: RouteRequest): boolean {
  return ctx.state.preverified.has(req.segments[0] ?? "");
}

/** Sends a code; a VERIFIED number only in the last 45 days before its verification lapses. */
export function requestPreverifiedCode(ctx: RouteContext, req: RouteRequest): SimResponse {
  const number = numberOf(ctx, req);
  const method = param(req, "code_method");
  if (method !== "SMS" && method !== "VOICE") throw invalidParameter("Param code_method must be one of {SMS, VOICE}");
  if (!param(req, "language")) throw invalidParameter("The parameter language is required");
  const opens = number.expiresAt === undefined ? undefined : number.expiresAt - REVERIFY_WINDOW_MS;
  if (number.fields.code_verification_status === "VERIFIED" && opens !== undefined && ctx.state.now() < opens) {
    // Meta's wording for an early re-verification is not documented [?].
    throw new SimGraphError({
      code: 100,
      message: "(#100) This number can be verified again only in the 45 days before its verification expires",
      details: `Re-verification opens at ${graphTime(opens)}.`,
    });
  }
  number.pendingCode = SIMULATOR_VERIFICATION_CODE;
  return ok({ success: true });
}

/** Checks the code: VERIFIED for 90 days from now. */
export function verifyPreverifiedCode(ctx: RouteContext, req: RouteRequest): SimResponse {
  const number = numberOf(ctx, req);
  const code = param(req, "code");
  if (!code || number.pendingCode === undefined || code !== number.pendingCode) {
    // The error codes of this call are not documented; the number's own (136025) is the likely one [?].
    throw new SimGraphError({ code: 136025, message: "Verify code error", details: "Code couldn't be verified, You have entered the wrong code, or the code has expired." });
  }
  const now = ctx.state.now();
  number.pendingCode = undefined;
  number.expiresAt = now + VERIFIED_FOR_MS;
  Object.assign(number.fields, { code_verification_status: "VERIFIED", code_verification_time: graphTime(now), verification_expiry_time: graphTime(number.expiresAt) });
  return ok({ success: true });
}
