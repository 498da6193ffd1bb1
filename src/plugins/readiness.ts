import type { Plugin } from "graphql-yoga";
import type { Fleet } from "../fleet/fleet.js";
import type { UpstreamHealth } from "../graph-api/upstream-observer.js";

/**
 * `/readiness`: 503 while Meta refuses the gateway's own token (an operator must renew
 * it), 200 otherwise (while draining after SIGTERM every request gets 503 before it reaches Yoga). A Redis outage keeps it 200 with the
 * degradation named in the body (a 503 would pull every instance from the load balancer at once). It never
 * repeats an upstream message, and never throws (a thrown message would reach the body). `/health`, Yoga's own,
 * is liveness.
 *
 * Matched by its path alone: Yoga's useReadinessCheck also tests every request's URL against a URLPattern, which
 * counted ~0.07 M instructions per operation (about 3 % of a one-number read) for what one comparison of the path settles.
 */
export function readiness(health: UpstreamHealth, fleet: Fleet): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== "/readiness") return;
      const state = fleet.status();
      const redis = state === "memory" ? "not configured" : state === "redis" ? "up" : "degraded: unreachable, running on this instance's state";
      const reason = health.reason;
      const body = reason ? { status: "not ready", reason, redis } : { status: "ready", redis };
      endResponse(new Response(JSON.stringify(body), { status: reason ? 503 : 200, headers: { "content-type": "application/json" } }));
    },
  };
}
