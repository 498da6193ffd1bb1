import type { SimResponse } from "./responses.js";
import type { SimulatorState } from "./state.js";

export interface RouteContext {
  state: SimulatorState;
  /** Whether the presented token reaches this object (a WABA, or a number of one). */
  visible: (id: string) => boolean;
  /** `http://host:port/vNN.0`, for `paging.next` links. */
  versionUrl: string;
  /** The major Graph version the path names (26 for `/v26.0/`): field names depend on it. */
  version: number;
  /** The app the simulator plays (debug_token names it). */
  appId: string;
}

export interface RouteRequest {
  method: string;
  /** Path segments after the version, e.g. `["102290129340398", "phone_numbers"]`. */
  segments: string[];
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export type Handler = (ctx: RouteContext, req: RouteRequest) => SimResponse;

/** A parameter from the query string or the body, as Graph accepts either. */
export function param(req: RouteRequest, name: string): string | null {
  const fromQuery = req.query.get(name);
  if (fromQuery !== null) return fromQuery;
  const v = req.body[name];
  if (v === undefined || v === null) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}


/** `v26.0` → 26. */
export const majorOf = (version: string): number => Number(/^v(\d+)\./.exec(version)?.[1] ?? Number.NaN);
