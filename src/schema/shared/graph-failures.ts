import { GraphQLError } from "graphql";
import { classifyGraphError, GraphApiError, FAILURE_REASONS, meaningOf, ThrottledError, UpstreamError, type FailureReason, type GraphErrorClass } from "../../graph-api/errors.js";
import { OnPremisesError } from "../../on-premises/errors.js";
import type { StepError } from "../../onboarding/record.js";

export type { FailureReason };

/**
 * The one place where a failure from Meta (or the On-Premises client, or the transport) becomes what a GraphQL
 * client sees: for a read, a GraphQLError with a stable `extensions.code`; for a mutation, the typed
 * `GraphApiError` with a stable `reason`. Meta's code, subcode and trace id are kept; Meta's raw message, a URL
 * or the token never are.
 */

/**
 * Meta (or the On-Premises client) refused a mutation, or did not answer. Becomes the GraphQL type
 * `GraphApiError`. The message is the gateway's own, never Meta's raw text.
 */
export class GraphApiFailure extends GraphQLError {
  override readonly name = "GraphApiFailure";
  constructor(
    message: string,
    readonly reason: FailureReason,
    readonly retryable: boolean,
    readonly meta: { code?: number; subcode?: number; fbtraceId?: string; retryAfterSeconds?: number } = {},
  ) {
    // A GraphQLError too: where no typed result can carry it (an access check failing on a query field), it is
    // an error entry with its reason as the code, never a masked "Unexpected error.".
    super(message, { extensions: { code: reason } });
  }
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/** "… try again in 30 minutes" → 1800: the wait Meta names in its `details`, when it names one. */
export function waitNamedIn(details: string | undefined): number | undefined {
  const m = details ? /(\d+)\s*(second|minute|hour|day)s?\b/i.exec(details) : null;
  return m ? Number(m[1]) * (UNIT_SECONDS[(m[2] ?? "").toLowerCase()] ?? 0) : undefined;
}

/** What to do when a customer's business token is refused (190). */
const CUSTOMER_TOKEN_REFUSED = "The customer goes through Embedded Signup again (a new token replaces the refused one), or an operator replaces it in GRAPH_API_TOKENS_FILE.";

const UNKNOWN_OUTCOME = "the outcome is unknown and the gateway did not retry it; check the number (registration.state) before trying again.";

type FailureKind = GraphErrorClass | "timeout" | "unavailable" | "held-back";

interface Row {
  read: { code: string; message: (subject: string) => string };
  mutation: { reason: FailureReason; retryable: boolean; message: (action: string) => string };
}

/** Every kind of failure, as a read and as a mutation answer it. */
const BY_KIND: Record<FailureKind, Row> = {
  "not-found": {
    read: { code: "NOT_FOUND", message: (s) => `${s} was not found, or the gateway's token cannot read it.` },
    mutation: { reason: "NOT_FOUND", retryable: false, message: () => "Meta does not know this object (number, WABA or pre-verified number), or the gateway's token cannot reach it." },
  },
  auth: {
    read: { code: "UPSTREAM_AUTH", message: () => "The Graph API refused the gateway's access token; an operator must renew it." },
    mutation: { reason: "ACCESS_TOKEN_INVALID", retryable: false, message: () => "Meta refused the gateway's access token; an operator must renew it." },
  },
  permission: {
    read: { code: "FORBIDDEN", message: (s) => `The Graph API denied the gateway permission to read ${s}.` },
    mutation: { reason: "PERMISSION_DENIED", retryable: false, message: () => "The gateway's token lacks the permission for this call." },
  },
  "rate-limited": {
    read: { code: "RATE_LIMITED", message: () => "Meta is throttling these requests; try again later." },
    mutation: { reason: "RATE_LIMITED", retryable: true, message: () => "Meta is throttling calls for this account; try again later." },
  },
  "held-back": {
    read: { code: "RATE_LIMITED", message: () => "Meta asked to wait before reading this account again; try again later." },
    mutation: { reason: "RATE_LIMITED", retryable: true, message: () => "Meta asked the gateway to wait; nothing was sent. Try again later." },
  },
  transient: {
    read: { code: "UPSTREAM_UNAVAILABLE", message: () => "The Graph API is unavailable; try again shortly." },
    mutation: { reason: "UPSTREAM_UNAVAILABLE", retryable: true, message: (a) => `Meta reported a temporary failure during ${a}: ${UNKNOWN_OUTCOME}` },
  },
  unavailable: {
    read: { code: "UPSTREAM_UNAVAILABLE", message: () => "The Graph API is unavailable; try again shortly." },
    mutation: { reason: "UPSTREAM_UNAVAILABLE", retryable: true, message: (a) => `Meta failed or the connection broke during ${a}: ${UNKNOWN_OUTCOME}` },
  },
  timeout: {
    read: { code: "UPSTREAM_TIMEOUT", message: () => "The Graph API did not answer in time." },
    mutation: { reason: "UPSTREAM_TIMEOUT", retryable: true, message: (a) => `Meta did not answer ${a} in time: ${UNKNOWN_OUTCOME}` },
  },
  // Only a cursor comes from the caller unchecked (Meta's cursors expire); every other parameter is the gateway's
  // own, so a read refused for one is the gateway's or Meta's fault, not the caller's (see toGraphQLError).
  "invalid-parameter": {
    read: { code: "UPSTREAM_ERROR", message: () => "The Graph API refused the gateway's request for this object; this is a gateway or Graph API problem, not your input." },
    mutation: { reason: "INVALID_PARAMETER", retryable: false, message: () => "Meta refused a parameter of this call." },
  },
  other: {
    read: { code: "UPSTREAM_ERROR", message: () => "The Graph API refused the request." },
    mutation: { reason: "OTHER", retryable: false, message: () => "Meta refused the call." },
  },
};

function kindOf(e: unknown): FailureKind | undefined {
  if (e instanceof ThrottledError) return "held-back";
  if (e instanceof UpstreamError) return e.kind;
  if (e instanceof GraphApiError) return classifyGraphError(e);
  return undefined;
}

const seconds = (ms: number | undefined) => (ms !== undefined && ms > 0 ? Math.ceil(ms / 1000) : undefined);
const waitOf = (e: unknown) => (e instanceof ThrottledError || e instanceof GraphApiError ? seconds(e.retryAfterMs) : undefined);

/** A read's failure as a GraphQL error; anything that is not an upstream failure (a bug) is left for Yoga to mask. */
export function toGraphQLError(err: unknown, subject: string, read: { callerCursor?: "after" | "before" } = {}): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const kind = kindOf(err);
  if (!kind) return err instanceof Error ? (err as GraphQLError) : new GraphQLError("Unexpected error.");
  const meta = err instanceof GraphApiError ? { graphApiCode: err.code, graphApiSubcode: err.subcode, fbtraceId: err.fbtraceId } : {};
  const wait = kind === "rate-limited" || kind === "held-back" ? { retryAfterSeconds: waitOf(err) } : {};
  if (kind === "invalid-parameter" && read.callerCursor) {
    return new GraphQLError("The Graph API refused the page cursor (cursors expire); start again from the first page.", {
      extensions: { code: "BAD_USER_INPUT", ...meta, argument: read.callerCursor },
    });
  }
  if (kind === "auth" && err instanceof GraphApiError && err.customerToken) {
    return new GraphQLError(`Meta refused the customer's business token for ${subject} (expired or revoked); the gateway's other tenants are not affected.`, {
      extensions: { code: "ACCESS_TOKEN_INVALID", ...meta, nextAction: CUSTOMER_TOKEN_REFUSED },
    });
  }
  const row = BY_KIND[kind].read;
  return new GraphQLError(row.message(subject), { extensions: { code: row.code, ...meta, ...wait } });
}

/** A mutation's failure as the typed GraphApiError; undefined for anything that is not an upstream failure (a bug, then masked). */
export function toFailure(e: unknown, action: string): GraphApiFailure | undefined {
  const kind = kindOf(e);
  if (!kind) return undefined;
  const meta = e instanceof GraphApiError ? { code: e.code, subcode: e.subcode, fbtraceId: e.fbtraceId } : {};
  const known = e instanceof GraphApiError ? meaningOf(e) : undefined;
  if (known?.reason) {
    const retryAfterSeconds = known.waitInDetails ? waitNamedIn((e as GraphApiError).details) : known.retryAfterSeconds;
    return new GraphApiFailure(known.message ?? FAILURE_REASONS[known.reason], known.reason, known.retryable ?? false, { ...meta, retryAfterSeconds });
  }
  if (kind === "auth" && e instanceof GraphApiError && e.customerToken) {
    return new GraphApiFailure(`Meta refused the customer's business token for this WABA (expired or revoked). ${CUSTOMER_TOKEN_REFUSED}`, "ACCESS_TOKEN_INVALID", false, meta);
  }
  if (e instanceof UpstreamError && e.notSent) {
    return new GraphApiFailure(`The operation's deadline passed before ${action} was sent to Meta: nothing was sent; try again.`, "UPSTREAM_TIMEOUT", true);
  }
  const row = BY_KIND[kind].mutation;
  return new GraphApiFailure(row.message(action), row.reason, row.retryable, { ...meta, ...(kind === "held-back" ? { retryAfterSeconds: waitOf(e) } : {}) });
}

/** A mutation's failure as an onboarding step records it (the same reason, message and Meta codes as GraphApiError). */
export function toStepError(e: unknown, action: string): StepError | undefined {
  const failure = toFailure(e, action);
  if (!failure) return undefined;
  const { code, subcode, fbtraceId, retryAfterSeconds } = failure.meta;
  return { reason: failure.reason, message: failure.message, retryable: failure.retryable, code, subcode, fbtraceId, retryAfterSeconds };
}

/** Meta's answer to On-Premises registration since the sunset (graph-api.md §5). */
const SUNSET_DETAILS = "biz_link_on_prem_reg_blocked";

/** An On-Premises client's failure (or a Graph one, for the certificate read) as the typed GraphApiError. */
export function toOnPremisesFailure(e: unknown, action: string): GraphApiFailure | undefined {
  if (!(e instanceof OnPremisesError)) return toFailure(e, action);
  const meta = { code: e.code };
  if (e.code === 1005 && (e.details ?? "").includes(SUNSET_DETAILS)) {
    return new GraphApiFailure(
      "Meta sunset the On-Premises API on 2025-10-23 and no longer registers numbers on it; register the number for Cloud API instead.",
      "DISCONTINUED",
      false,
      meta,
    );
  }
  if (e.status === 401) return new GraphApiFailure("The On-Premises client refused the gateway's credentials.", "ACCESS_TOKEN_INVALID", false, meta);
  if (e.status === 404 && e.code === undefined) {
    return new GraphApiFailure(
      "No On-Premises client answered at ONPREM_BASE_URL (HTTP 404 without the client's error): an operator must check the URL and its path.",
      "NOT_FOUND",
      false,
      meta,
    );
  }
  if (e.status === 404) return new GraphApiFailure("The On-Premises client does not know this number.", "NOT_FOUND", false, meta);
  if (e.code === 1006 && action.includes("verif")) return new GraphApiFailure("The code is wrong or has expired.", "WRONG_CODE", false, meta);
  if (e.status === 400) return new GraphApiFailure(`The On-Premises client refused ${action}.`, "INVALID_PARAMETER", false, meta);
  return new GraphApiFailure(`The On-Premises client refused ${action}.`, "OTHER", false, meta);
}
