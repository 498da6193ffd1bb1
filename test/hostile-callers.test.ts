import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import { MAX_OPERATION_NAMES } from "../src/observability/operation-metrics.js";
import { describe, expect, it } from "vitest";
import { throttleFault } from "../src/simulator/faults.js";
import { DEMO_CERTIFICATE, DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
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
  configure(new SignJWT({ sub: "hostile-tenant", ...claims }).setProtectedHeader({ alg: "HS256" })).sign(new TextEncoder().encode(SECRET));
const secured = () => gatewayFor(ctx.sim, { compileAfter: 1, auth: { open: false, apiClients: [], jwt: { secret: SECRET } } });

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

describe("/metrics stays bounded whatever callers name their operations (issue 22, finding 6)", () => {
  it(`labels at most ${MAX_OPERATION_NAMES} operation names, the rest "other", and no error paths`, async () => {
    const gw = gatewayFor(ctx.sim, { compileAfter: 1 });
    const size = async () => (await (await gw.yoga.fetch("http://yoga/metrics")).text()).length;
    await run(gw, `query Baseline { phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`);
    // An operationName parameter can be any string of any length: one that is no GraphQL name is never a label.
    const long = `Op${"x".repeat(5_000)}`;
    const odd = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query A { __typename }", operationName: long }) });
    expect(odd.status).toBeGreaterThanOrEqual(400);
    await run(gw, `query ${long} { __typename }`);
    await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query B { __typename }", operationName: "not a name; token=EAAG" }) });
    expect(await (await gw.yoga.fetch("http://yoga/metrics")).text()).not.toMatch(/xxxxxxxxxx|not a name|EAAG/);
    const before = await size();
    // 300 names, each with a failing aliased field (an error path of its own).
    for (let i = 0; i < 300; i++) await run(gw, `query Name${i} { a${i}: phoneNumber(id: "999999999${String(i).padStart(3, "0")}") { id } }`);
    const text = await (await gw.yoga.fetch("http://yoga/metrics")).text();
    expect(text).toContain('operationName="Baseline"');
    expect(text).toContain('operationName="Name0"');
    expect(text).toContain('operationName="other"');
    expect(text).not.toContain('operationName="Name299"');
    expect(text).not.toMatch(/path="/);
    const names = new Set([...text.matchAll(/operationName="([^"]*)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 2);
    // Growth is bounded by the cap, not by the 300 names: a few hundred series at most.
    expect(text.length).toBeLessThan(before + 400_000);
    await gw.yoga.dispose();
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
    expect(r.text).not.toContain(DEMO_CERTIFICATE);
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "phone_update")).toHaveLength(1);
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

describe("subscriptions (issue 16: 7)", () => {
  const nameUpdate = (digits: string, decision: string) =>
    JSON.stringify({
      object: "whatsapp_business_account",
      entry: [{ id: DEMO_WABA_ID, time: Date.now(), changes: [{ field: "phone_number_name_update", value: { display_phone_number: digits, decision } }] }],
    });
  const deliver = (gw: TestGateway, body: string) =>
    gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, webhooks.appSecret) }, body });
  const SUB = (fields: string) => `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind phoneNumber { ${fields} } } }`;

  it("reads the number once per event for every subscriber, whatever each selects", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const subs = await Promise.all(["id nameStatus", "id verifiedName", "certificate { value }", "id", "id nameStatus"].map((f) => subscribe(gw.yoga, SUB(f))));
    await new Promise((r) => setTimeout(r, 100));
    ctx.sim.log.clear();
    expect((await deliver(gw, nameUpdate("16315551111", "DEFERRED"))).status).toBe(200);
    const events = (await Promise.all(subs.map((s) => s.next(2_000)))) as { data: { phoneNumberChanged: { phoneNumber: Record<string, unknown> } } }[];
    expect(events[0]?.data.phoneNumberChanged.phoneNumber).toMatchObject({ id: DEMO_PHONE_ID });
    expect(events[2]?.data.phoneNumberChanged.phoneNumber).toEqual({ certificate: { value: DEMO_CERTIFICATE } });
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "node")).toHaveLength(1);
    for (const s of subs) s.close();
    await gw.yoga.dispose();
  });

  it("caps the streams one caller holds open, and frees a place when one closes its connection", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks, maxSubscriptionsPerCaller: 3 });
    // Real sockets: a client going away is a closed connection, which an in-process fetch cannot play.
    const server = createServer(gw.yoga);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const open = async () => {
      const abort = new AbortController();
      const r = await fetch(url, { method: "POST", signal: abort.signal, headers: { "content-type": "application/json", accept: "text/event-stream" }, body: JSON.stringify({ query: SUB("id") }) });
      const reader = (r.body as ReadableStream<Uint8Array>).getReader();
      let text = "";
      const until = async (pattern: RegExp, ms = 2_000) => {
        const deadline = Date.now() + ms;
        while (!pattern.test(text) && Date.now() < deadline) {
          const chunk = await Promise.race([reader.read(), new Promise<undefined>((res) => setTimeout(res, deadline - Date.now()))]);
          if (!chunk || chunk.done) break;
          text += new TextDecoder().decode(chunk.value);
        }
        return text;
      };
      return { close: () => abort.abort(), until };
    };
    const three = await Promise.all([open(), open(), open()]);
    for (const s of three) await s.until(/^:/);
    const fourth = await open();
    expect(await fourth.until(/TOO_MANY_SUBSCRIPTIONS/)).toContain("TOO_MANY_SUBSCRIPTIONS");
    three[0]?.close();
    await new Promise((r) => setTimeout(r, 200));
    const again = await open();
    await again.until(/^:/);
    await deliver(gw, nameUpdate("16315551111", "PENDING"));
    expect(await again.until(/NAME_UPDATE|TOO_MANY/)).toContain("NAME_UPDATE");
    for (const s of [...three, fourth, again]) s.close();
    server.closeAllConnections();
    server.close();
    await gw.yoga.dispose();
  });

  it("keys each JWT caller by its sub: one tenant's streams never use up another's, and a token without a sub is refused", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks, maxSubscriptionsPerCaller: 3, auth: { open: false, apiClients: [], jwt: { secret: SECRET } } });
    const as = async (sub: string | undefined) => ({ authorization: `Bearer ${await token({ waba_ids: [DEMO_WABA_ID], scope: "read", sub })}` });
    const anonymous = await run(gw, "{ __typename }", await as(undefined));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]).toMatchObject({ message: expect.stringContaining("sub claim"), extensions: { code: "UNAUTHENTICATED" } });

    const one = await Promise.all([1, 2, 3].map(async () => subscribe(gw.yoga, SUB("id"), await as("tenant-one"))));
    const fourth = await subscribe(gw.yoga, SUB("id"), await as("tenant-one"));
    expect(JSON.stringify(await fourth.next(2_000))).toContain("TOO_MANY_SUBSCRIPTIONS");
    // Another tenant's place is its own: its stream opens and gets the next event.
    const other = await subscribe(gw.yoga, SUB("id"), await as("tenant-two"));
    await new Promise((r) => setTimeout(r, 100));
    await deliver(gw, nameUpdate("16315551111", "PENDING"));
    expect(JSON.stringify(await other.next(2_000))).toContain("NAME_UPDATE");
    for (const s of [...one, fourth, other]) s.close();
    await gw.yoga.dispose();
  });

  it("refuses a WABA id that is not a Graph id (a leading space) instead of opening a stream no event reaches (issue 22, finding 9)", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const sub = await subscribe(gw.yoga, `subscription { phoneNumberChanged(wabaId: " ${DEMO_WABA_ID}") { kind } }`);
    const first = JSON.stringify(await sub.next(2_000));
    expect(first).toContain("BAD_USER_INPUT");
    expect(first).toContain("wabaId must be a numeric Graph API ID");
    sub.close();
    await gw.yoga.dispose();
  });

  it("ends a stream with an UNAUTHENTICATED error event when its JWT expires", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks, auth: { open: false, apiClients: [], jwt: { secret: SECRET } } });
    const shortLived = await token({ waba_ids: [DEMO_WABA_ID], scope: "read" }, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) + 2));
    const sub = await subscribe(gw.yoga, SUB("id"), { authorization: `Bearer ${shortLived}` });
    expect(sub.status).toBe(200);
    const ended = JSON.stringify(await sub.next(4_000));
    expect(ended).toContain("UNAUTHENTICATED");
    expect(ended).toContain("exp");
    sub.close();
    await gw.yoga.dispose();
  });
});
