import type { GraphApiClient } from "./client.js";
import { classifyGraphError, GraphApiError, UpstreamError } from "./errors.js";
import type { UpstreamHealth } from "./upstream-observer.js";

/**
 * Readiness that follows Meta (issue 26): at start and then every `intervalMs`, the gateway reads who its token is
 * (`GET /me?fields=id`, the cheapest read there is; the token goes only in the Authorization header, never in a
 * query string as debug_token would need). A refused token, or a Meta it cannot reach, turns `/readiness` to 503
 * with the cause; a call that gets through turns it back. Returns the stop function.
 */
export function checkTokenPeriodically(client: GraphApiClient, health: UpstreamHealth, intervalMs: number): () => void {
  const check = async () => {
    try {
      await client.get("me", { fields: "id" }, { deadline: Date.now() + Math.min(intervalMs, 10_000) });
      health.succeeded();
    } catch (e) {
      if (e instanceof GraphApiError && classifyGraphError(e) === "auth") health.tokenRefused();
      else if (e instanceof UpstreamError) health.unreachable([e.transport?.errorCode, e.transport?.syscall].filter(Boolean).join(" ") || e.kind);
      // Any other answer (throttled, a 5xx with Meta's error): Meta is there and the token is not refused.
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
