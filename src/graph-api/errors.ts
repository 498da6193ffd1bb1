import type { GraphErrorWire } from "./types.js";

/** Meta answered with its error envelope. Keeps Meta's code, subcode and trace id; the message stays server-side. */
export class GraphApiError extends Error {
  override readonly name = "GraphApiError";
  readonly code: number | undefined;
  readonly subcode: number | undefined;
  readonly type: string | undefined;
  readonly fbtraceId: string | undefined;
  readonly isTransient: boolean | undefined;
  readonly details: string | undefined;
  /** Meta's `error_user_msg`: it tells apart refusals that share a code (100/2388001). Server-side only. */
  readonly userMessage: string | undefined;
  /** How long Meta says to wait (from its usage headers), when it says. */
  retryAfterMs: number | undefined;
  /** Sent with a customer's business token, not the gateway's own (a refused token is then the customer's to renew). */
  customerToken = false;

  constructor(
    wire: GraphErrorWire,
    readonly httpStatus: number,
  ) {
    super(wire.message ?? `Graph API error ${wire.code ?? "?"}`);
    this.code = wire.code;
    this.subcode = wire.error_subcode;
    this.type = wire.type;
    this.fbtraceId = wire.fbtrace_id;
    this.isTransient = wire.is_transient;
    this.details = wire.error_data?.details;
    this.userMessage = wire.error_user_msg;
  }
}

export type UpstreamFailureKind = "timeout" | "unavailable";

/** The gateway holds back a read because Meta said to wait for this WABA (never sent upstream). */
export class ThrottledError extends Error {
  override readonly name = "ThrottledError";
  constructor(readonly retryAfterMs: number) {
    super("Meta asked the gateway to wait before reading this WhatsApp Business Account again");
  }
}

/** No usable answer from Meta: a timeout, a broken connection, a 5xx page or a body that is not Graph JSON. */
export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    readonly httpStatus?: number,
    /** Nothing went out: the operation's deadline passed while the call waited its turn (a mutation's outcome is known). */
    readonly notSent = false,
    /** What the transport said, for operators' logs: the error's name, its code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, UND_ERR_SOCKET, …) and syscall. */
    readonly transport?: TransportCause,
  ) {
    super(message);
  }
}

export interface TransportCause {
  name: string;
  /** The error's `code` (named so in logs: pino redacts any `code`, as one-time codes travel under that name). */
  errorCode?: string;
  syscall?: string;
}

/** The transport error's own name, code and syscall, and its cause's (undici wraps socket and TLS errors); never its message. */
export function transportCause(e: unknown): TransportCause {
  const err = e as { name?: unknown; code?: unknown; syscall?: unknown; cause?: { code?: unknown; syscall?: unknown } } | null;
  const text = (v: unknown) => (typeof v === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(v) ? v : undefined);
  const code = text(err?.code) ?? text(err?.cause?.code);
  const syscall = text(err?.syscall) ?? text(err?.cause?.syscall);
  return { name: text(err?.name) ?? "Error", ...(code ? { errorCode: code } : {}), ...(syscall ? { syscall } : {}) };
}

export type GraphErrorClass = "not-found" | "auth" | "permission" | "rate-limited" | "transient" | "invalid-parameter" | "other";

/**
 * Every reason a mutation's GraphApiError can carry (the contract's GraphApiErrorReason), with what it means to a
 * client. The GraphQL enum is built from this list.
 */
export const FAILURE_REASONS = {
  PIN_MISMATCH: "The PIN does not match the two-step verification PIN (133005).",
  NOT_VERIFIED: "The number needs verification again before registering (133006).",
  WRONG_CODE: "The one-time code is wrong or expired (136025).",
  REGISTRATION_LIMIT: "10 register/deregister calls per number in 72 hours were used up (133016).",
  RATE_LIMITED: "Meta is throttling calls.",
  ACCESS_TOKEN_INVALID: "Meta (or the On-Premises client) refused the gateway's credentials (190).",
  PERMISSION_DENIED: "The gateway's token lacks the permission.",
  NOT_FOUND: "Meta does not know the number, or the token cannot reach it.",
  INVALID_PARAMETER: "Meta refused a parameter (100).",
  UPSTREAM_UNAVAILABLE: "Meta failed or the connection broke; for a mutation the outcome is unknown (it was not retried).",
  UPSTREAM_TIMEOUT: "No answer within the timeout; for a mutation the outcome is unknown (it was not retried).",
  DISCONTINUED: "Meta no longer allows this call (e.g. On-Premises registration since 2025-10-23).",
  DEREGISTRATION_INCOMPLETE: "An earlier deregistration did not complete (133000): deregister again, then register.",
  NOT_REGISTERED: "The number is not registered (133010).",
  RECENTLY_DELETED: "The number was deleted a moment ago (133015): wait before trying again (retryAfterSeconds).",
  TOO_MANY_PIN_ATTEMPTS: "Too many two-step PIN guesses, or guesses too fast (133008, 133009): wait (retryAfterSeconds when Meta says how long).",
  ACCOUNT_LOCKED: "The WhatsApp account is locked (131031), e.g. after policy violations or a wrong two-step PIN.",
  CODE_NOT_SENT: "Meta could not send the verification code (136024).",
  POLICY_BLOCKED: "Temporarily blocked for a policy violation (368).",
  CANNOT_ADD_NUMBER: "Meta cannot add the number to the WABA (200000), e.g. it is on another WhatsApp account, or a migration requirement is unmet.",
  CODE_ALREADY_USED: "Embedded Signup's code was already exchanged (100/36009): the customer must go through Embedded Signup again.",
  CODE_EXPIRED: "Embedded Signup's code expired before it was exchanged (100/36007).",
  NUMBER_ON_WHATSAPP_ACCOUNT:
    "The number is still on a WhatsApp account, so Meta cannot create its certificate (100/2388001): disconnect it there, or onboard it as a coexistence number.",
  DISPLAY_NAME_NOT_APPROVED:
    "Meta has not approved the number's display name (still under review, declined or expired), so it has no certificate to register with (100/2388001): register once the name is approved.",
  SYNC_ALREADY_REQUESTED: "A coexistence sync of this kind was already asked for; Meta allows it once.",
  OTHER: "Any other refusal; see code.",
} as const;

export type FailureReason = keyof typeof FAILURE_REASONS;

/** What one of Meta's codes means: its class (retries, throttling, read answers) and, for some, a reason of its own. */
export interface CodeMeaning {
  kind: GraphErrorClass;
  /** A mutation refused with this code answers with this reason and message (else its class decides). */
  reason?: FailureReason;
  message?: string;
  retryable?: boolean;
  retryAfterSeconds?: number;
  /** The wait is named in Meta's `error_data.details` ("… 30 minutes"). */
  waitInDetails?: boolean;
}

const HOURS_72 = 72 * 3600;

/**
 * The one table from Meta's error codes to what they mean (graph-api.md §5, §6, §7). A key is `code` or
 * `code/subcode`; the subcode row wins. Adding a reason is a line in FAILURE_REASONS and a row here.
 */
const BY_CODE: Record<string, CodeMeaning> = {
  // Access and existence.
  "0": { kind: "auth" },
  "102": { kind: "auth" },
  "190": { kind: "auth" },
  "803": { kind: "not-found" },
  "100/33": { kind: "not-found" },
  "3": { kind: "permission" },
  "10": { kind: "permission" },
  "100": { kind: "invalid-parameter" },
  // Throttling (HTTP 400 as often as 429).
  "4": { kind: "rate-limited" },
  "17": { kind: "rate-limited" },
  "32": { kind: "rate-limited" },
  "341": { kind: "rate-limited" },
  "613": { kind: "rate-limited" },
  "80007": { kind: "rate-limited" },
  "80008": { kind: "rate-limited" },
  "130429": { kind: "rate-limited" },
  "131056": { kind: "rate-limited" },
  // Meta's own temporary failures.
  "1": { kind: "transient" },
  "2": { kind: "transient" },
  "131000": { kind: "transient" },
  "131016": { kind: "transient" },
  "133004": { kind: "transient" },
  // WhatsApp codes with a meaning of their own.
  "133000": { kind: "other", reason: "DEREGISTRATION_INCOMPLETE", retryable: false, message: "An earlier deregistration did not complete: deregister the number again, then register it." },
  "133005": { kind: "other", reason: "PIN_MISMATCH", retryable: false, message: "The PIN does not match the number's two-step verification PIN." },
  "133006": { kind: "other", reason: "NOT_VERIFIED", retryable: false, message: "The number must be verified again (request and verify a code) before it can be registered." },
  "133008": { kind: "other", reason: "TOO_MANY_PIN_ATTEMPTS", retryable: true, waitInDetails: true, message: "Too many wrong two-step PINs; wait before trying again." },
  "133009": { kind: "other", reason: "TOO_MANY_PIN_ATTEMPTS", retryable: true, waitInDetails: true, message: "Two-step PINs were entered too fast; wait before trying again." },
  "133010": { kind: "other", reason: "NOT_REGISTERED", retryable: false, message: "The number is not registered." },
  "133015": { kind: "other", reason: "RECENTLY_DELETED", retryable: true, retryAfterSeconds: 300, message: "The number was deleted a moment ago; wait about 5 minutes before registering it." },
  "133016": {
    kind: "other",
    reason: "REGISTRATION_LIMIT",
    retryable: true,
    retryAfterSeconds: HOURS_72,
    message: "Meta allows 10 register/deregister calls per number in 72 hours; the number is blocked for 72 hours.",
  },
  "136025": { kind: "other", reason: "WRONG_CODE", retryable: false, message: "The code is wrong or has expired; request a new one." },
  "131031": { kind: "other", reason: "ACCOUNT_LOCKED", retryable: false, message: "The WhatsApp Business Account is locked (for example after policy violations or wrong two-step PINs)." },
  "136024": { kind: "other", reason: "CODE_NOT_SENT", retryable: true, message: "Meta could not send the code; try again later or with the other method." },
  "368": { kind: "other", reason: "POLICY_BLOCKED", retryable: true, message: "Meta has temporarily blocked this account for a policy violation." },
  "200000": {
    kind: "other",
    reason: "CANNOT_ADD_NUMBER",
    retryable: false,
    message: "Meta cannot add this number to the WABA (200000): it may already be on another WhatsApp account (migrate it instead), or the WABA cannot take more numbers.",
  },
  "131005": { kind: "other", reason: "PERMISSION_DENIED", retryable: false, message: "Meta denied access: the gateway's token lacks the permission for this call." },
  "131008": { kind: "other", reason: "INVALID_PARAMETER", retryable: false, message: "Meta says a required parameter is missing." },
  "131009": { kind: "other", reason: "INVALID_PARAMETER", retryable: false, message: "Meta refused a parameter value of this call." },
  // Embedded Signup (graph-api.md §13.1).
  "100/36009": { kind: "invalid-parameter", reason: "CODE_ALREADY_USED", retryable: false, message: "Embedded Signup's code was already exchanged; the customer must go through Embedded Signup again." },
  "100/36007": { kind: "invalid-parameter", reason: "CODE_EXPIRED", retryable: false, message: "Embedded Signup's code expired (it lives 30 seconds); the customer must go through Embedded Signup again." },
  "100/2388001": {
    kind: "invalid-parameter",
    reason: "NUMBER_ON_WHATSAPP_ACCOUNT",
    retryable: false,
    message: "The number is still on a WhatsApp account, so Meta cannot create its certificate: disconnect it there, or onboard it as a WhatsApp Business app (coexistence) number.",
  },
};

/**
 * Refusals that share a code with another and differ only in Meta's `error_user_msg`: 100/2388001 ("Cannot Create
 * Certificate") answers both a number still on a WhatsApp account and a display name not (yet) approved (§13.1 [T]).
 */
const BY_USER_MESSAGE: { key: string; pattern: RegExp; meaning: CodeMeaning }[] = [
  {
    key: "100/2388001",
    pattern: /display name/i,
    meaning: {
      kind: "invalid-parameter",
      reason: "DISPLAY_NAME_NOT_APPROVED",
      retryable: true,
      message: "Meta has not approved the number's display name yet, so it cannot create the certificate to register with: register once the name is approved (phoneNumberChanged reports the decision).",
    },
  },
];

/** What Meta's code (and subcode) on this error means; undefined for a code the table does not know. */
export function meaningOf(e: GraphApiError): CodeMeaning | undefined {
  if (e.code === undefined) return undefined;
  const key = e.subcode !== undefined ? `${e.code}/${e.subcode}` : String(e.code);
  const message = e.userMessage;
  if (message !== undefined) {
    const variant = BY_USER_MESSAGE.find((v) => v.key === key && v.pattern.test(message));
    if (variant) return variant.meaning;
  }
  return (e.subcode !== undefined ? BY_CODE[key] : undefined) ?? BY_CODE[String(e.code)];
}

/** Classifies a Graph error by Meta's code (HTTP status alone does not tell: throttles come as HTTP 400). */
export function classifyGraphError(e: GraphApiError): GraphErrorClass {
  const kind = meaningOf(e)?.kind;
  if (kind === "not-found" || kind === "auth" || kind === "rate-limited" || kind === "transient") return kind;
  // Meta marks some failures of any code as transient.
  if (e.isTransient === true) return "transient";
  if (e.code !== undefined && e.code >= 200 && e.code <= 299) return "permission";
  return kind ?? "other";
}

/** The ID in Meta's answer to a call that creates an object; without one the outcome is unknown (it may exist). */
export function createdId(created: { id?: string | number | null } | null | undefined): string {
  if (created?.id === undefined || created.id === null) throw new UpstreamError("unavailable", "Meta's answer named no new object");
  return String(created.id);
}
