import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { loadConfig } from "../src/config.js";
import { randomBytes } from "node:crypto";
import { DEMO_PHONE_ID, DEMO_SYSTEM_USER_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// The SDK's in-memory exporter, registered for this file (vitest runs each file in its own worker).
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();
afterAll(() => provider.shutdown());

const ctx = useSimulator();
beforeEach(() => exporter.reset());

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";
const traceparent = `00-${TRACE_ID}-${CALLER_SPAN}-01`;

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { yoga } = gatewayFor(ctx.sim, { tracing: true, cacheTtlSeconds: 0 });
  const r = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", traceparent }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { data?: unknown; errors?: unknown };
  await yoga.dispose();
  return body;
}

const spans = () => exporter.getFinishedSpans();
const named = (prefix: string) => spans().filter((s) => s.name.startsWith(prefix));
const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
const only = (prefix: string): ReadableSpan => {
  const found = named(prefix);
  expect(found.map((s) => s.name), prefix).toHaveLength(1);
  return found[0] as ReadableSpan;
};

describe("OpenTelemetry traces", () => {
  it("carries no customer token, code or PIN in any span of an Embedded Signup onboarding (issue 24)", async () => {
    const { yoga } = gatewayFor(ctx.sim, {
      tracing: true,
      signup: { app: ctx.sim.app, tokenKey: randomBytes(32), previousKeys: [], storePath: ":memory:", systemUserId: DEMO_SYSTEM_USER_ID },
    });
    const s = (await (await fetch(`${ctx.sim.url}/__simulator/embedded-signup`, { method: "POST", body: "{}" })).json()) as { code: string; message: { data: { waba_id: string; phone_number_id: string } } };
    const mutation = `mutation { completeEmbeddedSignup(input: { code: "${s.code}", event: FINISH, wabaId: "${s.message.data.waba_id}", phoneNumberId: "${s.message.data.phone_number_id}", pin: "246810", creditLineCurrency: USD, idempotencyKey: "traced" }) { ... on CompleteEmbeddedSignupSuccess { onboarding { state } } } }`;
    const r = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: mutation }) });
    expect(await r.json()).toMatchObject({ data: { completeEmbeddedSignup: { onboarding: { state: "COMPLETED" } } } });
    await yoga.dispose();
    const customerToken = [...ctx.sim.state.signup.tokens.entries()].find(([, t]) => t.wabaIds.includes(s.message.data.waba_id))?.[0] as string;
    expect(named("graph.request").length).toBeGreaterThan(5);
    const everything = JSON.stringify(spans().map((x) => ({ name: x.name, attributes: x.attributes, events: x.events, status: x.status })));
    for (const secret of [customerToken, s.code, "246810", ctx.sim.token, ctx.sim.app.secret]) expect(everything).not.toContain(secret);
  });

  it("keeps its own spans when a caller's traceparent says not sampled, and never copies the caller's tracestate (issue 22, finding 9)", async () => {
    const { yoga } = gatewayFor(ctx.sim, { tracing: true, cacheTtlSeconds: 0 });
    const headers = { "content-type": "application/json", traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-00`, tracestate: "vendor=secret-of-the-caller" };
    const mutation = `mutation { requestVerificationCode(input: { phoneNumberId: "${DEMO_UNVERIFIED_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`;
    await yoga.fetch("http://yoga/graphql", { method: "POST", headers, body: JSON.stringify({ query: mutation }) });
    await yoga.dispose();
    const operation = only("graphql.mutation");
    expect(operation.spanContext().traceId).toBe(TRACE_ID);
    expect(parentOf(operation)).toBe(CALLER_SPAN);
    expect(named("graph.request").length).toBeGreaterThan(0);
    for (const s of spans()) expect(s.spanContext().traceState?.serialize() ?? "").not.toContain("secret-of-the-caller");
  });

  it("traces a batched read: the caller's trace → the operation → one DataLoader batch → one Graph batch request of three slots", async () => {
    const body = await run(`query ThreeNumbers($ids: [ID!]!) { phoneNumbers(ids: $ids) { id nameStatus } }`, { ids: [DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, WALKTHROUGH_PHONE_ID] });
    expect(body.errors).toBeUndefined();
    const operation = only("graphql.query");
    expect(operation.name).toBe("graphql.query ThreeNumbers");
    expect(operation.kind).toBe(SpanKind.SERVER);
    expect(operation.spanContext().traceId).toBe(TRACE_ID);
    expect(parentOf(operation)).toBe(CALLER_SPAN);
    expect(operation.attributes).toMatchObject({ "graphql.operation.type": "query", "graphql.operation.name": "ThreeNumbers", "waba_gateway.persisted": false });

    const batch = only("dataloader.batch phoneNumber");
    expect(parentOf(batch)).toBe(operation.spanContext().spanId);
    expect(batch.attributes["waba_gateway.loader.keys"]).toBe(3);

    const request = only("graph.request");
    expect(request.kind).toBe(SpanKind.CLIENT);
    expect(parentOf(request)).toBe(batch.spanContext().spanId);
    expect(request.attributes).toMatchObject({
      "http.request.method": "POST",
      "waba_gateway.graph.endpoint": "batch",
      "waba_gateway.graph.batch.slots": 3,
      "http.response.status_code": 200,
      "waba_gateway.graph.fbtrace_id": "sim",
    });
    expect(spans().every((s) => s.spanContext().traceId === TRACE_ID)).toBe(true);
  });

  it("traces a mutation: the POST to Meta and the number's fresh read under the operation, with Meta's error code when it refuses", async () => {
    const ok = await run(`mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "481516" }) { __typename ... on SetTwoStepVerificationPinSuccess { phoneNumber { id } } } }`);
    expect(ok.errors).toBeUndefined();
    const operation = only("graphql.mutation");
    const requests = named("graph.request");
    expect(requests.map((s) => [s.attributes["http.request.method"], s.attributes["waba_gateway.graph.endpoint"]])).toEqual([
      ["POST", "phone_update"],
      ["GET", "node"],
    ]);
    // The POST runs in the resolver, the re-read in its loader's batch: both in the operation's trace.
    expect(parentOf(requests[0] as ReadableSpan)).toBe(operation.spanContext().spanId);
    expect(requests.every((s) => s.spanContext().traceId === TRACE_ID)).toBe(true);

    exporter.reset();
    ctx.sim.faults.add("register", { kind: "graph-error", error: { code: 133005, message: "Two step verification PIN Mismatch" } });
    await run(`mutation { registerPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "000000" }) { __typename } }`);
    expect(only("graph.request").attributes).toMatchObject({ "waba_gateway.graph.endpoint": "register", "waba_gateway.graph.error_code": 133005, "http.response.status_code": 400 });
  });

  it("puts no token, PIN, code, key or document in any span", async () => {
    await run(`mutation { registerPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "481516" }) { __typename } }`);
    await run(`mutation { verifyCode(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", code: "123456" }) { __typename } }`);
    await run(`{ waba(id: "${DEMO_WABA_ID}") { name } }`);
    const text = JSON.stringify(spans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(spans().length).toBeGreaterThan(3);
    for (const secret of [ctx.sim.token, "481516", "123456", "Bearer", "registerPhoneNumber(input"]) expect(text).not.toContain(secret);
  });
});

describe("tracing configuration", () => {
  const base = { GRAPH_API_ACCESS_TOKEN: "x", GATEWAY_AUTH: "none" };
  it("is off by default, and on with the standard OTEL_* variables", () => {
    expect(loadConfig(base).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).tracing).toMatchObject({ url: "http://collector:4318/v1/traces", serviceName: "waba-gateway" });
    expect(loadConfig({ ...base, OTEL_TRACES_EXPORTER: "otlp" }).tracing?.url).toBe("http://localhost:4318/v1/traces");
    expect(
      loadConfig({ ...base, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces", OTEL_EXPORTER_OTLP_HEADERS: "x-honeycomb-team=abc%20def", OTEL_SERVICE_NAME: "bsp-gw" }).tracing,
    ).toEqual({ url: "http://c:4318/v1/traces", headers: { "x-honeycomb-team": "abc def" }, serviceName: "bsp-gw" });
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" }).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_TRACES_EXPORTER: "none" }).tracing).toBeUndefined();
  });
});
