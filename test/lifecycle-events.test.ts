import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { sign } from "../src/webhooks/signature.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";
import { subscribe } from "./helpers/sse.js";

const ctx = useSimulator();
const webhooks = { verifyToken: "verify-token-for-tests", appSecret: "app-secret-for-the-lifecycle-tests-01" };
const DIGITS = "16315551111";

const deliver = (gw: TestGateway, body: string) =>
  gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, webhooks.appSecret) }, body });
const delivery = (field: string, value: unknown, time = Math.floor(Date.now() / 1000)) =>
  JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: DEMO_WABA_ID, time, changes: [{ field, value }] }] });

const SUBSCRIPTION = `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") {
  kind event displayPhoneNumber rejectionReason requestedVerifiedName details phoneNumber { id } } }`;

/** One payload per webhook field (graph-api.md §10.6, §13.5), and what a subscriber gets for it. */
const FIELDS = [
  {
    field: "phone_number_name_update",
    value: { display_phone_number: DIGITS, decision: "REJECTED", requested_verified_name: "Lucky Shrub!!", rejection_reason: "NAME_FORMAT_UNACCEPTABLE" },
    expected: { kind: "NAME_UPDATE", event: "REJECTED", rejectionReason: "NAME_FORMAT_UNACCEPTABLE", requestedVerifiedName: "Lucky Shrub!!", details: null, phoneNumber: { id: DEMO_PHONE_ID } },
  },
  {
    field: "phone_number_quality_update",
    value: { display_phone_number: DIGITS, event: "THROUGHPUT_UPGRADE", current_limit: "TIER_10K", old_limit: "TIER_2K" },
    expected: { kind: "QUALITY_UPDATE", event: "THROUGHPUT_UPGRADE", details: JSON.stringify({ current_limit: "TIER_10K", old_limit: "TIER_2K" }), phoneNumber: { id: DEMO_PHONE_ID } },
  },
  {
    field: "account_update",
    value: { phone_number: DIGITS, event: "DISABLED_UPDATE", ban_info: { waba_ban_state: ["SCHEDULE_FOR_DISABLE"], waba_ban_date: "April 17, 2027" } },
    expected: { kind: "ACCOUNT_UPDATE", event: "DISABLED_UPDATE", details: JSON.stringify({ ban_info: { waba_ban_state: ["SCHEDULE_FOR_DISABLE"], waba_ban_date: "April 17, 2027" } }) },
  },
  { field: "account_review_update", value: { decision: "APPROVED" }, expected: { kind: "ACCOUNT_REVIEW_UPDATE", event: "APPROVED", phoneNumber: null } },
  {
    field: "business_capability_update",
    value: { max_daily_conversations_per_business: 2000, max_phone_numbers_per_waba: 25 },
    expected: { kind: "CAPABILITY_UPDATE", event: null, details: JSON.stringify({ max_daily_conversations_per_business: 2000, max_phone_numbers_per_waba: 25 }), phoneNumber: null },
  },
  {
    field: "account_alerts",
    value: { entity_type: "PHONE_NUMBER", entity_id: DEMO_PHONE_ID, alert_info: { alert_severity: "INFORMATIONAL", alert_status: "NONE", alert_type: "OBA_APPROVED", alert_description: "Approved." } },
    expected: { kind: "ACCOUNT_ALERT", event: "OBA_APPROVED", phoneNumber: { id: DEMO_PHONE_ID } },
  },
  {
    field: "security",
    value: { display_phone_number: DIGITS, event: "PIN_CHANGED", requester: "1000000000000001" },
    expected: { kind: "SECURITY", event: "PIN_CHANGED", details: JSON.stringify({ requester: "1000000000000001" }), phoneNumber: { id: DEMO_PHONE_ID } },
  },
] as const;

describe("lifecycle webhooks, every field (issue 25)", () => {
  it("publishes each field's change with what Meta sent, typed where stable and the rest in details", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const sub = await subscribe(gw.yoga, SUBSCRIPTION);
    for (const [i, { field, value }] of FIELDS.entries()) expect((await deliver(gw, delivery(field, value, 1000 + i))).status).toBe(200);
    // Deliveries are processed after their 200, each at its own pace: matched by kind, not by order.
    const received: Record<string, unknown>[] = [];
    for (let i = 0; i < FIELDS.length; i++) received.push(((await sub.next(5_000)) as { data: { phoneNumberChanged: Record<string, unknown> } }).data.phoneNumberChanged);
    for (const { field, expected } of FIELDS) expect(received.find((e) => e.kind === expected.kind), field).toMatchObject(expected);
    sub.close();
    await gw.yoga.dispose();
  });

  it("drops the cached reads a change makes stale, on the number and its WABA", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const read = () => gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id nameStatus } }` }) });
    await read();
    ctx.sim.log.clear();
    await read();
    expect(ctx.sim.log.entries).toHaveLength(0);
    expect((await deliver(gw, delivery("security", { display_phone_number: DIGITS, event: "PIN_RESET_REQUEST" }, 2000))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    ctx.sim.log.clear();
    await read();
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "node" || e.endpoint === "batch")).toHaveLength(1);
    await gw.yoga.dispose();
  });

  it("drops the changed views before Meta gets its 200: a read right after the acknowledgement gets the new answer", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks, cacheTtlSeconds: 30 });
    const read = async () =>
      ((await (await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { nameStatus } }` }) })).json()) as {
        data: { phoneNumber: { nameStatus: string } };
      });
    expect((await read()).data.phoneNumber.nameStatus).toBe("APPROVED");
    // Meta changes the number, then tells: the read cache still holds APPROVED until the webhook drops it.
    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    if (phone) phone.name_status = "DECLINED";
    expect((await read()).data.phoneNumber.nameStatus).toBe("APPROVED");
    expect((await deliver(gw, delivery("phone_number_name_update", { display_phone_number: DIGITS, decision: "REJECTED", requested_verified_name: "Lucky Shrub" }, 4000))).status).toBe(200);
    // No wait: the 200 came after the drop.
    expect((await read()).data.phoneNumber.nameStatus).toBe("DECLINED");
    if (phone) phone.name_status = "APPROVED";
    await gw.yoga.dispose();
  });

  it("costs no listing for a number the directory knows, even past the directory's lifetime; an unknown number costs one listing", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks, numberDirectoryTtlSeconds: 1 });
    // Listings of the WABA's numbers, what matching a webhook's digits costs (a subscriber's re-read of the number is its own).
    const graphCalls = () => ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers").length;
    ctx.sim.log.clear();
    const sub = await subscribe(gw.yoga, `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind event phoneNumber { id } } }`);
    expect((await deliver(gw, delivery("security", { display_phone_number: DIGITS, event: "PIN_CHANGED" }, 5000))).status).toBe(200);
    expect(await sub.next(5_000)).toMatchObject({ data: { phoneNumberChanged: { phoneNumber: { id: DEMO_PHONE_ID } } } });
    // The first delivery listed the WABA once (its pages: the demo WABA holds 33 numbers).
    const listing = graphCalls();
    expect(listing).toBeGreaterThan(0);
    ctx.sim.log.clear();
    for (let i = 0; i < 5; i++) expect((await deliver(gw, delivery("phone_number_quality_update", { display_phone_number: DIGITS, event: "FLAGGED" }, 5001 + i))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await deliver(gw, delivery("security", { display_phone_number: DIGITS, event: "PIN_RESET_REQUEST" }, 5010))).status).toBe(200);
    for (let i = 0; i < 6; i++) expect(await sub.next(5_000)).toMatchObject({ data: { phoneNumberChanged: { phoneNumber: { id: DEMO_PHONE_ID } } } });
    expect(graphCalls()).toBe(0);
    // Digits the listing does not hold: one fresh listing, then null (the number is not this WABA's).
    expect((await deliver(gw, delivery("security", { display_phone_number: "15550001234", event: "PIN_CHANGED" }, 5020))).status).toBe(200);
    expect(await sub.next(5_000)).toMatchObject({ data: { phoneNumberChanged: { phoneNumber: null } } });
    expect(graphCalls()).toBe(listing);
    sub.close();
    await gw.yoga.dispose();
  });

  it("keeps each number's latest changes, readable afterwards: a declined name's reason for a dashboard that was offline", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const name = FIELDS[0];
    expect((await deliver(gw, delivery(name.field, name.value, 3000))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const res = await gw.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { recentChanges { kind event rejectionReason requestedVerifiedName phoneNumber { id } } } }` }),
    });
    const body = (await res.json()) as { data: { phoneNumber: { recentChanges: unknown[] } } };
    expect(body.data.phoneNumber.recentChanges[0]).toEqual({
      kind: "NAME_UPDATE",
      event: "REJECTED",
      rejectionReason: "NAME_FORMAT_UNACCEPTABLE",
      requestedVerifiedName: "Lucky Shrub!!",
      phoneNumber: { id: DEMO_PHONE_ID },
    });
    await gw.yoga.dispose();
  });

  it("acknowledges malformed deliveries and publishes them as far as they are valid, never crashing", async () => {
    const gw = gatewayFor(ctx.sim, { webhooks });
    const sub = await subscribe(gw.yoga, `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind event details } }`);
    const bodies = [
      JSON.stringify({ object: "whatsapp_business_account", entry: "not a list" }),
      JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: DEMO_WABA_ID, changes: [{ field: "security", value: "a string" }] }] }),
      JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: DEMO_WABA_ID, changes: [{ field: "account_alerts", value: { entity_type: "PHONE_NUMBER", entity_id: { nested: true }, alert_info: 7 } }] }] }),
      JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: DEMO_WABA_ID, time: 5, changes: [{ field: "brand_new_field", value: {} }, { field: "business_capability_update", value: { huge: Array.from({ length: 20_000 }, (_, i) => i) } }] }] }),
    ];
    for (const body of bodies) expect((await deliver(gw, body)).status).toBe(200);
    const first = (await sub.next(5_000)) as { data: { phoneNumberChanged: { kind: string; event: string | null; details: string | null } } };
    expect(first.data.phoneNumberChanged).toMatchObject({ kind: "SECURITY", event: null, details: null });
    const second = (await sub.next(5_000)) as { data: { phoneNumberChanged: { kind: string; event: string | null } } };
    expect(second.data.phoneNumberChanged).toMatchObject({ kind: "ACCOUNT_ALERT", event: null });
    const third = (await sub.next(5_000)) as { data: { phoneNumberChanged: { kind: string; details: string } } };
    expect(third.data.phoneNumberChanged.kind).toBe("CAPABILITY_UPDATE");
    // The huge value is not passed on whole: its keys are.
    expect(JSON.parse(third.data.phoneNumberChanged.details)).toEqual({ truncated: true, keys: ["huge"] });
    const health = await gw.yoga.fetch("http://yoga/health");
    expect(health.status).toBe(200);
    sub.close();
    await gw.yoga.dispose();
  });
});
