import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";
import { spawnGateway, type RunningGateway } from "./helpers/spawn-gateway.js";

describe("npm start without a token (demo mode)", () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await spawnGateway();
  });
  afterAll(async () => {
    if (gw.child.exitCode === null) await gw.stop("SIGKILL");
  });

  it("starts the built-in simulator, says so and prints the GraphiQL URL", async () => {
    await vi.waitFor(() => {
      expect(gw.output()).toContain("demo mode");
      expect(gw.output()).toMatch(/GraphiQL: http:\/\/127\.0\.0\.1:\d+\/graphql/);
    });
  });

  it("prints the webhook verify token and app secret it made up, so that a person can sign a webhook by hand", async () => {
    await vi.waitFor(() => expect(gw.output()).toMatch(/WEBHOOK_VERIFY_TOKEN=\S+ META_APP_SECRET=[0-9a-f]{48}/));
  });

  it("serves health, readiness and metrics on the admin port only, GraphQL on the public port only (issue 26, item 3)", async () => {
    for (const path of ["/health", "/healthcheck", "/readiness", "/metrics"]) {
      expect((await fetch(`${gw.adminUrl}${path}`)).status, path).toBe(200);
      const onPublic = await fetch(`${gw.url}${path}`);
      expect(onPublic.status, path).toBe(404);
      expect(await onPublic.text()).toMatch(/admin port/);
    }
    expect(await (await fetch(`${gw.adminUrl}/metrics`)).text()).toContain("graphql_envelop_request");
    const graphql = await fetch(`${gw.adminUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(graphql.status).toBe(404);
    // The public root says where GraphQL is.
    expect(await (await fetch(`${gw.url}/`)).json()).toEqual({ service: "waba-gateway", graphql: "/graphql", webhooks: "/webhooks/meta" });
  });

  it("answers /health on the admin port and serves demo data through GraphQL", async () => {
    expect((await fetch(`${gw.adminUrl}/health`)).status).toBe(200);
    const response = await fetch(`${gw.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 5) { edges { node { id displayPhoneNumber certificate { value } } } } } }` }),
    });
    const body = (await response.json()) as { data: { waba: { phoneNumbers: { edges: { node: { id: string; displayPhoneNumber: string } }[] } } } };
    expect(body.data.waba.phoneNumbers.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: DEMO_PHONE_ID, displayPhoneNumber: "+1 631-555-1111" }),
    );
  });

  it("exits 0 on SIGTERM", async () => {
    expect(await gw.stop("SIGTERM")).toBe(0);
  });
});

describe("production never serves demo data (issue 22, finding 8)", () => {
  it("refuses to start without a token under NODE_ENV=production, through npm start's entry too, naming the variable", async () => {
    for (const entry of [["scripts/start.mjs"], ["--import", "tsx", "src/server.ts"]]) {
      const refused = spawnGateway({ NODE_ENV: "production", GATEWAY_DEMO: "false" }, entry);
      await expect(refused).rejects.toThrow(/gateway exited[\s\S]*GRAPH_API_ACCESS_TOKEN is not set/);
      await expect(refused).rejects.not.toThrow(/listening|demo mode:/);
    }
  });
});

describe("GraphiQL", () => {
  const ctx = useSimulator();

  it("is served from the gateway itself (no CDN), with a default query listing the demo WABA's numbers", async () => {
    const { yoga } = gatewayFor(ctx.sim, { demoWabaId: DEMO_WABA_ID });
    const response = await yoga.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<title>waba-gateway</title>");
    expect(html).not.toMatch(/(src|href)\s*=\s*["']https?:\/\//);
    expect(html).toContain(DEMO_WABA_ID);
    expect(html).toContain("certificate { value nameStatus }");
    await yoga.dispose();
  });

  it("is off when configured off (production)", async () => {
    const { yoga } = gatewayFor(ctx.sim, { graphiql: false });
    const response = await yoga.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(await response.text()).not.toContain("<title>waba-gateway</title>");
    await yoga.dispose();
  });
});

describe("a Graph API version Meta no longer serves", () => {
  it("is named in a warning at start", async () => {
    const gw = await spawnGateway({ GRAPH_API_VERSION: "v20.0" });
    try {
      await vi.waitFor(() => expect(gw.output()).toMatch(/GRAPH_API_VERSION: v20\.0 was available until 2026-09-24/));
    } finally {
      await gw.stop("SIGKILL");
    }
  });
});

describe("npm start (scripts/start.mjs)", () => {
  it("compiles to dist/ when needed and runs the gateway as plain JavaScript, with no TypeScript loader", async () => {
    const gw = await spawnGateway({}, ["scripts/start.mjs"]);
    try {
      expect((await fetch(`${gw.adminUrl}/health`)).status).toBe(200);
      expect(existsSync(new URL("../dist/server.js", import.meta.url))).toBe(true);
      // The running process: node with the start script and nothing else, no --import/--loader, no NODE_OPTIONS.
      const cmdline = readFileSync(`/proc/${gw.child.pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      expect(cmdline.slice(1)).toEqual(["scripts/start.mjs"]);
      expect(readFileSync(`/proc/${gw.child.pid}/environ`, "utf8")).not.toContain("NODE_OPTIONS");
    } finally {
      await gw.stop("SIGTERM");
    }
  });
});
