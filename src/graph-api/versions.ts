/** Graph API versions and when each one goes away (graph-api.md §8, §12); how fields differ by version is in fields.ts. */

/** `v26.0` → 26; NaN for anything else. */
export function majorOf(version: string): number {
  const m = /^v(\d+)\.\d+$/.exec(version);
  return m ? Number(m[1]) : Number.NaN;
}

/** Last day each version is served (Meta's changelog); older versions are gone already. */
const AVAILABLE_UNTIL: Record<string, string> = {
  "v20.0": "2026-09-24",
  "v21.0": "2027-01-21",
  "v22.0": "2027-05-20",
  "v23.0": "2027-10-08",
  "v24.0": "2028-02-18",
  "v25.0": "2028-07-29",
};
const OLDEST_LISTED = 20;

/**
 * Why a configured version should not be used any more, or undefined while Meta still serves it
 * (versions newer than the table have no end date yet).
 */
export function retirementOf(version: string, now: Date = new Date()): string | undefined {
  const until = AVAILABLE_UNTIL[version];
  if (until !== undefined) {
    return now.getTime() > Date.parse(`${until}T23:59:59Z`) ? `${version} was available until ${until}; Meta answers its calls with a newer version` : undefined;
  }
  return majorOf(version) < OLDEST_LISTED ? `${version} was removed before v20.0 (24 Sep 2026)` : undefined;
}
