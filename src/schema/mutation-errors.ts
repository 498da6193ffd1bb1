import { classifyGraphError, GraphApiError, ThrottledError, UpstreamError } from "../graph-api/errors.js";

/** Stable reasons clients switch on (the contract's GraphApiErrorReason). */
export type FailureReason =
  | "PIN_MISMATCH"
  | "NOT_VERIFIED"
  | "WRONG_CODE"
  | "REGISTRATION_LIMIT"
  | "RATE_LIMITED"
  | "ACCESS_TOKEN_INVALID"
  | "PERMISSION_DENIED"
  | "NOT_FOUND"
  | "INVALID_PARAMETER"
  | "UPSTREAM_UNAVAILABLE"
  | "UPSTREAM_TIMEOUT"
  | "DISCONTINUED"
  | "DEREGISTRATION_INCOMPLETE"
  | "NOT_REGISTERED"
  | "RECENTLY_DELETED"
  | "TOO_MANY_PIN_ATTEMPTS"
  | "ACCOUNT_LOCKED"
  | "CODE_NOT_SENT"
  | "POLICY_BLOCKED"
  | "OTHER";

/**
 * Meta (or the On-Premises client) refused a mutation, or did not answer. Becomes the GraphQL type
 * `GraphApiError`. The message is the gateway's own, never Meta's raw text.
 */
export class GraphApiFailure extends Error {
  override readonly name = "GraphApiFailure";
  constructor(
    message: string,
    readonly reason: FailureReason,
    readonly retryable: boolean,
    readonly meta: { code?: number; subcode?: number; fbtraceId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

const HOURS_72 = 72 * 3600;

interface Known {
  reason: FailureReason;
  message: string;
  retryable: boolean;
  retryAfterSeconds?: number;
}

/** WhatsApp codes with a meaning of their own (graph-api.md §5, §6). */
const BY_CODE: Record<number, Known> = {
  133000: { reason: "DEREGISTRATION_INCOMPLETE", retryable: false, message: "An earlier deregistration did not complete: deregister the number again, then register it." },
  133005: { reason: "PIN_MISMATCH", retryable: false, message: "The PIN does not match the number's two-step verification PIN." },
  133006: { reason: "NOT_VERIFIED", retryable: false, message: "The number must be verified again (request and verify a code) before it can be registered." },
  133008: { reason: "TOO_MANY_PIN_ATTEMPTS", retryable: true, message: "Too many wrong two-step PINs; wait before trying again." },
  133009: { reason: "TOO_MANY_PIN_ATTEMPTS", retryable: true, message: "Two-step PINs were entered too fast; wait before trying again." },
  133010: { reason: "NOT_REGISTERED", retryable: false, message: "The number is not registered." },
  133015: { reason: "RECENTLY_DELETED", retryable: true, retryAfterSeconds: 300, message: "The number was deleted a moment ago; wait about 5 minutes before registering it." },
  136025: { reason: "WRONG_CODE", retryable: false, message: "The code is wrong or has expired; request a new one." },
  133016: {
    reason: "REGISTRATION_LIMIT",
    retryable: true,
    retryAfterSeconds: HOURS_72,
    message: "Meta allows 10 register/deregister calls per number in 72 hours; the number is blocked for 72 hours.",
  },
  131031: { reason: "ACCOUNT_LOCKED", retryable: false, message: "The WhatsApp Business Account is locked (for example after policy violations or wrong two-step PINs)." },
  136024: { reason: "CODE_NOT_SENT", retryable: true, message: "Meta could not send the code; try again later or with the other method." },
  368: { reason: "POLICY_BLOCKED", retryable: true, message: "Meta has temporarily blocked this account for a policy violation." },
  131005: { reason: "PERMISSION_DENIED", retryable: false, message: "Meta denied access: the gateway's token lacks the permission for this call." },
  131008: { reason: "INVALID_PARAMETER", retryable: false, message: "Meta says a required parameter is missing." },
  131009: { reason: "INVALID_PARAMETER", retryable: false, message: "Meta refused a parameter value of this call." },
};

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/** "… try again in 30 minutes" → 1800: the wait Meta names in its `details`, when it names one. */
export function waitNamedIn(details: string | undefined): number | undefined {
  const m = details ? /(\d+)\s*(second|minute|hour|day)s?\b/i.exec(details) : null;
  return m ? Number(m[1]) * (UNIT_SECONDS[(m[2] ?? "").toLowerCase()] ?? 0) : undefined;
}

const UNKNOWN_OUTCOME = "the outcome is unknown and the gateway did not retry it; check the number (registration.state) before trying again.";

/**
 * Maps an upstream failure of a mutation to a typed error. Returns undefined for anything that is
 * not an upstream failure (a bug), which then stays masked.
 */
export function toFailure(e: unknown, action: string): GraphApiFailure | undefined {
  if (e instanceof UpstreamError) {
    return e.kind === "timeout"
      ? new GraphApiFailure(`Meta did not answer ${action} in time: ${UNKNOWN_OUTCOME}`, "UPSTREAM_TIMEOUT", true)
      : new GraphApiFailure(`Meta failed or the connection broke during ${action}: ${UNKNOWN_OUTCOME}`, "UPSTREAM_UNAVAILABLE", true);
  }
  if (e instanceof ThrottledError) {
    return new GraphApiFailure("Meta asked the gateway to wait; nothing was sent. Try again later.", "RATE_LIMITED", true, { retryAfterSeconds: Math.ceil(e.retryAfterMs / 1000) });
  }
  if (!(e instanceof GraphApiError)) return undefined;
  const meta = { code: e.code, subcode: e.subcode, fbtraceId: e.fbtraceId };
  const known = e.code !== undefined ? BY_CODE[e.code] : undefined;
  if (known) {
    const retryAfterSeconds = known.reason === "TOO_MANY_PIN_ATTEMPTS" ? waitNamedIn(e.details) : known.retryAfterSeconds;
    return new GraphApiFailure(known.message, known.reason, known.retryable, { ...meta, retryAfterSeconds });
  }
  switch (classifyGraphError(e)) {
    case "not-found":
      return new GraphApiFailure("Meta does not know this number, or the gateway's token cannot reach it.", "NOT_FOUND", false, meta);
    case "auth":
      return new GraphApiFailure("Meta refused the gateway's access token; an operator must renew it.", "ACCESS_TOKEN_INVALID", false, meta);
    case "permission":
      return new GraphApiFailure("The gateway's token lacks the permission for this call.", "PERMISSION_DENIED", false, meta);
    case "rate-limited":
      return new GraphApiFailure("Meta is throttling calls for this account; try again later.", "RATE_LIMITED", true, meta);
    case "transient":
      return new GraphApiFailure(`Meta reported a temporary failure during ${action}: ${UNKNOWN_OUTCOME}`, "UPSTREAM_UNAVAILABLE", true, meta);
    case "invalid-parameter":
      return new GraphApiFailure("Meta refused a parameter of this call.", "INVALID_PARAMETER", false, meta);
    case "other":
      return new GraphApiFailure("Meta refused the call.", "OTHER", false, meta);
  }
}
