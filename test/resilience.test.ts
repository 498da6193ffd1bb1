import { describe, expect, it, vi } from "vitest";
import { closedPort } from "./helpers/closed-port.js";
import { throttleFault, type Fault } from "../src/simulator/faults.js";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { codes, execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const gw = useGateway(ctx);

const Phone = graphql(`
  query ResiliencePhone($id: ID!) {
    phoneNumber(id: $id) { id verifiedName }
  }
`);

const WabaName = graphql(`
  query ResilienceWaba($id: ID!) {
    waba(id: $id) { name phoneNumbers(first: 3) { edges { node { id } } } }
  }
`);

const attempts = () => ctx.sim.log.count;

/** These tests watch each upstream attempt under a fault: the read cache (on by default) would answer repeats. */
function fresh(timeoutMs = 2_000, operationTimeoutMs = 20_000) {
  return gatewayFor(ctx.sim, {
    graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs },
    operationTimeoutMs,
    cacheTtlSeconds: 0,
  });
}

describe("a flaky, slow or throttling Graph API", () => {
  const recovering: [string, Fault][] = [
    ["HTTP 500 HTML page", { kind: "html500" }],
    ["Graph transient error (code 2)", { kind: "graph-error", error: { code: 2, status: 503, message: "Service temporarily unavailable" } }],
    ["Graph transient error (131000)", { kind: "graph-error", error: { code: 131000, status: 500, message: "Something went wrong" } }],
    ["is_transient", { kind: "graph-error", error: { code: 1, message: "An unknown error occurred", isTransient: true } }],
    ["non-JSON body", { kind: "non-json" }],
    ["truncated body", { kind: "truncated" }],
    ["reset connection", { kind: "reset" }],
  ];

  for (const [name, fault] of recovering) {
    it(`retries a read after a ${name} and answers`, async () => {
      const { yoga } = fresh();
      ctx.sim.faults.add("node", fault, 2);
      const { body } = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
      expect(body.errors).toBeUndefined();
      expect(body.data?.phoneNumber?.verifiedName).toBe("Lucky Shrub");
      expect(attempts()).toBe(3);
      await yoga.dispose();
    });
  }

  it("gives up after 3 attempts with UPSTREAM_UNAVAILABLE, then serves the next request", async () => {
    const { yoga } = fresh();
    ctx.sim.faults.add("node", { kind: "html500" }, 5);
    const { body, text } = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(codes(body)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(attempts()).toBe(3);
    expect(text).not.toContain("<html");
    ctx.sim.faults.clear();
    const next = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(next.body.data?.phoneNumber?.id).toBe(DEMO_PHONE_ID);
    await yoga.dispose();
  });

  it("answers slow but timely upstream calls normally", async () => {
    const { yoga } = fresh(1_000);
    ctx.sim.faults.add("node", { kind: "latency", ms: 300 });
    const { body } = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(body.data?.phoneNumber?.id).toBe(DEMO_PHONE_ID);
    expect(attempts()).toBe(1);
    await yoga.dispose();
  });

  it("ends a hang as UPSTREAM_TIMEOUT within the operation's deadline", async () => {
    const { yoga } = fresh(10_000, 600);
    ctx.sim.faults.add("node", { kind: "hang" }, 5);
    const started = Date.now();
    const { body } = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(codes(body)).toEqual(["UPSTREAM_TIMEOUT"]);
    expect(Date.now() - started).toBeLessThan(5_000);
    await yoga.dispose();
  });

  for (const code of [4, 17, 32, 80007, 80008, 130429]) {
    it(`retries throttle code ${code} (sent as HTTP 400) when Meta's wait fits, else answers RATE_LIMITED at once`, async () => {
      const short = fresh();
      ctx.sim.faults.add("node", throttleFault(code, "55555", 0, 90));
      const retried = await execute(short.yoga, Phone, { id: DEMO_PHONE_ID });
      expect(retried.body.data?.phoneNumber?.id).toBe(DEMO_PHONE_ID);
      expect(attempts()).toBe(2);
      await short.yoga.dispose();

      ctx.sim.log.clear();
      const long = fresh();
      ctx.sim.faults.add("node", throttleFault(code, DEMO_PHONE_ID, 30));
      ctx.sim.faults.add("node", throttleFault(code, DEMO_PHONE_ID, 30));
      const refused = await execute(long.yoga, Phone, { id: DEMO_PHONE_ID });
      expect(codes(refused.body)).toEqual(["RATE_LIMITED"]);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 1800, graphApiCode: code });
      expect(attempts()).toBe(1);
      await long.yoga.dispose();
    });
  }

  it("stops reading a WABA Meta said to wait for, answering RATE_LIMITED with no upstream call, other WABAs unaffected", async () => {
    const { yoga } = fresh();
    const first = await execute(yoga, WabaName, { id: DEMO_WABA_ID });
    const aNumber = first.body.data?.waba?.phoneNumbers.edges[0]?.node.id ?? "";
    ctx.sim.log.clear();
    ctx.sim.faults.add("*", throttleFault(80007, DEMO_WABA_ID, 5));
    const hit = await execute(yoga, WabaName, { id: DEMO_WABA_ID });
    expect(codes(hit.body)).toEqual(["RATE_LIMITED"]);
    expect(attempts()).toBe(1);

    ctx.sim.log.clear();
    const held = await execute(yoga, WabaName, { id: DEMO_WABA_ID });
    expect(codes(held.body)).toEqual(["RATE_LIMITED"]);
    expect(held.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(200);
    // A number seen on the WABA's pages is held back too.
    const number = await execute(yoga, Phone, { id: aNumber });
    expect(codes(number.body)).toEqual(["RATE_LIMITED"]);
    expect(attempts()).toBe(0);

    const other = await execute(yoga, WabaName, { id: SECOND_WABA_ID });
    expect(other.body.data?.waba?.name).toBe("Jasper's Market");
    const metrics = await (await yoga.fetch("http://yoga/metrics")).text();
    // The WABA's read and its number's read were held back: exactly two, counted.
    expect(metrics).toMatch(/^graph_api_reads_held_back_total 2$/m);
    // The WABA is not named in /metrics by default (METRICS_WABA_LABELS opts in).
    expect(metrics).toContain(`graph_api_business_use_case_usage_percent{waba_id="*",type="whatsapp_business_management",metric="call_count"} 100`);
    expect(metrics).toContain('graph_api_app_usage_percent{metric="call_count"} 42');
    await yoga.dispose();
  });

  it("reports a refused gateway token as UPSTREAM_AUTH without retrying, and turns readiness to 503 until a call succeeds", async () => {
    const { yoga } = fresh();
    expect((await yoga.fetch("http://yoga/readiness")).status).toBe(200);
    ctx.sim.faults.add("node", { kind: "graph-error", error: { code: 190, subcode: 463, status: 401, message: "Error validating access token: Session has expired" } });
    const { body, text } = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(codes(body)).toEqual(["UPSTREAM_AUTH"]);
    expect(attempts()).toBe(1);
    expect(text).not.toContain("Session has expired");
    const notReady = await yoga.fetch("http://yoga/readiness");
    expect(notReady.status).toBe(503);
    expect(await notReady.text()).not.toContain("Session has expired");
    const next = await execute(yoga, Phone, { id: DEMO_PHONE_ID });
    expect(next.body.data?.phoneNumber?.id).toBe(DEMO_PHONE_ID);
    expect((await yoga.fetch("http://yoga/readiness")).status).toBe(200);
    await yoga.dispose();
  });

  it("checks its own token with Meta at start and periodically: readiness says refused or unreachable, with the cause, before any caller calls (issue 26, item 4)", async () => {
    const readiness = async (yoga: ReturnType<typeof gatewayFor>["yoga"]) => {
      const r = await yoga.fetch("http://yoga/readiness");
      return { status: r.status, body: (await r.json()) as { status: string; reason?: string } };
    };
    // A token Meta refuses.
    const refused = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: "EAArevoked-token", timeoutMs: 2_000 }, readinessCheckSeconds: 1 });
    await vi.waitFor(async () => expect((await readiness(refused.yoga)).status).toBe(503), { timeout: 3_000 });
    expect((await readiness(refused.yoga)).body).toMatchObject({ status: "not ready", reason: "Meta refuses the gateway's access token" });
    expect(ctx.sim.log.entries.some((e) => e.endpoint === "me" && e.headers.authorization === "Bearer EAArevoked-token" && !("input_token" in e.query))).toBe(true);
    await refused.yoga.dispose();
    // A Meta it cannot reach: the cause named, no token or URL.
    const closed = await closedPort();
    const away = gatewayFor(ctx.sim, { graphApi: { baseUrl: `http://127.0.0.1:${closed}`, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 500 }, readinessCheckSeconds: 1 });
    await vi.waitFor(async () => expect((await readiness(away.yoga)).status).toBe(503), { timeout: 5_000 });
    const body = (await readiness(away.yoga)).body;
    expect(body.reason).toBe("Meta is unreachable (ECONNREFUSED connect)");
    await away.yoga.dispose();
    // A token Meta accepts: ready.
    const fine = gatewayFor(ctx.sim, { readinessCheckSeconds: 1 });
    await vi.waitFor(() => expect(ctx.sim.log.entries.some((e) => e.endpoint === "me" && e.headers.authorization === `Bearer ${ctx.sim.token}`)).toBe(true));
    expect((await readiness(fine.yoga)).status).toBe(200);
    await fine.yoga.dispose();
  });

  it("exposes Prometheus metrics without URLs, ids or query strings in labels", async () => {
    await execute(gw.yoga, Phone, { id: DEMO_PHONE_ID });
    ctx.sim.faults.add("node", { kind: "html500" });
    await execute(gw.yoga, Phone, { id: DEMO_UNVERIFIED_PHONE_ID });
    const response = await gw.yoga.fetch("http://yoga/metrics");
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toMatch(/graph_api_requests_total\{endpoint="node",outcome="success"\} \d+/);
    expect(text).toMatch(/graph_api_requests_total\{endpoint="node",outcome="unavailable"\} 1/);
    expect(text).toMatch(/graph_api_retries_total\{endpoint="node",reason="unavailable"\} 1/);
    expect(text).toContain("graph_api_request_duration_seconds_bucket");
    expect(text).toContain("graphql_envelop_request_duration");
    expect(text).not.toContain(DEMO_PHONE_ID);
    expect(text).not.toContain(DEMO_UNVERIFIED_PHONE_ID);
    expect(text).not.toMatch(/fields=|ids=|\?/);
  });
});
