import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { spawnGateway } from "./helpers/spawn-gateway.js";

/** An OTLP/HTTP receiver: records what arrives at /v1/traces. */
async function otlpReceiver() {
  const received: { path: string; contentType: string | undefined; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("latin1")));
    req.on("end", () => {
      received.push({ path: req.url ?? "", contentType: req.headers["content-type"], body });
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("npm start with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("exports the operation's spans to the collector over OTLP/HTTP, joined to the caller's trace, by shutdown at the latest", async () => {
    const collector = await otlpReceiver();
    const gw = await spawnGateway({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: "waba-gateway-under-test" }, ["scripts/start.mjs"]);
    try {
      const traceId = "0af7651916cd43dd8448eb211c80319c";
      const r = await fetch(`${gw.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", traceparent: `00-${traceId}-b7ad6b7169203331-01` },
        body: JSON.stringify({ query: `query Traced { phoneNumber(id: "${DEMO_PHONE_ID}") { id } }` }),
      });
      expect(r.status).toBe(200);
      expect(await gw.stop("SIGTERM")).toBe(0);
      const traces = collector.received.filter((x) => x.path === "/v1/traces");
      expect(traces.length).toBeGreaterThan(0);
      const all = traces.map((t) => t.body).join("\n");
      expect(all).toContain("graphql.query Traced");
      expect(all).toContain("graph.request");
      expect(all).toContain("waba-gateway-under-test");
      // The trace id travels as bytes (protobuf) or hex (JSON); either way it is the caller's.
      expect(all.includes(traceId) || all.includes(Buffer.from(traceId, "hex").toString("latin1"))).toBe(true);
    } finally {
      if (gw.child.exitCode === null) await gw.stop("SIGKILL");
      await collector.close();
    }
  });
});
