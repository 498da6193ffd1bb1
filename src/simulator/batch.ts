import type { FaultSwitches } from "./faults.js";
import type { LoggedRequest, LoggedSlot } from "./request-log.js";
import { majorOf, type RouteContext } from "./route-request.js";
import { errorResponse, type SimResponse } from "./responses.js";
import { dispatch, endpointOf } from "./routes.js";

const MAX_BATCH = 50;
const VERSION = /^v\d+\.\d+$/;

/** Headers every Graph answer carries; a slot lists its own as `[{name, value}]`. */
const BASE_HEADERS = { "Content-Type": "application/json; charset=UTF-8" };

/**
 * The batch endpoint: at most 50 operations, each answered in its own slot, in request order, as
 * `{code, headers, body}` with `body` a JSON string (graph-api.md §4). `include_headers=false` leaves the
 * headers out. A slot's path may name its own version; otherwise the call's version applies.
 */
export function runBatch(ctx: RouteContext, faults: FaultSwitches, form: Record<string, unknown>, entry: LoggedRequest): SimResponse {
  let items: unknown;
  try {
    items = typeof form.batch === "string" ? JSON.parse(form.batch) : form.batch;
  } catch {
    return errorResponse({ code: 100, message: "(#100) The parameter batch must be a JSON array" });
  }
  if (!Array.isArray(items)) return errorResponse({ code: 100, message: "(#100) The parameter batch must be a JSON array" });
  if (items.length > MAX_BATCH) {
    return errorResponse({ code: 100, message: `(#100) Too many requests in batch message. Maximum batch size is ${MAX_BATCH}` });
  }
  // Asynchronous batch requests are closed to new apps on every version since v27.0 (graph-api.md §13.7) [?: text].
  if (form.async !== undefined) return errorResponse({ code: 100, message: "(#100) Asynchronous batch requests are not available to this app (v27.0)" });
  const withHeaders = String(form.include_headers ?? "true") !== "false";
  entry.batch = [];
  const answers = items.map((item: unknown) => {
    const op = (item ?? {}) as { method?: string; relative_url?: string; body?: string };
    const method = (op.method ?? "GET").toUpperCase();
    const rel = new URL((op.relative_url ?? "").replace(/^\/?/, "/"), "http://slot");
    const segs = rel.pathname.split("/").filter((s) => s.length > 0);
    const slotCtx = segs[0] && VERSION.test(segs[0]) ? { ...ctx, version: majorOf(segs.shift() ?? "") } : ctx;
    const slotBody = op.body ? Object.fromEntries(new URLSearchParams(op.body)) : {};
    const endpoint = endpointOf(method, segs);
    const slot: LoggedSlot = { method, path: rel.pathname, endpoint, query: Object.fromEntries(rel.searchParams), body: op.body ? slotBody : undefined };
    entry.batch?.push(slot);
    const fault = faults.take(`slot:${endpoint}`);
    const answer =
      fault?.kind === "graph-error"
        ? { ...errorResponse(fault.error), headers: fault.headers }
        : dispatch(slotCtx, { method, segments: segs, query: rel.searchParams, body: slotBody });
    const headers = { ...BASE_HEADERS, ...answer.headers, ...(fault?.kind === "headers" ? fault.headers : {}) };
    return {
      code: answer.status,
      ...(withHeaders ? { headers: Object.entries(headers).map(([name, value]) => ({ name, value })) } : {}),
      body: JSON.stringify(answer.body),
    };
  });
  return { status: 200, body: answers };
}
