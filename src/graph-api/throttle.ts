import { NumberIndex } from "./number-index.js";
import { appWait, waitFor, type Usage } from "./usage.js";

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
