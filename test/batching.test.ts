import { describe, expect, it } from "vitest";
import { benchPhoneId, benchWabaId, DEMO_CERTIFICATE, DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { codes, execute, useGateway } from "./helpers/gateway.js";
import { objectOf, sentReads, useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator({ seed: { benchWabas: 60, benchPhonesPerWaba: 10 } });
const gw = useGateway(ctx);

const Numbers = graphql(`
  query BatchNumbers($ids: [ID!]!) {
    phoneNumbers(ids: $ids) { id displayPhoneNumber }
  }
`);

const Mixed = graphql(`
  query BatchMixed($phone: ID!, $other: ID!, $waba: ID!) {
    a: phoneNumber(id: $phone) { displayPhoneNumber }
    b: phoneNumber(id: $phone) { certificate { value } }
    c: phoneNumber(id: $other) { nameStatus }
    list: phoneNumbers(ids: [$phone, $other]) { id }
    waba(id: $waba) { name }
  }
`);

const Dashboard = graphql(`
  query Dashboard($ids: [ID!]!) {
    wabas(ids: $ids) {
      id
      name
      phoneNumbers(first: 10) {
        edges { node { id displayPhoneNumber nameStatus certificate { value nameStatus } } }
        pageInfo { hasNextPage }
      }
    }
  }
`);

const Filtered = graphql(`
  query FilteredPages($ids: [ID!]!) {
    wabas(ids: $ids) {
      name
      sandbox: phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }
      live: phoneNumbers(first: 5, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }
    }
  }
`);

const FilteredOnly = graphql(`
  query FilteredOnly($id: ID!) {
    waba(id: $id) {
      phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }
    }
  }
`);

const log = () => ctx.sim.log.entries;

describe("batching: one operation, as few Graph API round trips as possible", () => {
  it("reads many numbers with one batch call, one slot per number carrying exactly the selected fields", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => benchPhoneId(Math.floor(i / 10), i % 10));
    const { body } = await execute(gw.yoga, Numbers, { ids });
    expect(body.data?.phoneNumbers.map((p) => p?.id)).toEqual(ids);
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ method: "POST", path: "/v26.0/", endpoint: "batch" });
    const slots = sentReads(log());
    expect(slots.map(objectOf)).toEqual(ids);
    expect(slots.every((s) => s.method === "GET" && s.endpoint === "node" && s.query.fields === "display_phone_number,id")).toBe(true);
  });

  it("reads a lone number with a plain GET /{id}", async () => {
    const { body } = await execute(gw.yoga, Numbers, { ids: [DEMO_PHONE_ID] });
    expect(body.data?.phoneNumbers[0]?.displayPhoneNumber).toBe("+1 631-555-1111");
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ method: "GET", path: `/v26.0/${DEMO_PHONE_ID}`, endpoint: "node", query: { fields: "display_phone_number,id" } });
  });

  it("splits 120 numbers into batch calls of at most 50 slots, sent concurrently", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => benchPhoneId(Math.floor(i / 10), i % 10));
    const { body } = await execute(gw.yoga, Numbers, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data?.phoneNumbers.map((p) => p?.id)).toEqual(ids);
    expect(log().map((r) => r.batch?.length).sort()).toEqual([20, 50, 50]);
    expect(new Set(sentReads(log()).map(objectOf)).size).toBe(120);
  });

  it("deduplicates: the same number asked for through aliases and lists is read once, fields merged, beside the WABA", async () => {
    const { body } = await execute(gw.yoga, Mixed, { phone: DEMO_PHONE_ID, other: DEMO_UNVERIFIED_PHONE_ID, waba: DEMO_WABA_ID });
    expect(body.errors).toBeUndefined();
    expect(body.data?.a?.displayPhoneNumber).toBe("+1 631-555-1111");
    expect(body.data?.b?.certificate?.value).toBe(DEMO_CERTIFICATE);
    expect(body.data?.waba?.name).toBe("Lucky Shrub");
    // Two numbers and the WABA: one batch call, one slot each.
    expect(log()).toHaveLength(1);
    const slots = sentReads(log());
    expect(slots.map(objectOf).sort()).toEqual([DEMO_UNVERIFIED_PHONE_ID, DEMO_PHONE_ID, DEMO_WABA_ID].sort());
    const phone = slots.find((s) => objectOf(s) === DEMO_PHONE_ID);
    expect(phone?.query.fields?.split(",").sort()).toEqual(["certificate", "display_phone_number", "id", "name_status"]);
  });

  it("answers every good id when one is missing, in the same single round trip (the missing slot fails alone)", async () => {
    const { body } = await execute(gw.yoga, Numbers, { ids: [DEMO_PHONE_ID, "424242424242", DEMO_UNVERIFIED_PHONE_ID] });
    expect(body.data?.phoneNumbers.map((p) => p?.id ?? null)).toEqual([DEMO_PHONE_ID, null, DEMO_UNVERIFIED_PHONE_ID]);
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(body.errors?.[0]?.path).toEqual(["phoneNumbers", 1]);
    expect(log().map((r) => r.endpoint)).toEqual(["batch"]);
    expect(sentReads(log()).map(objectOf)).toEqual([DEMO_PHONE_ID, "424242424242", DEMO_UNVERIFIED_PHONE_ID]);
  });

  it("keeps a failed slot to its own object whatever Meta's wording (#803), with the other slots intact", async () => {
    ctx.sim.faults.add("slot:node", { kind: "graph-error", error: { code: 803, message: "(#803) Some of the aliases you requested do not exist: 1" } });
    const { body } = await execute(gw.yoga, Numbers, { ids: [DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID] });
    expect(body.data?.phoneNumbers.map((p) => p?.id ?? null)).toEqual([null, DEMO_UNVERIFIED_PHONE_ID]);
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(log()).toHaveLength(1);
  });

  it("reads 20 WABAs with 10 numbers each, certificates and name status, in one round trip (one slot per WABA, pages by field expansion)", async () => {
    const ids = Array.from({ length: 20 }, (_, w) => benchWabaId(w));
    const { body } = await execute(gw.yoga, Dashboard, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data?.wabas).toHaveLength(20);
    for (const [w, waba] of (body.data?.wabas ?? []).entries()) {
      expect(waba?.id).toBe(benchWabaId(w));
      expect(waba?.phoneNumbers.edges).toHaveLength(10);
    }
    expect(body.data?.wabas[3]?.phoneNumbers.edges[0]?.node.id).toBe(benchPhoneId(3, 0));
    expect(log()).toHaveLength(1);
    const slots = sentReads(log());
    expect(slots.map(objectOf)).toEqual(ids);
    for (const slot of slots) {
      expect(slot.query.fields).toBe("id,name,phone_numbers.limit(10){certificate,display_phone_number,id,name_status}");
    }
  });

  it("reads 60 WABAs with their pages in two concurrent batch calls (50 + 10 slots)", async () => {
    const ids = Array.from({ length: 60 }, (_, w) => benchWabaId(w));
    const { body } = await execute(gw.yoga, Dashboard, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data?.wabas.every((w) => w?.phoneNumbers.edges.length === 10)).toBe(true);
    expect(log().map((r) => r.batch?.length).sort()).toEqual([10, 50]);
  });

  it("puts what expansion cannot carry (filters) beside the node reads in one batch call", async () => {
    const { body } = await execute(gw.yoga, Filtered, { ids: [DEMO_WABA_ID, SECOND_WABA_ID] });
    expect(body.errors).toBeUndefined();
    const lucky = body.data?.wabas[0];
    expect(lucky?.name).toBe("Lucky Shrub");
    expect(new Set(lucky?.sandbox.edges.map((e) => e.node.accountMode))).toEqual(new Set(["SANDBOX"]));
    expect(new Set(lucky?.live.edges.map((e) => e.node.accountMode))).toEqual(new Set(["LIVE"]));
    expect(log()).toHaveLength(1);
    const [call] = log();
    expect(call?.endpoint).toBe("batch");
    expect(call?.batch?.map((s) => s.endpoint).sort()).toEqual(["node", "node", "phone_numbers", "phone_numbers", "phone_numbers", "phone_numbers"]);
    const filters = call?.batch?.filter((s) => s.endpoint === "phone_numbers").map((s) => JSON.parse(s.query.filtering ?? "[]")[0].value);
    expect(filters?.sort()).toEqual(["LIVE", "LIVE", "SANDBOX", "SANDBOX"]);
  });

  it("reads one filtered page with a single edge GET when nothing else of the WABA is selected", async () => {
    const { body } = await execute(gw.yoga, FilteredOnly, { id: DEMO_WABA_ID });
    expect(body.data?.waba?.phoneNumbers.edges).toHaveLength(5);
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ endpoint: "phone_numbers", query: { limit: "5", filtering: '[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]' } });
  });

  it("answers a missing WABA behind an edge-only read with null and NOT_FOUND on the WABA", async () => {
    const { body } = await execute(gw.yoga, FilteredOnly, { id: "77777777" });
    expect(body.data?.waba).toBeNull();
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(body.errors?.[0]?.path).toEqual(["waba"]);
  });

  it("keeps one undici pool with keep-alive: many operations reuse few connections", async () => {
    const before = ctx.sim.connectionsOpened;
    // A different number each time, so that every operation calls Meta (the read cache would answer repeats).
    for (let i = 0; i < 20; i++) await execute(gw.yoga, Numbers, { ids: [benchPhoneId(i, 0)] });
    expect(log()).toHaveLength(20);
    expect(ctx.sim.connectionsOpened - before).toBeLessThanOrEqual(1);
  });
});

describe("batching off (GATEWAY_BATCHING=false): the naive gateway, for comparison", () => {
  const naive = useGateway(ctx, { batching: false });

  it("calls Meta once per resolver", async () => {
    const ids = Array.from({ length: 5 }, (_, w) => benchWabaId(w));
    const { body } = await execute(naive.yoga, Dashboard, { ids });
    expect(body.errors).toBeUndefined();
    expect(log().filter((r) => r.endpoint === "node")).toHaveLength(5);
    expect(log().filter((r) => r.endpoint === "phone_numbers")).toHaveLength(5);
    expect(log()).toHaveLength(10);
  });

  it("makes twenty parallel calls on one operation's deadline signal without Node's listener-leak warning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const ids = Array.from({ length: 20 }, (_, i) => benchPhoneId(i, 0));
      const { body } = await execute(naive.yoga, Numbers, { ids });
      expect(body.errors).toBeUndefined();
      expect(log()).toHaveLength(20);
      // Node emits a warning on the next tick.
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
