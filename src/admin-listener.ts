import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** What only the admin listener serves: liveness, readiness and metrics, for the platform, not for callers. */
export const ADMIN_PATHS: ReadonlySet<string> = new Set(["/health", "/healthcheck", "/readiness", "/metrics"]);

const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?")[0] ?? "/";

function notHere(res: ServerResponse, message: string): void {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end(message);
}

/**
 * The public port: GraphQL (and GraphiQL), webhooks and the demo's pages; the admin paths answer 404 there, and
 * `GET /` says where GraphQL is (instead of an empty 404).
 */
export function publicListener(next: RequestListener): RequestListener {
  return (req, res) => {
    const path = pathOf(req);
    if (ADMIN_PATHS.has(path)) return notHere(res, "Not found: health, readiness and metrics are served on the admin port (ADMIN_PORT).");
    if (path === "/" && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ service: "waba-gateway", graphql: "/graphql", webhooks: "/webhooks/meta" }));
    }
    return next(req, res);
  };
}

/** The admin port: the admin paths only (`/healthcheck` is `/health` under the name Hive Gateway's users probe). */
export function adminListener(next: RequestListener): RequestListener {
  return (req, res) => {
    const path = pathOf(req);
    if (!ADMIN_PATHS.has(path)) return notHere(res, "Not found: the admin port serves /health, /healthcheck, /readiness and /metrics.");
    if (path === "/healthcheck") req.url = "/health";
    return next(req, res);
  };
}
