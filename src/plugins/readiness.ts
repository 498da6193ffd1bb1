import type { Plugin } from "graphql-yoga";
import type { Fleet } from "../fleet/fleet.js";
import type { UpstreamHealth } from "../graph-api/upstream-health.js";

/**
 * `/readiness`: 503 while Meta refuses the gateway's own token (an operator must renew it), 200 otherwise.
 * A Redis outage keeps it 200 with the degradation named in the body (a 503 would pull every instance from
 * the load balancer at once). It never repeats an upstream message. (`/health`, Yoga's own, is liveness.)
 */
export function readiness(health: UpstreamHealth, fleet: Fleet): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== "/readiness") return;
      const ready = health.ready;
      const state = fleet.status();
      const redis = state === "memory" ? "not configured" : state === "redis" ? "up" : "degraded: unreachable, running on this instance's state";
      const body = ready ? { status: "ready", redis } : { status: "not ready", reason: "Meta refuses the gateway's access token", redis };
      endResponse(
        new Response(JSON.stringify(body), {
          status: ready ? 200 : 503,
          headers: { "content-type": "application/json" },
        }),
      );
    },
  };
}
