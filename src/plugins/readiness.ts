import { useReadinessCheck, type Plugin } from "graphql-yoga";
import type { Fleet } from "../fleet/fleet.js";
import type { UpstreamHealth } from "../graph-api/upstream-observer.js";

/**
 * `/readiness` (Yoga's readiness check): 503 while Meta refuses the gateway's own token (an operator must renew
 * it), 200 otherwise (while draining after SIGTERM every request gets 503 before it reaches Yoga). A Redis outage keeps it 200 with the
 * degradation named in the body (a 503 would pull every instance from the load balancer at once). It never
 * repeats an upstream message, and never throws (a thrown message would reach the body). `/health`, Yoga's own,
 * is liveness.
 */
export function readiness(health: UpstreamHealth, fleet: Fleet): Plugin {
  return useReadinessCheck({
    endpoint: "/readiness",
    check: () => {
      const state = fleet.status();
      const redis = state === "memory" ? "not configured" : state === "redis" ? "up" : "degraded: unreachable, running on this instance's state";
      const reason = health.reason;
      const body = reason ? { status: "not ready", reason, redis } : { status: "ready", redis };
      return new Response(JSON.stringify(body), { status: reason ? 503 : 200, headers: { "content-type": "application/json" } });
    },
  });
}
