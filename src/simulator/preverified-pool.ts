import type { SimPreverified, SimulatorState } from "./state.js";

/** graph-api.md §11.4, "Duration". */
export const DAY_MS = 86_400_000;
/** A verified number stays VERIFIED this long unless claimed. */
export const VERIFIED_FOR_MS = 90 * DAY_MS;
/** Re-verification opens this long before `verification_expiry_time`. */
export const REVERIFY_WINDOW_MS = 45 * DAY_MS;
/** A number never verified leaves the pool this long after it was added. */
export const UNVERIFIED_KEPT_MS = 90 * DAY_MS;

/** Meta writes times on this object as `2023-04-14T22:12:31+0000`. */
export const graphTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000");

/**
 * A pre-verified number as of the simulator's clock: a lapsed verification reads EXPIRED, and a number never
 * verified within 90 days of being added is gone from the pool (undefined).
 */
export function livePreverified(state: SimulatorState, id: string): SimPreverified | undefined {
  const number = state.preverified.get(id);
  if (!number) return undefined;
  const now = state.now();
  if (number.expiresAt === undefined && now - number.addedAt > UNVERIFIED_KEPT_MS) {
    state.preverified.delete(id);
    const business = state.businesses.get(number.businessId);
    if (business) business.preverifiedIds = business.preverifiedIds.filter((p) => p !== id);
    return undefined;
  }
  if (number.expiresAt !== undefined && now >= number.expiresAt) number.fields.code_verification_status = "EXPIRED";
  return number;
}
