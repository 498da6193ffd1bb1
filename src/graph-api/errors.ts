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
  /** How long Meta says to wait (from its usage headers), when it says. */
  retryAfterMs: number | undefined;

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
  ) {
    super(message);
  }
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613, 80007, 80008, 130429, 131056]);
const TRANSIENT_CODES = new Set([1, 2, 131000, 131016, 133004]);
const AUTH_CODES = new Set([0, 102, 190]);

export type GraphErrorClass = "not-found" | "auth" | "permission" | "rate-limited" | "transient" | "invalid-parameter" | "other";

/** Classifies a Graph error by Meta's code (HTTP status alone does not tell: throttles come as HTTP 400). */
export function classifyGraphError(e: GraphApiError): GraphErrorClass {
  const code = e.code ?? -1;
  if (code === 803 || (code === 100 && e.subcode === 33)) return "not-found";
  if (AUTH_CODES.has(code)) return "auth";
  if (RATE_LIMIT_CODES.has(code)) return "rate-limited";
  if (TRANSIENT_CODES.has(code) || e.isTransient === true) return "transient";
  if (code === 3 || code === 10 || (code >= 200 && code <= 299)) return "permission";
  if (code === 100) return "invalid-parameter";
  return "other";
}

/** The ID in Meta's answer to a call that creates an object; without one the outcome is unknown (it may exist). */
export function createdId(created: { id?: string | number | null } | null | undefined): string {
  if (created?.id === undefined || created.id === null) throw new UpstreamError("unavailable", "Meta's answer named no new object");
  return String(created.id);
}
