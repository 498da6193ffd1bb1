import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttleFault } from "../src/simulator/faults.js";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { sign } from "../src/webhooks/signature.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { startRedis, type RedisServer } from "./helpers/redis.js";
import { useSimulator } from "./helpers/simulator.js";
import { subscribe } from "./helpers/sse.js";

const ctx = useSimulator();
const webhooks = { verifyToken: "verify-token-for-tests", appSecret: "app-secret-for-the-tests-0123456789" };
let redis: RedisServer;
let a: TestGateway;
let b: TestGateway;

const fleetGateway = (overrides = {}) => gatewayFor(ctx.sim, { redisUrl: redis.url, webhooks, cacheTtlSeconds: 30, ...overrides });

beforeAll(async () => {
  redis = await startRedis();
  a = fleetGateway();
  b = fleetGateway();
  // Let both instances connect and subscribe to the fleet channels.
  await new Promise((r) => setTimeout(r, 300));
});
afterAll(async () => {
  await Promise.all([a?.yoga.dispose(), b?.yoga.dispose()]);
  await redis?.stop();
});

function nameUpdate(digits: string, decision: string, time = Math.floor(Date.now() / 1000), wabaId = DEMO_WABA_ID): string {
  return JSON.stringify({
    object: "whatsapp_business_account",
    entry: [{ id: wabaId, time, changes: [{ field: "phone_number_name_update", value: { display_phone_number: digits, decision, requested_verified_name: "Lucky Shrub Garden", rejection_reason: null } }] }],
  });
}

/** Delivers a webhook, signed with the app secret unless a signature (or null: none) is given. */
async function deliver(gw: TestGateway, body: string, signature: string | null = sign(body, webhooks.appSecret)) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  return gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers, body });
}

const SUBSCRIPTION = `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind wabaId event displayPhoneNumber receivedAt phoneNumber { id nameStatus } } }`;
const settle = (ms = 250) => new Promise((r) => setTimeout(r, ms));

async function read(gw: TestGateway, id: string) {
  const r = await gw.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ phoneNumber(id: "${id}") { id nameStatus } }` }),
  });
  return (await r.json()) as { data?: { phoneNumber: { nameStatus: string } | null }; errors?: { extensions?: { code?: string } }[] };
}

describe("Meta's webhooks", () => {
  it("answers the subscription handshake with the challenge, and 403 to a wrong verify token", async () => {
    const ok = await a.yoga.fetch(`http://yoga/webhooks/meta?hub.mode=subscribe&hub.verify_token=${webhooks.verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    const wrong = await a.yoga.fetch("http://yoga/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1");
    expect(wrong.status).toBe(403);
  });

  it("refuses a missing or wrong signature with 401 and processes nothing", async () => {
    const sub = await subscribe(b.yoga, SUBSCRIPTION);
    await settle();
    const body = nameUpdate("16315552222", "REJECTED");
    expect((await deliver(a, body, null)).status).toBe(401);
    expect((await deliver(a, body, sign(body, "some-other-app-secret-0123456789"))).status).toBe(401);
    expect((await deliver(a, body, "sha256=abc")).status).toBe(401);
    await expect(sub.next(700)).rejects.toThrow("no event");
    sub.close();
  });

  it("pushes a webhook received by one instance to a subscriber on the other within a second, the number re-read from Meta", async () => {
    const sub = await subscribe(b.yoga, SUBSCRIPTION);
    await settle();
    ctx.sim.log.clear();
    const phone = ctx.sim.state.phones.get(DEMO_UNVERIFIED_PHONE_ID);
    if (phone) phone.name_status = "APPROVED";
    const sent = Date.now();
    const answer = await deliver(a, nameUpdate("16315552222", "APPROVED"));
    expect(answer.status).toBe(200);
    const event = (await sub.next(1_000)) as { data: { phoneNumberChanged: Record<string, unknown> } };
    expect(Date.now() - sent).toBeLessThan(1_000);
    expect(event.data.phoneNumberChanged).toMatchObject({
      kind: "NAME_UPDATE",
      wabaId: DEMO_WABA_ID,
      event: "APPROVED",
      displayPhoneNumber: "16315552222",
      phoneNumber: { id: DEMO_UNVERIFIED_PHONE_ID, nameStatus: "APPROVED" },
    });
    // Re-read from Meta for the event, not from a cache.
    expect(ctx.sim.log.entries.some((r) => r.endpoint === "node" && r.path.endsWith(`/${DEMO_UNVERIFIED_PHONE_ID}`))).toBe(true);
    sub.close();
  });

  it("processes a duplicate delivery once across the fleet, whichever instance it reaches", async () => {
    const sub = await subscribe(a.yoga, SUBSCRIPTION);
    await settle();
    const body = nameUpdate("16315551111", "DEFERRED", 1_700_000_000);
    expect((await deliver(a, body)).status).toBe(200);
    expect((await deliver(b, body)).status).toBe(200);
    expect((await deliver(a, body)).status).toBe(200);
    await sub.next(1_000);
    await expect(sub.next(700)).rejects.toThrow("no event");
    expect(sub.events).toHaveLength(1);
    sub.close();
  });

  it("handles every entry and change of a batched delivery, ignoring and counting unknown fields", async () => {
    const sub = await subscribe(b.yoga, SUBSCRIPTION);
    await settle();
    const body = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        { id: DEMO_WABA_ID, time: 1_700_000_100, changes: [
          { field: "account_review_update", value: { decision: "APPROVED" } },
          { field: "message_template_status_update", value: { event: "APPROVED" } },
        ] },
        { id: DEMO_WABA_ID, time: 1_700_000_101, changes: [{ field: "phone_number_quality_update", value: { display_phone_number: "16315551111", event: "THROUGHPUT_UPGRADE", current_limit: "TIER_10K", brand_new_key: 1 } }] },
      ],
    });
    expect((await deliver(a, body)).status).toBe(200);
    const kinds = [(await sub.next(1_000)) as { data: { phoneNumberChanged: { kind: string; phoneNumber: unknown } } }, (await sub.next(1_000)) as { data: { phoneNumberChanged: { kind: string; phoneNumber: unknown } } }];
    expect(kinds.map((e) => e.data.phoneNumberChanged.kind).sort()).toEqual(["ACCOUNT_REVIEW_UPDATE", "QUALITY_UPDATE"]);
    const review = kinds.find((e) => e.data.phoneNumberChanged.kind === "ACCOUNT_REVIEW_UPDATE");
    expect(review?.data.phoneNumberChanged.phoneNumber).toBeNull();
    const metrics = await (await a.yoga.fetch("http://yoga/metrics")).text();
    expect(metrics).toContain('webhook_unknown_fields_total{field="message_template_status_update"} 1');
    sub.close();
  });

  it("refuses a subscription to another tenant's WABA with FORBIDDEN", async () => {
    const key = "wgk_second-tenant";
    const tenant = gatewayFor(ctx.sim, {
      redisUrl: redis.url,
      webhooks,
      auth: { open: false, apiClients: [{ keyHash: createHash("sha256").update(key).digest(), caller: { name: "jasper", kind: "api-key", wabaIds: new Set([SECOND_WABA_ID]), scopes: new Set(["read"]) } }] },
    });
    const sub = await subscribe(tenant.yoga, SUBSCRIPTION, { "x-api-key": key });
    const first = (await sub.next(1_000)) as { errors?: { extensions?: { code?: string } }[] };
    expect(first.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await deliver(a, nameUpdate("16315552222", "REJECTED", 1_700_000_200));
    await expect(sub.next(500)).rejects.toThrow("no event");
    sub.close();
    await tenant.yoga.dispose();
  });
});

describe("fleet state", () => {
  it("drops cached reads on both instances when a webhook reports a change", async () => {
    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    if (!phone) throw new Error("seed");
    phone.name_status = "APPROVED";
    await read(a, DEMO_PHONE_ID);
    await read(b, DEMO_PHONE_ID);
    ctx.sim.log.clear();
    expect((await read(a, DEMO_PHONE_ID)).data?.phoneNumber?.nameStatus).toBe("APPROVED");
    expect((await read(b, DEMO_PHONE_ID)).data?.phoneNumber?.nameStatus).toBe("APPROVED");
    expect(ctx.sim.log.count).toBe(0);

    phone.name_status = "PENDING_REVIEW";
    await deliver(a, nameUpdate("16315551111", "PENDING", 1_700_000_300));
    await settle(400);
    expect((await read(a, DEMO_PHONE_ID)).data?.phoneNumber?.nameStatus).toBe("PENDING_REVIEW");
    expect((await read(b, DEMO_PHONE_ID)).data?.phoneNumber?.nameStatus).toBe("PENDING_REVIEW");
    phone.name_status = "APPROVED";
  });

  it("drops cached reads on both instances after the gateway's own mutation", async () => {
    await read(a, DEMO_PHONE_ID);
    await read(b, DEMO_PHONE_ID);
    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    if (phone) phone.name_status = "DECLINED";
    await a.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "135790" }) { __typename } }` }),
    });
    await settle(300);
    expect((await read(b, DEMO_PHONE_ID)).data?.phoneNumber?.nameStatus).toBe("DECLINED");
    if (phone) phone.name_status = "APPROVED";
  });

  it("shares the key of a tenant's sealed managedWabas cursors: a page begun on one instance goes on on the other", async () => {
    const key = "wgk_fleet-tenant";
    const auth = { open: false, apiClients: [{ keyHash: createHash("sha256").update(key).digest(), caller: { name: "jasper", kind: "api-key" as const, wabaIds: new Set([SECOND_WABA_ID]), scopes: new Set(["read" as const]) } }] };
    const [x, y] = [fleetGateway({ auth }), fleetGateway({ auth })];
    // Both connected to Redis, as the other fleet tests let them (before that, an instance seals with a key of its own).
    await settle(300);
    const page = async (gw: TestGateway, after?: string) => {
      const r = await gw.yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": key },
        body: JSON.stringify({ query: `query ($after: String) { managedWabas(relation: OWNED, first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }`, variables: { after } }),
      });
      return (await r.json()) as { data?: { managedWabas: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } } }; errors?: unknown[] };
    };
    const first = await page(x);
    expect(first.data?.managedWabas.edges.map((e) => e.node.id)).toEqual([SECOND_WABA_ID]);
    const next = await page(y, first.data?.managedWabas.pageInfo.endCursor ?? undefined);
    expect(next.errors, JSON.stringify(next.errors)).toBeUndefined();
    expect(next.data?.managedWabas.edges).toEqual([]);
    await Promise.all([x.yoga.dispose(), y.yoga.dispose()]);
  });

  it("shares Meta's 'wait' for a WABA: a throttle seen by one instance stops the other from asking", async () => {
    // Fields no earlier test read, so that neither instance answers from its read cache.
    const query = `{ waba(id: "${SECOND_WABA_ID}") { name timezoneId ownershipType } }`;
    const ask = async (gw: TestGateway) => {
      const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      return (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
    };
    ctx.sim.faults.add("node", throttleFault(80008, SECOND_WABA_ID, 10));
    expect((await ask(a)).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    ctx.sim.log.clear();
    // Redis pub/sub carries the hold to B a moment after A answered.
    await settle(100);
    const onB = await ask(b);
    expect(onB.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(ctx.sim.log.count).toBe(0);
  });

  it("checks no On-Premises code while Redis is down: the attempt limit holds fleet-wide or not at all", async () => {
    const c = fleetGateway({ onPremises: { baseUrl: ctx.sim.url, username: ctx.sim.onPremises.username, password: ctx.sim.onPremises.password, timeoutMs: 2_000 } });
    await settle(200);
    const mutation = async (name: string, input: string, success = "") => {
      const r = await c.yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation { ${name}(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", ${input} }) { __typename ... on GraphApiError { reason message } ${success} } }` }),
      });
      return (await r.json()) as { data: Record<string, { __typename: string; reason?: string; message?: string; status?: string }> };
    };
    expect((await mutation("registerOnPremisesAccount", "codeMethod: SMS", "... on RegisterOnPremisesAccountSuccess { status }")).data.registerOnPremisesAccount).toMatchObject({ status: "CODE_SENT" });
    await redis.stop();
    await settle(300);
    ctx.sim.log.clear();
    try {
      const refused = (await mutation("verifyOnPremisesAccount", 'code: "123456"')).data.verifyOnPremisesAccount;
      expect(refused).toMatchObject({ __typename: "GraphApiError", reason: "UPSTREAM_UNAVAILABLE", message: expect.stringContaining("nothing was sent") });
      expect(ctx.sim.log.entries.filter((e) => e.endpoint === "onprem:account/verify")).toHaveLength(0);
    } finally {
      await c.yoga.dispose();
      redis = await startRedis(redis.port);
    }
  });

  it("keeps serving reads at normal speed and accepting webhooks when Redis stops, and says so in readiness", async () => {
    const c = fleetGateway({ cacheTtlSeconds: 0 });
    await settle(200);
    expect(await (await c.yoga.fetch("http://yoga/readiness")).json()).toMatchObject({ status: "ready", redis: "up" });
    const sub = await subscribe(c.yoga, SUBSCRIPTION);
    await settle();
    await redis.stop();
    await settle(300);

    const started = Date.now();
    const r = await read(c, DEMO_PHONE_ID);
    expect(r.data?.phoneNumber).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(1_000);

    expect((await deliver(c, nameUpdate("16315552222", "APPROVED", 1_700_000_400))).status).toBe(200);
    const event = (await sub.next(2_000)) as { data: { phoneNumberChanged: { event: string } } };
    expect(event.data.phoneNumberChanged.event).toBe("APPROVED");

    const readiness = await c.yoga.fetch("http://yoga/readiness");
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toMatchObject({ redis: expect.stringContaining("degraded") });
    await settle(1_100);
    expect(await (await c.yoga.fetch("http://yoga/metrics")).text()).toContain("fleet_redis_up 0");
    sub.close();
    await c.yoga.dispose();
    redis = await startRedis(redis.port);
  });
});
