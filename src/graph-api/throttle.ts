import { NumberIndex } from "./number-index.js";
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

/** The key of the app-wide hold (X-App-Usage at 100 %), beside the WABA ids; shared with the fleet like them. */
export const APP_HOLD = "app";


/**
 * "Meta says wait" per WABA: once Meta reports a WABA at 100 % of its business-use-case budget or gives a
 * time to regain access, the gateway stops sending that WABA's reads (and its numbers' reads) until then,
 * answering RATE_LIMITED at once instead of hammering.
 */
export class ThrottleState {
  private readonly until = new Map<string, number>();

  /** Set by the fleet: shares a new hold with the other instances (resolves once shared). */
  share: ((wabaId: string, untilMs: number) => Promise<void>) | undefined;

  /** Which WABA a number belongs to: the number directory's index, shared with access control and webhooks. */
  constructor(
    private readonly numbers: NumberIndex = new NumberIndex(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Learns from the usage headers of an answer; resolves once any new hold is shared with the fleet. */
  async note(usage: Usage): Promise<void> {
    const holds: [string, number][] = [...usage.business].map(([wabaId, entries]) => [wabaId, waitFor(entries)]);
    if (usage.app) holds.push([APP_HOLD, appWait(usage.app)]);
    const shares: Promise<void>[] = [];
    for (const [key, wait] of holds) {
      if (wait > 0) {
        const until = this.now() + wait;
        this.holdUntil(key, until);
        if (this.share) shares.push(this.share(key, until));
      }
    }
    await Promise.all(shares);
  }

  /** Milliseconds every call must still wait because the app's allowance is used up; 0 when free. */
  appRemaining(): number {
    return this.until.size === 0 ? 0 : this.remaining(APP_HOLD);
  }

  /** Holds a WABA's reads until then (as learned here, or from another instance). */
  holdUntil(wabaId: string, untilMs: number): void {
    if ((this.until.get(wabaId) ?? 0) < untilMs) this.until.set(wabaId, untilMs);
  }

  /** Numbers seen on a WABA's pages, so that their own reads are held back too. */
  rememberNumbers(wabaId: string, phoneIds: readonly string[]): void {
    this.numbers.learn(wabaId, phoneIds);
  }

  /** Milliseconds this object (a WABA, or a number of a known WABA) must still wait; 0 when free. */
  remaining(id: string): number {
    const wabaId = this.until.has(id) ? id : this.numbers.wabaOf(id);
    if (wabaId === undefined) return 0;
    const until = this.until.get(wabaId) ?? 0;
    const left = until - this.now();
    if (left <= 0) {
      this.until.delete(wabaId);
      return 0;
    }
    return left;
  }
}
