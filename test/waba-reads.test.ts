import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { codes, execute, useGateway } from "./helpers/gateway.js";
import { fieldsOf, useSimulator } from "./helpers/simulator.js";
import { DEMO_WABA_ID, EMPTY_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { phonesOfWaba } from "../src/simulator/state.js";

const ctx = useSimulator();
const gw = useGateway(ctx, { batching: false });

const WabaDetail = graphql(`
  query WabaDetail($id: ID!) {
    waba(id: $id) {
      id
      name
      currency
      timezoneId
      messageTemplateNamespace
      accountReviewStatus
      businessVerificationStatus
      ownershipType
    }
  }
`);

const WabaPage = graphql(`
  query WabaPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $mode: AccountMode) {
    waba(id: $id) {
      phoneNumbers(first: $first, after: $after, last: $last, before: $before, filter: { accountMode: $mode }) {
        edges { cursor node { id accountMode nameStatus } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

const Wabas = graphql(`
  query Wabas($ids: [ID!]!) {
    wabas(ids: $ids) { id name }
  }
`);

const allIds = () => phonesOfWaba(ctx.sim.state, DEMO_WABA_ID).map((p) => p.id);
const pageRequest = () => ctx.sim.log.entries.find((r) => r.endpoint === "phone_numbers");

describe("WABA reads", () => {
  it("reads the WABA fields a BSP dashboard shows, projecting fields", async () => {
    const { body } = await execute(gw.yoga, WabaDetail, { id: DEMO_WABA_ID });
    expect(body.data?.waba).toEqual({
      id: DEMO_WABA_ID,
      name: "Lucky Shrub",
      currency: "USD",
      timezoneId: "1",
      messageTemplateNamespace: expect.any(String),
      accountReviewStatus: "APPROVED",
      businessVerificationStatus: "VERIFIED",
      ownershipType: "CLIENT_OWNED",
    });
    expect(fieldsOf(ctx.sim.log.entries[0])).toEqual(
      ["account_review_status", "business_verification_status", "currency", "id", "message_template_namespace", "name", "ownership_type", "timezone_id"],
    );
  });

  it("maps Meta's lower-case verification status and a second WABA's values", async () => {
    const { body } = await execute(gw.yoga, WabaDetail, { id: SECOND_WABA_ID });
    expect(body.data?.waba).toMatchObject({ businessVerificationStatus: "PENDING_NEED_MORE_INFO", ownershipType: "ON_BEHALF_OF", accountReviewStatus: "PENDING" });
  });

  it("pages with Meta's default of 25, hasNextPage following paging.next, Meta's cursors passed through", async () => {
    const first = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID });
    const page1 = first.body.data?.waba?.phoneNumbers;
    expect(page1?.edges).toHaveLength(25);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    expect(page1?.pageInfo.hasPreviousPage).toBe(false);
    expect(pageRequest()?.query).toMatchObject({ limit: "25" });
    expect(pageRequest()?.query.filtering).toBeUndefined();

    ctx.sim.log.clear();
    const second = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 25, after: page1?.pageInfo.endCursor ?? "" });
    const page2 = second.body.data?.waba?.phoneNumbers;
    expect(pageRequest()?.query).toMatchObject({ limit: "25", after: page1?.pageInfo.endCursor });
    expect(page2?.pageInfo.hasNextPage).toBe(false);
    expect(page2?.pageInfo.hasPreviousPage).toBe(true);
    const seen = [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((e) => e.node.id);
    expect(seen).toEqual(allIds());

    ctx.sim.log.clear();
    const back = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, last: 5, before: page2?.pageInfo.startCursor ?? "" });
    expect(pageRequest()?.query).toMatchObject({ limit: "5", before: page2?.pageInfo.startCursor });
    expect(back.body.data?.waba?.phoneNumbers.edges.map((e) => e.node.id)).toEqual(allIds().slice(20, 25));
  });

  it("continues after a cursor from the middle of a page without losing or repeating numbers", async () => {
    const first = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 10 });
    const middle = first.body.data?.waba?.phoneNumbers.edges[3]?.cursor ?? "";
    const next = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 4, after: middle });
    expect(next.body.data?.waba?.phoneNumbers.edges.map((e) => e.node.id)).toEqual(allIds().slice(4, 8));
  });

  it("sends the account-mode filter upstream as Graph `filtering`, and Meta does the filtering", async () => {
    const { body } = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 100, mode: "SANDBOX" });
    expect(pageRequest()?.query.filtering).toBe('[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]');
    const modes = body.data?.waba?.phoneNumbers.edges.map((e) => e.node.accountMode);
    const inMode = (mode: string) => phonesOfWaba(ctx.sim.state, DEMO_WABA_ID).filter((p) => p.account_mode === mode).length;
    expect(modes?.length).toBe(inMode("SANDBOX"));
    expect(inMode("SANDBOX")).toBeGreaterThan(5);
    expect(new Set(modes)).toEqual(new Set(["SANDBOX"]));
    expect(fieldsOf(pageRequest())).toEqual(["account_mode", "id", "name_status"]);

    ctx.sim.log.clear();
    const live = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 100, mode: "LIVE" });
    expect(pageRequest()?.query.filtering).toContain('"value":"LIVE"');
    expect(live.body.data?.waba?.phoneNumbers.edges).toHaveLength(inMode("LIVE"));
  });

  it("refuses page sizes beyond 100 and contradictory arguments before calling Meta", async () => {
    for (const variables of [
      { id: DEMO_WABA_ID, first: 101 },
      { id: DEMO_WABA_ID, first: 0 },
      { id: DEMO_WABA_ID, first: 5, last: 5, before: "x" },
      { id: DEMO_WABA_ID, last: 5 },
      { id: DEMO_WABA_ID, first: 5, before: "abc" },
    ]) {
      ctx.sim.log.clear();
      const { body } = await execute(gw.yoga, WabaPage, variables);
      expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
      expect(pageRequest()).toBeUndefined();
    }
  });

  it("answers an expired or foreign cursor with BAD_USER_INPUT from Meta's #100", async () => {
    const { body } = await execute(gw.yoga, WabaPage, { id: DEMO_WABA_ID, first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    expect(body.errors?.[0]?.extensions?.graphApiCode).toBe(100);
  });

  it("reads an empty WABA as an empty page", async () => {
    const { body } = await execute(gw.yoga, WabaPage, { id: EMPTY_WABA_ID, first: 5 });
    expect(body.data?.waba?.phoneNumbers).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it("keeps the order of wabas(ids) with null and NOT_FOUND for a missing one", async () => {
    const { status, body } = await execute(gw.yoga, Wabas, { ids: [SECOND_WABA_ID, "123456789", DEMO_WABA_ID] });
    expect(status).toBe(200);
    expect(body.data?.wabas.map((w) => w?.name ?? null)).toEqual(["Jasper's Market", null, "Lucky Shrub"]);
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(body.errors?.[0]?.path).toEqual(["wabas", 1]);
  });
});
