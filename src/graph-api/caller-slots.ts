import { UpstreamError } from "./errors.js";

/** Upstream calls one caller may have in flight at once; the pool has 128 connections for everyone. */
export const MAX_UPSTREAM_PER_CALLER = 64;

/**
 * A caller's share of the upstream connections: at most `size` of its calls in flight, the rest waiting in
 * order, and a wait never outlives the operation's deadline. One caller flooding a hanging endpoint then holds
 * at most its share, and the other callers' reads go through.
 */
export class Slots {
  private used = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly size: number) {}

  /** Waits for a slot until `deadline` (epoch ms); returns the function that gives it back. */
  take(deadline: number): Promise<() => void> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new UpstreamError("timeout", "The operation's deadline passed while it waited for an upstream connection", undefined, true));
        }, Math.max(0, deadline - Date.now())),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter.
      if (next) next.grant();
      else this.used--;
    };
  }

  get idle(): boolean {
    return this.used === 0 && this.waiting.length === 0;
  }
}

/** The slots of every caller, created on first use and dropped when idle. */
export class CallerSlots {
  private readonly byCaller = new Map<string, Slots>();

  constructor(private readonly size = MAX_UPSTREAM_PER_CALLER) {}

  of(caller: string): Slots {
    let slots = this.byCaller.get(caller);
    if (!slots) this.byCaller.set(caller, (slots = new Slots(this.size)));
    // Keep the map small: callers with nothing in flight need no entry.
    if (this.byCaller.size > 10_000) for (const [name, s] of this.byCaller) if (s.idle && name !== caller) this.byCaller.delete(name);
    return slots;
  }
}
