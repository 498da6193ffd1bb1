import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { throttleFault } from "../src/simulator/faults.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { sign } from "../src/webhooks/signature.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";
import { subscribe } from "./helpers/sse.js";

// Issue 16 (9): what an attacker found beside the big items.
const ctx = useSimulator();
const SECRET = "hostile-callers-secret-at-least-32-bytes!";
const webhooks = { verifyToken: "hostile-verify-token", appSecret: "hostile-app-secret-0123456789abcdef" };

async function run(gw: TestGateway, query: string, headers: Record<string, string> = {}) {
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  const text = await r.text();
  return { status: r.status, text, body: JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] } };
}

const token = (claims: Record<string, unknown>, configure: (j: SignJWT) => SignJWT = (j) => j.setExpirationTime("5m")) =>
  configure(new SignJWT(claims).setProtectedHeader({ alg: "HS256" })).sign(new TextEncoder().encode(SECRET));
const secured = () => gatewayFor(ctx.sim, { auth: { open: false, apiClients: [], jwt: { secret: SECRET } } });

describe("/metrics names no tenant unless an operator opts in", () => {
  it("labels per-WABA usage with waba_id=\"*\" by default, and with the WABA id under METRICS_WABA_LABELS", async () => {
    for (const [optIn, label] of [[false, "*"], [true, SECOND_WABA_ID]] as const) {
      const gw = gatewayFor(ctx.sim, { metricsWabaLabels: optIn, cacheTtlSeconds: 0 });
      ctx.sim.faults.add("node", throttleFault(80008, SECOND_WABA_ID, 3, 100));
      await run(gw, `{ waba(id: "${SECOND_WABA_ID}") { name } }`);
      const text = await (await gw.yoga.fetch("http://yoga/metrics")).text();
      expect(text).toContain(`graph_api_business_use_case_usage_percent{waba_id="${label}",type="whatsapp_business_management",metric="call_count"} 100`);
      if (!optIn) expect(text).not.toContain(SECOND_WABA_ID);
      await gw.yoga.dispose();
    }
  });
});

describe("webhook payloads are data, never code paths", () => {
  const deliver = (gw: TestGateway, body: string) =>
    gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, webhooks.appSecret) }, body });
  const delivery = (field: string) =>
    JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: DEMO_WABA_ID, time: 1, changes: [{ field, value: { display_phone_number: "16315551111", decision: "APPROVED" } }] }] });

  it("ignores fields named after Object's prototype: no event published, no odd metric label", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const sub = await subscribe(gw.yoga, `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind } }`);
    for (const field of ["__proto__", "constructor", "toString", "hasOwnProperty"]) expect((await deliver(gw, delivery(field))).status).toBe(200);
    await expect(sub.next(400)).rejects.toThrow();
    sub.close();
    const text = await (await gw.yoga.fetch("http://yoga/metrics")).text();
    expect(text).not.toContain("function");
    expect(text).toMatch(/webhook_unknown_fields_total\{field="constructor"\} 1/);
    await gw.yoga.dispose();
  });

  it("refuses a delivery nested deeper than 64 levels with 400, before the 200", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const deep = `{"entry":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const r = await deliver(gw, deep);
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("64");
    // Strings that merely contain brackets do not count.
    const bracketsInStrings = JSON.stringify({ object: "whatsapp_business_account", entry: [], note: "[".repeat(1000) });
    expect((await deliver(gw, bracketsInStrings)).status).toBe(200);
    await gw.yoga.dispose();
  });
});

describe("JWT lifetimes", () => {
  it("refuses a token whose exp is years ahead, or whose iat is in the future, naming the claim", async () => {
    const gw = secured();
    const query = `{ waba(id: "${DEMO_WABA_ID}") { name } }`;
    const farExp = await token({ waba_ids: [DEMO_WABA_ID], scope: "read" }, (j) => j.setExpirationTime(new Date("3000-01-01T00:00:00Z")));
    const futureIat = await token({ waba_ids: [DEMO_WABA_ID], scope: "read" }, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) + 365 * 86400).setExpirationTime("5m"));
    const fine = await token({ waba_ids: [DEMO_WABA_ID], scope: "read" }, (j) => j.setIssuedAt().setExpirationTime("2h"));
    for (const [t, claim] of [[farExp, "exp"], [futureIat, "iat"]] as const) {
      const r = await run(gw, query, { authorization: `Bearer ${t}` });
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.message).toContain(`${claim} claim`);
    }
    expect((await run(gw, query, { authorization: `Bearer ${fine}` })).body.data).toEqual({ waba: { name: "Lucky Shrub" } });
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "node")).toHaveLength(1);
    await gw.yoga.dispose();
  });
});

describe("mutation results obey read scope", () => {
  it("lets a manage-only caller change a number but read nothing of it through the result", async () => {
    const gw = secured();
    const manageOnly = await token({ waba_ids: [DEMO_WABA_ID], scope: "manage" });
    const r = await run(
      gw,
      `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "314159" }) { __typename ... on SetTwoStepVerificationPinSuccess { phoneNumber { certificate { value } verifiedName } } } }`,
      { authorization: `Bearer ${manageOnly}` },
    );
    expect(r.body.data?.setTwoStepVerificationPin).toEqual({ __typename: "SetTwoStepVerificationPinSuccess", phoneNumber: null });
    expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(r.text).not.toContain("AbCdEfGh");
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "set_pin")).toHaveLength(1);
    await gw.yoga.dispose();
  });
});
