import { GraphQLError } from "graphql";
import { classifyGraphError, GraphApiError, ThrottledError, UpstreamError } from "../graph-api/errors.js";

const seconds = (ms: number | undefined) => (ms !== undefined && ms > 0 ? Math.ceil(ms / 1000) : undefined);

/**
 * Turns an upstream failure into the client-facing error of a read: a stable `extensions.code`,
 * Meta's code and trace id where there is one, never Meta's raw message, a URL or the token.
 */
export function toGraphQLError(err: unknown, subject: string, read: { callerCursor?: "after" | "before" } = {}): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof ThrottledError) {
    return new GraphQLError("Meta asked to wait before reading this account again; try again later.", {
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds(err.retryAfterMs) },
    });
  }
  if (err instanceof UpstreamError) {
    return err.kind === "timeout"
      ? new GraphQLError("The Graph API did not answer in time.", { extensions: { code: "UPSTREAM_TIMEOUT" } })
      : new GraphQLError("The Graph API is unavailable; try again shortly.", { extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  }
  if (err instanceof GraphApiError) {
    const meta = { graphApiCode: err.code, graphApiSubcode: err.subcode, fbtraceId: err.fbtraceId };
    const make = (message: string, code: string, extra: Record<string, unknown> = {}) =>
      new GraphQLError(message, { extensions: { code, ...meta, ...extra } });
    switch (classifyGraphError(err)) {
      case "not-found":
        return make(`${subject} was not found, or the gateway's token cannot read it.`, "NOT_FOUND");
      case "auth":
        return make("The Graph API refused the gateway's access token; an operator must renew it.", "UPSTREAM_AUTH");
      case "permission":
        return make(`The Graph API denied the gateway permission to read ${subject}.`, "FORBIDDEN");
      case "rate-limited":
        return make("Meta is throttling these requests; try again later.", "RATE_LIMITED", { retryAfterSeconds: seconds(err.retryAfterMs) });
      case "transient":
        return make("The Graph API is unavailable; try again shortly.", "UPSTREAM_UNAVAILABLE");
      case "invalid-parameter":
        // Only a cursor comes from the caller unchecked (Meta's cursors expire); every other parameter is the
        // gateway's own, so Meta refusing it is the gateway's or Meta's fault, not the caller's.
        return read.callerCursor
          ? make("The Graph API refused the page cursor (cursors expire); start again from the first page.", "BAD_USER_INPUT", { argument: read.callerCursor })
          : make("The Graph API refused the gateway's request for this object; this is a gateway or Graph API problem, not your input.", "UPSTREAM_ERROR");
      case "other":
        return make("The Graph API refused the request.", "UPSTREAM_ERROR");
    }
  }
  // Anything else is a bug in the gateway: let Yoga mask it.
  return err instanceof Error ? (err as GraphQLError) : new GraphQLError("Unexpected error.");
}
