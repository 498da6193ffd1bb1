import type { CallOptions } from "../graph-api/call-bounds.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";

/** Who is calling, as authentication established it. */
export type Scope = "read" | "manage";

export interface Caller {
  /** For logs and the audit trail (a client's name, or a JWT's `sub`). */
  name: string;
  kind: "api-key" | "jwt" | "open";
  /** The WABAs the caller may see, or every WABA. */
  wabaIds: ReadonlySet<string> | "all";
  scopes: ReadonlySet<Scope>;
  /** When the credential stops being valid (a JWT's exp, in ms); API keys do not expire. */
  expiresAt?: number;
  /** May run only the persisted operations of the gateway's manifests (a partner frontend's fixed set). */
  persistedOnly?: boolean;
}

/**
 * The caller's identity for its limits (upstream slots, subscription streams): never shared by two callers. API
 * keys are named uniquely in the clients file; a JWT caller is its `sub` (required).
 */
export const callerId = (caller: Caller): string => `${caller.kind}:${caller.name}`;

/** The JWT scope of operator callers: every WABA, and the business portfolio's own objects. */
export const OPERATOR_SCOPE = "operator";

/** Operators may see every WABA and the business's own objects (pre-verified numbers): `"*"` keys, the JWT `operator` scope. */
export const isOperator = (caller: Caller): boolean => caller.wabaIds === "all";

/** Demo mode, or GATEWAY_AUTH=none: everyone may do everything. */
export const OPEN_CALLER: Caller = { name: "anonymous", kind: "open", wabaIds: "all", scopes: new Set(["read", "manage"]) };

export function parseScopes(values: readonly string[]): Set<Scope> {
  return new Set(values.filter((s): s is Scope => s === "read" || s === "manage"));
}

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
