/** Graph API versions and when each one goes away (graph-api.md §8, §12); how fields differ by version is in fields.ts. */

/** `v26.0` → 26; NaN for anything else. */
export function majorOf(version: string): number {
  const m = /^v(\d+)\.\d+$/.exec(version);
  return m ? Number(m[1]) : Number.NaN;
}

/**
 * Each version Meta released, and the last day it is served when Meta has said (graph-api.md §8): v26.0 and v27.0
 * have no end date yet. Older versions are gone already.
 */
export const VERSIONS: Record<string, { released: string; availableUntil?: string }> = {
  "v20.0": { released: "2024-05-21", availableUntil: "2026-09-24" },
  "v21.0": { released: "2024-10-02", availableUntil: "2027-01-21" },
  "v22.0": { released: "2025-01-21", availableUntil: "2027-05-20" },
  "v23.0": { released: "2025-05-29", availableUntil: "2027-10-08" },
  "v24.0": { released: "2025-10-08", availableUntil: "2028-02-18" },
  "v25.0": { released: "2026-02-18", availableUntil: "2028-07-29" },
  "v26.0": { released: "2026-07-29" },
  // New apps lose multi-id reads, date formatting, method override, field aliases, JSONP and async batch on every
  // version from this release on (§13.7); the gateway sends none of them.
  "v27.0": { released: "2026-11-04" },
};
const OLDEST_LISTED = 20;
const NEWEST_LISTED = 27;

/**
 * Why a configured version should not be used any more, or undefined while Meta still serves it
 * (versions newer than the table have no end date yet).
 */
export function retirementOf(version: string, now: Date = new Date()): string | undefined {
  const until = VERSIONS[version]?.availableUntil;
  if (until !== undefined) {
    return now.getTime() > Date.parse(`${until}T23:59:59Z`) ? `${version} was available until ${until}; Meta answers its calls with a newer version` : undefined;
  }
  return majorOf(version) < OLDEST_LISTED ? `${version} was removed before v20.0 (24 Sep 2026)` : undefined;
}

/** A version newer than this gateway knows: its field names were not checked against it. */
export const isUnknownVersion = (version: string): boolean => majorOf(version) > NEWEST_LISTED;
