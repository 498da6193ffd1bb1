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

async function run(gw: TestGateway, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
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

describe("work is bounded before authentication and per operation (issue 16: 5, 6)", () => {
  // Short copies keep the document under the 2,000-token bound, as the attack did.
  const overlapping = (n: number) => `{ waba(id: "${DEMO_WABA_ID}") { ${Array.from({ length: n }, () => "phoneNumbers { __typename }").join(" ")} } }`;

  it("authenticates before parsing: a caller without credentials gets 401 even for a document that does not parse", async () => {
    const gw = secured();
    for (const query of ["{ this is not graphql", overlapping(199)]) {
      const r = await run(gw, query);
      expect(r.status).toBe(401);
      expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });

  it("refuses many copies of one field in a selection set before validation, directly or through fragments", async () => {
    const gw = secured();
    const auth = { authorization: `Bearer ${await token({ waba_ids: [DEMO_WABA_ID], scope: "read" })}` };
    // Nested spreads multiply: 2^12 copies merge into one selection set from a few dozen tokens.
    const fragments = `{ waba(id: "${DEMO_WABA_ID}") { ...F0 } } fragment F12 on WABA { phoneNumbers { __typename } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on WABA { ...F${i + 1} ...F${i + 1} }`).join(" ")}`;
    for (const query of [overlapping(199), fragments]) {
      const r = await run(gw, query, auth);
      expect(r.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
      expect(r.body.errors?.[0]?.message).toContain("phoneNumbers");
    }
    // A few copies (they merge) are fine.
    expect((await run(gw, overlapping(3), auth)).body.errors).toBeUndefined();
    await gw.yoga.dispose();
  });

  it("caps ids per operation over all fields and aliases, and the errors an answer carries", async () => {
    const gw = secured();
    const auth = { authorization: `Bearer ${await token({ waba_ids: [DEMO_WABA_ID], scope: "read" })}` };
    const foreign = Array.from({ length: 250 }, (_, i) => String(900000000000000 + i));
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: phoneNumbers(ids: $ids) { id }`).join(" ");
    const many = await run(gw, `query ($ids: [ID!]!) { ${aliases} }`, auth, { ids: foreign });
    // The first alias uses the whole budget (250 refused ids); the next is refused as a whole (the list field is
    // non-null, so the answer's data is null). At most 250 + 29 errors exist, 50 are sent with a count of the rest.
    expect(many.body.data ?? null).toBeNull();
    expect(many.body.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect(many.body.errors).toHaveLength(51);
    const left = Number(/^(\d+) more errors/.exec(many.body.errors?.at(-1)?.message ?? "")?.[1]);
    expect(left + 50).toBeLessThanOrEqual(250 + 29);
    expect(many.text.length).toBeLessThan(50_000);
    // One full list of refused ids: 250 FORBIDDEN errors become 50 and a count.
    const one = await run(gw, "query ($ids: [ID!]!) { phoneNumbers(ids: $ids) { id } }", auth, { ids: foreign });
    expect(one.body.errors).toHaveLength(51);
    expect(one.body.errors?.at(-1)).toMatchObject({ message: "200 more errors were left out of this answer.", extensions: { code: "TOO_MANY_ERRORS" } });
    await gw.yoga.dispose();
  });
});
