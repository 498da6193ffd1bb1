import type { FaultSwitches } from "./faults.js";
import type { LoggedRequest, LoggedSlot } from "./request-log.js";
import type { RouteContext } from "./route-request.js";
import { errorResponse, type SimResponse } from "./responses.js";
import { dispatch, endpointOf } from "./routes.js";

const MAX_BATCH = 50;
const VERSION = /^v\d+\.\d+$/;

/** The batch endpoint: at most 50 operations, each answered in its own slot, in request order. */
export function runBatch(ctx: RouteContext, faults: FaultSwitches, raw: unknown, entry: LoggedRequest): SimResponse {
  let items: unknown;
  try {
    items = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    return errorResponse({ code: 100, message: "(#100) The parameter batch must be a JSON array" });
  }
  if (!Array.isArray(items)) return errorResponse({ code: 100, message: "(#100) The parameter batch must be a JSON array" });
  if (items.length > MAX_BATCH) {
    return errorResponse({ code: 100, message: `(#100) Too many requests in batch message. Maximum batch size is ${MAX_BATCH}` });
  }
  entry.batch = [];
  const answers = items.map((item: unknown) => {
    const op = (item ?? {}) as { method?: string; relative_url?: string; body?: string };
    const method = (op.method ?? "GET").toUpperCase();
    const rel = new URL((op.relative_url ?? "").replace(/^\/?/, "/"), "http://slot");
    const segs = rel.pathname.split("/").filter((s) => s.length > 0);
    if (segs[0] && VERSION.test(segs[0])) segs.shift();
    const slotBody = op.body ? Object.fromEntries(new URLSearchParams(op.body)) : {};
    const endpoint = endpointOf(method, segs);
    const slot: LoggedSlot = { method, path: rel.pathname, endpoint, query: Object.fromEntries(rel.searchParams), body: op.body ? slotBody : undefined };
    entry.batch?.push(slot);
    const fault = faults.take(`slot:${endpoint}`);
    const answer =
      fault?.kind === "graph-error" ? errorResponse(fault.error) : dispatch(ctx, { method, segments: segs, query: rel.searchParams, body: slotBody });
    return { code: answer.status, body: JSON.stringify(answer.body) };
  });
  return { status: 200, body: answers };
}
