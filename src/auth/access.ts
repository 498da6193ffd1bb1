import type { CallOptions } from "../graph-api/call-bounds.js";
import type { Caller } from "./caller.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";

/** One request's view of what its caller may see and do; nothing here calls Meta for a refused object. */
export class AccessControl {
  private numbers: Promise<Map<string, string>> | undefined;

  constructor(
    readonly caller: Caller,
    private readonly directory: NumberDirectory,
    private readonly call: CallOptions,
  ) {}

  canReadWaba(id: string): boolean {
    return this.caller.wabaIds === "all" || this.caller.wabaIds.has(id);
  }

  async canReadPhone(id: string): Promise<boolean> {
    if (this.caller.wabaIds === "all") return true;
    if (this.caller.wabaIds.size === 0) return false;
    return (await this.mine()).has(id);
  }

  /** The caller's numbers (number → WABA), gathered once per request: a list of 250 ids asks 250 times. */
  private mine(): Promise<Map<string, string>> {
    if (this.caller.wabaIds === "all") return Promise.resolve(new Map());
    return (this.numbers ??= this.directory.numbersWithin(this.caller.wabaIds, this.call));
  }

  /**
   * Whether a number with these digits is on a WABA the gateway serves that this caller may not see (of the
   * WABAs the gateway knows, and these others): a migration would pull it from another tenant.
   */
  async heldByAnother(digits: string, others: Iterable<string>): Promise<boolean> {
    const mine = this.caller.wabaIds;
    if (mine === "all") return false;
    const foreign = [...new Set([...this.directory.knownWabas(), ...others])].filter((w) => !mine.has(w));
    const held = await Promise.all(foreign.map(async (w) => [...(await this.directory.numbersOf(w, this.call)).values()].includes(digits)));
    return held.includes(true);
  }

  /** The WABA of a number, when the caller's WABAs were listed (for the audit log). */
  async wabaOf(phoneId: string): Promise<string | undefined> {
    if (this.caller.wabaIds === "all") return undefined;
    return (await this.mine()).get(phoneId);
  }
}
