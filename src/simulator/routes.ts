import { readMany, readNode, readPhonePage } from "./graph-reads.js";
import { errorResponse, invalidParameter, ok, SimGraphError, type SimResponse } from "./responses.js";
import type { SimulatorState } from "./state.js";

export interface RouteContext {
  state: SimulatorState;
  /** `http://host:port/vNN.0`, for `paging.next` links. */
  versionUrl: string;
}

export interface RouteRequest {
  method: string;
  /** Path segments after the version, e.g. `["102290129340398", "phone_numbers"]`. */
  segments: string[];
  query: URLSearchParams;
  body: Record<string, unknown>;
}

type Handler = (ctx: RouteContext, req: RouteRequest) => SimResponse;

/** A parameter from the query string or the body, as Graph accepts either. */
export function param(req: RouteRequest, name: string): string | null {
  const fromQuery = req.query.get(name);
  if (fromQuery !== null) return fromQuery;
  const v = req.body[name];
  if (v === undefined || v === null) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}

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
];

export function endpointOf(method: string, segments: string[]): string {
  return routes.find((r) => r.method === method && r.match(segments))?.endpoint ?? "unknown";
}

export function dispatch(ctx: RouteContext, req: RouteRequest): SimResponse {
  const route = routes.find((r) => r.method === req.method && r.match(req.segments));
  try {
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
