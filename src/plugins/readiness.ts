import type { Plugin } from "graphql-yoga";
import type { UpstreamHealth } from "../resilience/upstream-health.js";

/**
 * `/readiness`: 503 while Meta refuses the gateway's own token (an operator must renew it), 200 otherwise.
 * It never repeats an upstream message. (`/health`, Yoga's own, is liveness.)
 */
export function readiness(health: UpstreamHealth): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== "/readiness") return;
      const ready = health.ready;
      endResponse(
        new Response(JSON.stringify(ready ? { status: "ready" } : { status: "not ready", reason: "Meta refuses the gateway's access token" }), {
          status: ready ? 200 : 503,
          headers: { "content-type": "application/json" },
        }),
      );
    },
  };
}
