import { describe, expect, it } from "vitest";
import { closedPort } from "./helpers/closed-port.js";
import { createPool, GraphApiClient } from "../src/graph-api/client.js";
import { GraphApiError, UpstreamError } from "../src/graph-api/errors.js";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { codes, execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const gw = useGateway(ctx);

function client(token = ctx.sim.token, timeoutMs = 2_000): GraphApiClient {
  return new GraphApiClient({ baseUrl: ctx.sim.url, version: "v26.0", accessToken: token, timeoutMs, userAgent: "waba-gateway/test", pool: createPool(ctx.sim.url) });
}

const Name = graphql(`
  query Name($id: ID!) {
    phoneNumber(id: $id) { verifiedName }
  }
`);

describe("Graph API client", () => {
  it("logs why an upstream call failed (the transport's code and syscall, Meta's code and status) at warn, never the token (issue 26, item 4)", async () => {
    // A port nobody listens on: every attempt is refused.
    const closed = await closedPort();
    const { yoga, logs } = gatewayFor(ctx.sim, { graphApi: { baseUrl: `http://127.0.0.1:${closed}`, version: "v26.0", accessToken: "EAAsecret-token-for-the-cause-test", timeoutMs: 1_000 } });
    const res = await execute(yoga, Name, { id: DEMO_PHONE_ID });
    expect(codes(res.body)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    const failures = logs.lines.map((l) => JSON.parse(l) as { msg: string; level: number; cause?: { errorCode?: string; syscall?: string } }).filter((l) => l.msg === "upstream call failed");
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toMatchObject({ level: 40, cause: { errorCode: "ECONNREFUSED", syscall: "connect" } });
    expect(logs.text).not.toContain("EAAsecret-token-for-the-cause-test");
    await yoga.dispose();
  });

  it("sends the version in the path, fields always, the token only as a Bearer header", async () => {
    await client().get(DEMO_PHONE_ID, { fields: "id,verified_name" });
    const [r] = ctx.sim.log.entries;
    expect(r?.path).toBe(`/v26.0/${DEMO_PHONE_ID}`);
    expect(r?.query).toEqual({ fields: "id,verified_name" });
    expect(r?.headers.authorization).toBe(`Bearer ${ctx.sim.token}`);
    expect(r?.headers.userAgent).toBe("waba-gateway/test");
  });

  it("sends POST parameters as a JSON body", async () => {
    await client().post(`${DEMO_PHONE_ID}/unknown_edge`, { pin: "123456" }).catch(() => undefined);
    const [r] = ctx.sim.log.entries;
    expect(r?.headers.contentType).toBe("application/json");
    expect(r?.body).toEqual({ pin: "123456" });
  });

  it("parses Graph's error envelope into a typed error keeping code, subcode and trace id", async () => {
    const error = await client().get("999999", { fields: "id" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 100, subcode: 33, type: "GraphMethodException", httpStatus: 400, fbtraceId: expect.any(String) });
  });

  it("turns an HTML 500 page, a non-JSON body, a reset and a hang into UpstreamError once the 3 attempts are spent", async () => {
    ctx.sim.faults.add("node", { kind: "html500" }, 3);
    await expect(client().get(DEMO_PHONE_ID, { fields: "id" })).rejects.toMatchObject({ name: "UpstreamError", kind: "unavailable", httpStatus: 500 });
    expect(ctx.sim.log.count).toBe(3);
    ctx.sim.faults.add("node", { kind: "non-json" }, 3);
    await expect(client().get(DEMO_PHONE_ID, { fields: "id" })).rejects.toBeInstanceOf(UpstreamError);
    ctx.sim.faults.add("node", { kind: "reset" }, 3);
    await expect(client().get(DEMO_PHONE_ID, { fields: "id" })).rejects.toMatchObject({ kind: "unavailable" });
    ctx.sim.faults.add("node", { kind: "hang" }, 3);
    await expect(client(ctx.sim.token, 300).get(DEMO_PHONE_ID, { fields: "id" })).rejects.toMatchObject({ kind: "timeout" });
  });
});

describe("upstream failures through the gateway", () => {
  it("reports a refused gateway token as UPSTREAM_AUTH, without the token or Meta's message", async () => {
    const bad = gatewayFor(ctx.sim, {
      graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: "EAAG-refused-token-value", timeoutMs: 2_000 },
    });
    const { status, body, text } = await execute(bad.yoga, Name, { id: DEMO_PHONE_ID });
    expect(status).toBe(200);
    expect(body.data?.phoneNumber).toBeNull();
    expect(codes(body)).toEqual(["UPSTREAM_AUTH"]);
    expect(body.errors?.[0]?.extensions?.graphApiCode).toBe(190);
    expect(text).not.toContain("EAAG-refused-token-value");
    expect(text).not.toContain("Invalid OAuth access token");
    expect(bad.logs.text).not.toContain("EAAG-refused-token-value");
    expect(ctx.sim.log.entries[0]?.headers.authorization).toBe("Bearer EAAG-refused-token-value");
    await bad.yoga.dispose();
  });

  it("reports an HTML 500 as UPSTREAM_UNAVAILABLE and a hang as UPSTREAM_TIMEOUT, and keeps serving", async () => {
    ctx.sim.faults.add("*", { kind: "html500" }, 3);
    const down = await execute(gw.yoga, Name, { id: DEMO_PHONE_ID });
    expect(codes(down.body)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(down.text).not.toContain("<html");
    expect(down.text).not.toContain(ctx.sim.url);

    const slow = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 300 } });
    ctx.sim.faults.add("*", { kind: "hang" }, 3);
    const hung = await execute(slow.yoga, Name, { id: DEMO_PHONE_ID });
    expect(codes(hung.body)).toEqual(["UPSTREAM_TIMEOUT"]);
    await slow.yoga.dispose();

    const again = await execute(gw.yoga, Name, { id: DEMO_PHONE_ID });
    expect(again.body.data?.phoneNumber?.verifiedName).toBe("Lucky Shrub");
  });

  it("reports Meta's throttling codes as RATE_LIMITED even though Meta sends HTTP 400", async () => {
    ctx.sim.faults.add("*", { kind: "graph-error", error: { code: 80007, status: 400, message: "(#80007) Rate limit hit for WhatsApp Business Account" } }, 3);
    const { body } = await execute(gw.yoga, Name, { id: DEMO_PHONE_ID });
    expect(codes(body)).toEqual(["RATE_LIMITED"]);
  });
});
