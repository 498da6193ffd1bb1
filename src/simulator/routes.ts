import { readMany, readNode, readPhonePage } from "./graph-reads.js";
import { deregister, register, requestCode, setPin, verifyCode } from "./registration.js";
import { errorResponse, invalidParameter, ok, SimGraphError, unknownObject, type SimResponse } from "./responses.js";
import { param, type Handler, type RouteContext, type RouteRequest } from "./route-request.js";

interface Route {
  endpoint: string;
  method: string;
  /** Number of path segments, and the fixed edge name in the second one if any. */
  match: (segments: string[]) => boolean;
  handler: Handler;
}

const routes: Route[] = [
  {
    endpoint: "ids",
    method: "GET",
    match: (s) => s.length === 0,
    handler: (ctx, req) => {
      const ids = param(req, "ids");
      if (!ids) throw invalidParameter("Missing ids parameter");
      const list = ids.split(",").filter((x) => x.length > 0);
      return ok(readMany(ctx.state, list, param(req, "fields"), ctx.versionUrl));
    },
  },
  {
    endpoint: "node",
    method: "GET",
    match: (s) => s.length === 1,
    handler: (ctx, req) => ok(readNode(ctx.state, req.segments[0] ?? "", param(req, "fields"), ctx.versionUrl)),
  },
  {
    endpoint: "phone_numbers",
    method: "GET",
    match: (s) => s.length === 2 && s[1] === "phone_numbers",
    handler: (ctx, req) =>
      ok(
        readPhonePage(
          ctx.state,
          req.segments[0] ?? "",
          {
            fields: param(req, "fields"),
            filtering: param(req, "filtering"),
            limit: param(req, "limit"),
            after: param(req, "after"),
            before: param(req, "before"),
          },
          ctx.versionUrl,
        ),
      ),
  },
  { endpoint: "register", method: "POST", match: (s) => s.length === 2 && s[1] === "register", handler: register },
  { endpoint: "deregister", method: "POST", match: (s) => s.length === 2 && s[1] === "deregister", handler: deregister },
  { endpoint: "request_code", method: "POST", match: (s) => s.length === 2 && s[1] === "request_code", handler: requestCode },
  { endpoint: "verify_code", method: "POST", match: (s) => s.length === 2 && s[1] === "verify_code", handler: verifyCode },
  { endpoint: "set_pin", method: "POST", match: (s) => s.length === 1, handler: setPin },
];

export function endpointOf(method: string, segments: string[]): string {
  return routes.find((r) => r.method === method && r.match(segments))?.endpoint ?? "unknown";
}

/** Objects a token does not reach read as missing, as Meta answers ("…missing permissions…"). */
function checkVisibility(ctx: RouteContext, req: RouteRequest): void {
  const target = req.segments[0];
  if (target !== undefined) {
    if (!ctx.visible(target)) throw unknownObject(target);
    return;
  }
  const hidden = (param(req, "ids") ?? "").split(",").filter((id) => id && !ctx.visible(id));
  if (hidden.length > 0) throw new SimGraphError({ code: 803, message: `(#803) Some of the aliases you requested do not exist: ${hidden.join(",")}` });
}

export function dispatch(ctx: RouteContext, req: RouteRequest): SimResponse {
  const route = routes.find((r) => r.method === req.method && r.match(req.segments));
  try {
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
