import { parseJsonOrUndefined } from "./json.js";
/**
 * Meta's usage headers: `X-App-Usage` (the app's hourly allowance, percentages) and
 * `X-Business-Use-Case-Usage` (per business object, here the WABA; `estimated_time_to_regain_access` in minutes).
 */
export interface AppUsage {
  call_count?: number;
  total_cputime?: number;
  total_time?: number;
}

export interface BusinessUsageEntry extends AppUsage {
  type?: string;
  estimated_time_to_regain_access?: number;
}

export interface Usage {
  app: AppUsage | undefined;
  /** By WABA (business object) id. */
  business: Map<string, BusinessUsageEntry[]>;
}

/** A header's JSON; a malformed header is ignored, never fatal. */
function parseJson(value: string | string[] | undefined): unknown {
  const text = Array.isArray(value) ? value[0] : value;
  return text ? parseJsonOrUndefined(text) : undefined;
}

export function parseUsage(headers: Record<string, string | string[] | undefined>): Usage {
  const app = parseJson(headers["x-app-usage"]);
  const buc = parseJson(headers["x-business-use-case-usage"]);
  const business = new Map<string, BusinessUsageEntry[]>();
  if (buc && typeof buc === "object" && !Array.isArray(buc)) {
    for (const [id, entries] of Object.entries(buc as Record<string, unknown>)) {
      if (Array.isArray(entries)) business.set(id, entries.filter((e): e is BusinessUsageEntry => Boolean(e) && typeof e === "object"));
    }
  }
  return { app: app && typeof app === "object" ? (app as AppUsage) : undefined, business };
}

/** Meta's app-level window is a rolling hour with no estimate: at 100 %, hold a minute, then let one call tell again. */
const FULL_HOLD_MS = 60_000;

const isFull = (u: AppUsage) => [u.call_count, u.total_cputime, u.total_time].some((v) => Number(v ?? 0) >= 100);

/** How long the whole app must wait (X-App-Usage at 100 % of any allowance); 0 otherwise. */
export function appWait(app: AppUsage): number {
  return isFull(app) ? FULL_HOLD_MS : 0;
}

/** How long Meta says to wait for this business object, in ms (0: no wait); at 100 % without an estimate, a minute. */
export function waitFor(entries: BusinessUsageEntry[]): number {
  let wait = 0;
  for (const e of entries) {
    const minutes = Number(e.estimated_time_to_regain_access ?? 0);
    if (minutes > 0) wait = Math.max(wait, minutes * 60_000);
    if (isFull(e)) wait = Math.max(wait, FULL_HOLD_MS);
  }
  return wait;
}

/** The longest wait Meta asks for across every business object in one answer. */
export function longestWait(usage: Usage): number {
  let wait = 0;
  for (const entries of usage.business.values()) wait = Math.max(wait, waitFor(entries));
  return wait;
}
