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
