import { parsePhoneNumberFromString } from "libphonenumber-js";
import { displayDigits } from "../graph-api/ids.js";
import { cursorPage, readPreverified, readWabaPage } from "./graph-reads.js";
import { livePreverified } from "./preverified-pool.js";
import { invalidParameter, ok, unknownObject, type SimResponse } from "./responses.js";
import { param, type RouteContext, type RouteRequest } from "./route-request.js";
import { newId, type SimBusiness } from "./state.js";

/** The business portfolio's edges (graph-api.md §11.1, §11.4). */

function businessOf(ctx: RouteContext, req: RouteRequest): SimBusiness {
  const id = req.segments[0] ?? "";
  const business = ctx.state.businesses.get(id);
  if (!business) throw unknownObject(id);
  return business;
}

const pageQuery = (req: RouteRequest) => ({
  fields: param(req, "fields"),
  filtering: param(req, "filtering"),
  limit: param(req, "limit"),
  after: param(req, "after"),
  before: param(req, "before"),
});

/** `GET /{business-id}/client_whatsapp_business_accounts` and `/owned_whatsapp_business_accounts`. */
export function managedWabas(ctx: RouteContext, req: RouteRequest): SimResponse {
  const business = businessOf(ctx, req);
  const edge = req.segments[1] ?? "";
  const ids = edge === "client_whatsapp_business_accounts" ? business.clientWabaIds : business.ownedWabaIds;
  return ok(readWabaPage(ctx, ids, `${business.id}/${edge}`, pageQuery(req)));
}

const PREVERIFIED_STATUSES = ["VERIFIED", "NOT_VERIFIED", "EXPIRED"];

/** `GET /{business-id}/preverified_numbers`: creation order; filters are plain parameters, not `filtering`. */
export function listPreverified(ctx: RouteContext, req: RouteRequest): SimResponse {
  const business = businessOf(ctx, req);
  const status = param(req, "code_verification_status");
  if (status !== null && !PREVERIFIED_STATUSES.includes(status)) throw invalidParameter(`Invalid code_verification_status: ${status}`);
  const digits = displayDigits(param(req, "phone_number"));
  const all = business.preverifiedIds
    .map((id) => livePreverified(ctx.state, id))
    .filter((n) => n !== undefined)
    .filter((n) => status === null || n.fields.code_verification_status === status)
    .filter((n) => !digits || displayDigits(String(n.fields.phone_number)) === digits)
    .map((n) => n.fields);
  const q = pageQuery(req);
  return ok(cursorPage(ctx, all, q, `${business.id}/preverified_numbers`, (n) => readPreverified(ctx, n.id, q.fields)));
}

/** `POST /{business-id}/add_phone_numbers?phone_number=15550783881`: a new pre-verified number, NOT_VERIFIED. */
export function addPreverified(ctx: RouteContext, req: RouteRequest): SimResponse {
  const business = businessOf(ctx, req);
  const raw = param(req, "phone_number");
  if (!raw) throw invalidParameter("The parameter phone_number is required");
  const parsed = /^\+?\d{7,15}$/.test(raw) ? parsePhoneNumberFromString(`+${raw.replace(/^\+/, "")}`) : undefined;
  if (!parsed?.isPossible()) throw invalidParameter("Param phone_number must be a phone number with its country code");
  const digits = parsed.number.slice(1);
  const taken = business.preverifiedIds.some((id) => displayDigits(String(livePreverified(ctx.state, id)?.fields.phone_number ?? "")) === digits);
  // Meta's error for a number already in the pool is not documented [?].
  if (taken) throw invalidParameter("This phone number is already one of the business's pre-verified numbers");
  const id = newId(ctx.state, "77");
  ctx.state.preverified.set(id, {
    fields: { id, phone_number: parsed.formatInternational(), code_verification_status: "NOT_VERIFIED" },
    businessId: business.id,
    addedAt: ctx.state.now(),
  });
  business.preverifiedIds.push(id);
  return ok({ id });
}
