import type { Fleet } from "../fleet/fleet.js";

/** How long a registration that sent a code waits for its code (the client's codes do not outlive this). */
const PENDING_SECONDS = 3600;
/** Code attempts per number and hour, counted before the client is called. */
export const MAX_CODE_ATTEMPTS = 5;
export const ATTEMPT_WINDOW_SECONDS = 3600;
const PENDING_KEY = "onprem:pending";

/**
 * `POST /v1/account/verify` names no number: the client verifies whatever registration it has pending. The
 * gateway remembers (fleet-wide) which number that is, so that a code is only ever checked for the number whose
 * registration sent it, and counts code attempts per number.
 */
export class PendingRegistration {
  constructor(private readonly fleet: Fleet) {}

  /** The client sent a code for this number (202). */
  started(phoneNumberId: string): Promise<void> {
    return this.fleet.put(PENDING_KEY, phoneNumberId, PENDING_SECONDS);
  }

  async isPendingFor(phoneNumberId: string): Promise<boolean> {
    return (await this.fleet.read(PENDING_KEY)) === phoneNumberId;
  }

  /** Counts an attempt: "no" once the number has used up its attempts for the hour, "unknown" when the fleet's count cannot be had. */
  async mayTry(phoneNumberId: string): Promise<"yes" | "no" | "unknown"> {
    const n = await this.fleet.countUp(`onprem:attempts:${phoneNumberId}`, ATTEMPT_WINDOW_SECONDS);
    return n === undefined ? "unknown" : n <= MAX_CODE_ATTEMPTS ? "yes" : "no";
  }

  /** The registration finished (verified, or the account already existed): nothing is pending for it any more. */
  async finished(phoneNumberId: string): Promise<void> {
    if (await this.isPendingFor(phoneNumberId)) await this.fleet.remove(PENDING_KEY);
  }
}
