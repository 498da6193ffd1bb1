import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, NEW_CLIENT_WABA_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor } from "./helpers/gateway.js";
import { fieldsOf, useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();

const Subscribe = graphql(`
  mutation SubscribeWithOverride($input: SubscribeAppToWabaInput!) {
    subscribeAppToWaba(input: $input) {
      __typename
      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }
      ... on GraphApiError { reason code message }
      ... on ValidationError { field message }
    }
  }
`);

const Unsubscribe = graphql(`
  mutation Unsubscribe($wabaId: ID!) {
    unsubscribeAppFromWaba(input: { wabaId: $wabaId }) {
      __typename
      ... on UnsubscribeAppFromWabaSuccess { waba { id subscribedApps { id } } }
      ... on GraphApiError { reason code }
    }
  }
`);

const Coexistence = graphql(`
  query IsOnBizApp($id: ID!) { phoneNumber(id: $id) { id isOnBizApp } }
`);

/** Every call Meta received that is not a read, as `METHOD endpoint`. */
const writes = () => ctx.sim.log.entries.filter((e) => e.method !== "GET" && e.endpoint !== "batch").map((e) => `${e.method} ${e.endpoint}`);

describe("app subscriptions (graph-api.md §11.6, §13.1)", () => {
  it("subscribes plainly first, then sets the override, as Meta requires; the override is kept on the WABA", async () => {
    const { yoga } = gatewayFor(ctx.sim, { cacheTtlSeconds: 0 });
    const input = { wabaId: NEW_CLIENT_WABA_ID, overrideCallbackUri: "https://hooks.example.com/meta", verifyToken: "s3cret-verify" };
    const res = await execute(yoga, Subscribe, { input });
    expect(res.body.data?.subscribeAppToWaba).toMatchObject({ __typename: "SubscribeAppToWabaSuccess", waba: { subscribedApps: [{ name: "waba-gateway demo app" }] } });
    const posts = ctx.sim.log.entries.filter((e) => e.endpoint === "subscribe_app");
    expect(posts.map((e) => e.body ?? {})).toEqual([{}, { override_callback_uri: input.overrideCallbackUri, verify_token: input.verifyToken }]);
    const listed = await fetch(`${ctx.sim.url}/v26.0/${NEW_CLIENT_WABA_ID}/subscribed_apps`, { headers: { authorization: `Bearer ${ctx.sim.token}` } });
    expect(await listed.json()).toMatchObject({ data: [{ override_callback_uri: input.overrideCallbackUri }] });
    await yoga.dispose();
  });

  it("reports the subscription that reached Meta when the override is refused", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    // The second POST (the override) fails at Meta.
    ctx.sim.faults.add("subscribe_app", { kind: "graph-error", error: { code: 100, message: "(#100) Invalid parameter" } }, 1, 1);
    const res = await execute(yoga, Subscribe, { input: { wabaId: NEW_CLIENT_WABA_ID, overrideCallbackUri: "https://hooks.example.com/x", verifyToken: "tok" } });
    const answer = res.body.data?.subscribeAppToWaba;
    expect(answer).toMatchObject({ __typename: "GraphApiError", reason: "INVALID_PARAMETER" });
    expect(answer && "message" in answer ? answer.message : "").toMatch(/The app is subscribed .* but the override failed/);
    expect(writes()).toEqual(["POST subscribe_app", "POST subscribe_app"]);
    await yoga.dispose();
  });

  it("refuses an override without its verify token, or not over HTTPS, before any call", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const cases = [
      [{ wabaId: NEW_CLIENT_WABA_ID, overrideCallbackUri: "https://hooks.example.com/meta" }, "overrideCallbackUri"],
      [{ wabaId: NEW_CLIENT_WABA_ID, overrideCallbackUri: "http://hooks.example.com/meta", verifyToken: "t" }, "overrideCallbackUri"],
      [{ wabaId: NEW_CLIENT_WABA_ID, overrideCallbackUri: `https://hooks.example.com/${"a".repeat(200)}`, verifyToken: "t" }, "overrideCallbackUri"],
      [{ wabaId: NEW_CLIENT_WABA_ID, verifyToken: "t" }, "overrideCallbackUri"],
    ] as const;
    for (const [input, field] of cases) {
      const res = await execute(yoga, Subscribe, { input });
      expect(res.body.data?.subscribeAppToWaba).toMatchObject({ __typename: "ValidationError" });
      const answer = res.body.data?.subscribeAppToWaba;
      expect([field, "verifyToken"]).toContain(answer && "field" in answer ? answer.field : undefined);
    }
    expect(ctx.sim.log.entries).toEqual([]);
    await yoga.dispose();
  });

  it("the simulator refuses an override from an app that is not subscribed, as Meta does", async () => {
    await fetch(`${ctx.sim.url}/v26.0/${NEW_CLIENT_WABA_ID}/subscribed_apps`, { method: "DELETE", headers: { authorization: `Bearer ${ctx.sim.token}` } });
    const res = await fetch(`${ctx.sim.url}/v26.0/${NEW_CLIENT_WABA_ID}/subscribed_apps`, {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.sim.token}`, "content-type": "application/json" },
      body: JSON.stringify({ override_callback_uri: "https://hooks.example.com/meta", verify_token: "t" }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Before override the current callback uri/);
  });

  it("unsubscribes with a real DELETE (no method override) and hands back the WABA without the app", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    await execute(yoga, Subscribe, { input: { wabaId: NEW_CLIENT_WABA_ID } });
    ctx.sim.log.clear();
    const res = await execute(yoga, Unsubscribe, { wabaId: NEW_CLIENT_WABA_ID });
    expect(res.body.data?.unsubscribeAppFromWaba).toEqual({ __typename: "UnsubscribeAppFromWabaSuccess", waba: { id: NEW_CLIENT_WABA_ID, subscribedApps: [] } });
    const deletes = ctx.sim.log.entries.filter((e) => e.method === "DELETE");
    expect(deletes.map((e) => [e.endpoint, e.query])).toEqual([["unsubscribe_app", {}]]);
    expect(ctx.sim.log.entries.some((e) => "method" in e.query)).toBe(false);
    await yoga.dispose();
  });

  it("the simulator refuses what v27.0 closed to new apps: the method override, JSONP, field aliases", async () => {
    const auth = { authorization: `Bearer ${ctx.sim.token}` };
    for (const query of ["method=DELETE", "callback=cb", "fields=id.as(x)"]) {
      const res = await fetch(`${ctx.sim.url}/v26.0/${NEW_CLIENT_WABA_ID}/subscribed_apps?${query}`, { headers: auth });
      expect(res.status, query).toBe(400);
    }
  });
});

describe("PhoneNumber.isOnBizApp (graph-api.md §13.3)", () => {
  it("reads is_on_biz_app, and only when selected", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const res = await execute(yoga, Coexistence, { id: DEMO_PHONE_ID });
    expect(res.body.data?.phoneNumber).toEqual({ id: DEMO_PHONE_ID, isOnBizApp: false });
    expect(fieldsOf(ctx.sim.log.entries[0])).toEqual(["id", "is_on_biz_app"]);
    await yoga.dispose();
  });
});
