import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { benchWabaId, DEMO_BUSINESS_ID, DEMO_WABA_ID, EMPTY_WABA_ID, NEW_CLIENT_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { codes, execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { objectOf, sentReads, useSimulator } from "./helpers/simulator.js";

// 150 more client WABAs (the benchmark's), so that the business's list runs over several of Meta's pages.
const ctx = useSimulator({ seed: { benchWabas: 150, benchPhonesPerWaba: 3 } });
const gw = useGateway(ctx);

const ManagedWabas = graphql(`
  query ManagedWabas($relation: WabaRelation!, $first: Int, $after: String) {
    managedWabas(relation: $relation, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          ownershipType
          phoneNumbers(first: 2) { edges { node { id displayPhoneNumber } } pageInfo { hasNextPage } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ManagedIds = graphql(`
  query ManagedIds($relation: WabaRelation!, $first: Int, $after: String) {
    managedWabas(relation: $relation, first: $first, after: $after) {
      edges { cursor node { id } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const WithApps = graphql(`
  query ManagedWithApps {
    managedWabas(relation: CLIENT, first: 2) { edges { node { id subscribedApps { id name } } } }
  }
`);

const Subscribe = graphql(`
  mutation SubscribeApp($wabaId: ID!) {
    subscribeAppToWaba(input: { wabaId: $wabaId }) {
      __typename
      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }
      ... on GraphApiError { reason }
    }
  }
`);

const ids = (body: { data?: { managedWabas: { edges: { node: { id: string } }[] } } | null }) => body.data?.managedWabas.edges.map((e) => e.node.id);

describe("the business's WABAs (operator callers)", () => {
  it("reads a page of WABAs with each one's first page of numbers in one round trip (field expansion on the business edge)", async () => {
    const r = await execute(gw.yoga, ManagedWabas, { relation: "CLIENT", first: 2 });
    expect(r.body.errors).toBeUndefined();
    const edges = r.body.data?.managedWabas.edges ?? [];
    expect(edges.map((e) => e.node.id)).toEqual([NEW_CLIENT_WABA_ID, DEMO_WABA_ID]);
    expect(edges[0]?.node.phoneNumbers.edges).toEqual([]);
    expect(edges[1]?.node).toMatchObject({ name: "Lucky Shrub", ownershipType: "CLIENT_OWNED", phoneNumbers: { pageInfo: { hasNextPage: true } } });
    expect(edges[1]?.node.phoneNumbers.edges).toHaveLength(2);
    expect(r.body.data?.managedWabas.pageInfo.hasNextPage).toBe(true);

    expect(ctx.sim.log.count).toBe(1);
    const [sent] = ctx.sim.log.entries;
    expect(sent?.path).toBe(`/v26.0/${DEMO_BUSINESS_ID}/client_whatsapp_business_accounts`);
    expect(sent?.query).toMatchObject({ limit: "2", fields: "id,name,ownership_type,phone_numbers.limit(2){display_phone_number,id}" });
  });

  it("lists the owned WABAs from the owned edge, and pages on with Meta's cursors", async () => {
    const owned = await execute(gw.yoga, ManagedIds, { relation: "OWNED" });
    expect(ids(owned.body)).toEqual([SECOND_WABA_ID, EMPTY_WABA_ID]);
    expect(ctx.sim.log.entries[0]?.path).toBe(`/v26.0/${DEMO_BUSINESS_ID}/owned_whatsapp_business_accounts`);
    expect(owned.body.data?.managedWabas.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await execute(gw.yoga, ManagedIds, { relation: "CLIENT", first: 100, after });
      seen.push(...(ids(page.body) ?? []));
      if (!page.body.data?.managedWabas.pageInfo.hasNextPage) break;
      after = page.body.data.managedWabas.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual([NEW_CLIENT_WABA_ID, DEMO_WABA_ID, ...Array.from({ length: 150 }, (_, w) => benchWabaId(w))]);
    // Never more than Meta's 100 a page.
    expect(sentReads(ctx.sim.log.entries).every((s) => Number(s.query.limit ?? 0) <= 100)).toBe(true);
  });

  it("refuses a page size Meta would refuse, sending nothing", async () => {
    for (const first of [0, 101, -1]) {
      const r = await execute(gw.yoga, ManagedIds, { relation: "CLIENT", first });
      expect(codes(r.body)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(ctx.sim.log.count).toBe(0);
  });

  it("reads each listed WABA's subscribed apps in one more round trip, and shows a new subscription at once (the cached page is dropped)", async () => {
    const before = await execute(gw.yoga, WithApps, {});
    expect(before.body.data?.managedWabas.edges.map((e) => e.node.subscribedApps.length)).toEqual([0, 1]);
    // The business page, then one batch call with both WABAs' subscribed_apps slots.
    expect(ctx.sim.log.count).toBe(2);
    expect(ctx.sim.log.entries[1]?.batch?.map((s) => s.endpoint)).toEqual(["subscribed_apps", "subscribed_apps"]);

    const again = await execute(gw.yoga, WithApps, {});
    expect(again.body).toEqual(before.body);
    expect(ctx.sim.log.count).toBe(2);

    const subscribed = await execute(gw.yoga, Subscribe, { wabaId: NEW_CLIENT_WABA_ID });
    expect(subscribed.body.data?.subscribeAppToWaba).toMatchObject({
      __typename: "SubscribeAppToWabaSuccess",
      waba: { id: NEW_CLIENT_WABA_ID, subscribedApps: [{ id: expect.any(String), name: "waba-gateway demo app" }] },
    });
    const posts = ctx.sim.log.entries.filter((e) => e.method === "POST" && e.endpoint === "subscribe_app");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toBeUndefined();

    const after = await execute(gw.yoga, WithApps, {});
    expect(after.body.data?.managedWabas.edges.map((e) => e.node.subscribedApps.length)).toEqual([1, 1]);
  });
});

const SECRET = "a-test-secret-that-is-at-least-32-bytes-long";
const LUCKY_KEY = "wgk_lucky-shrub-onboarding";
const BENCH_KEY = "wgk_three-bench-wabas";
const sha = (key: string) => createHash("sha256").update(key).digest();
const clients: ApiClient[] = [
  { keyHash: sha(LUCKY_KEY), caller: { name: "lucky", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
  {
    keyHash: sha(BENCH_KEY),
    caller: { name: "bench-tenant", kind: "api-key", wabaIds: new Set([benchWabaId(5), benchWabaId(120), benchWabaId(149)]), scopes: new Set(["read"]) },
  },
];
const tenantGateway = () => gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients, jwt: { secret: SECRET } } });

describe("the business's WABAs (tenants)", () => {
  it("shows a tenant only its own WABAs, reading nothing of the others but their ids", async () => {
    const { yoga } = tenantGateway();
    const r = await execute(yoga, ManagedWabas, { relation: "CLIENT", first: 10 }, { "x-api-key": LUCKY_KEY });
    expect(r.body.errors).toBeUndefined();
    expect(ids(r.body)).toEqual([DEMO_WABA_ID]);
    expect(r.body.data?.managedWabas.pageInfo.hasNextPage).toBe(false);
    const reads = sentReads(ctx.sim.log.entries);
    // The business's list by id only (two of Meta's pages of 100), then Lucky Shrub's WABA with its numbers expanded.
    expect(reads.filter((s) => s.endpoint === "client_whatsapp_business_accounts").map((s) => s.query.fields)).toEqual(["id", "id"]);
    expect(reads.filter((s) => s.endpoint !== "client_whatsapp_business_accounts").map(objectOf)).toEqual([DEMO_WABA_ID]);
    expect(reads.some((s) => objectOf(s) === NEW_CLIENT_WABA_ID)).toBe(false);
    await yoga.dispose();
  });

  it("pages through a tenant's WABAs spread over Meta's pages, with cursors that resume exactly", async () => {
    const { yoga } = tenantGateway();
    const headers = { "x-api-key": BENCH_KEY };
    const first = await execute(yoga, ManagedIds, { relation: "CLIENT", first: 2 }, headers);
    expect(ids(first.body)).toEqual([benchWabaId(5), benchWabaId(120)]);
    expect(first.body.data?.managedWabas.pageInfo.hasNextPage).toBe(true);
    const second = await execute(yoga, ManagedIds, { relation: "CLIENT", first: 2, after: first.body.data?.managedWabas.pageInfo.endCursor }, headers);
    expect(ids(second.body)).toEqual([benchWabaId(149)]);
    expect(second.body.data?.managedWabas.pageInfo.hasNextPage).toBe(false);
    // Nothing but ids of WABAs outside the tenant's three was asked for.
    const outside = sentReads(ctx.sim.log.entries).filter((s) => !s.endpoint.endsWith("whatsapp_business_accounts"));
    expect(new Set(outside.map(objectOf))).toEqual(new Set([benchWabaId(5), benchWabaId(120), benchWabaId(149)]));
    await yoga.dispose();
  });

  it("hands a tenant only sealed cursors: none reveals a WABA id outside its own, and one not issued by the gateway is refused (issue 22, finding 9)", async () => {
    const { yoga } = tenantGateway();
    const headers = { "x-api-key": BENCH_KEY };
    const first = await execute(yoga, ManagedIds, { relation: "CLIENT", first: 1 }, headers);
    const second = await execute(yoga, ManagedIds, { relation: "CLIENT", first: 1, after: first.body.data?.managedWabas.pageInfo.endCursor }, headers);
    expect([...(ids(first.body) ?? []), ...(ids(second.body) ?? [])]).toEqual([benchWabaId(5), benchWabaId(120)]);
    const cursors = [first, second].flatMap((r) => [...(r.body.data?.managedWabas.edges.map((e) => e.cursor) ?? []), r.body.data?.managedWabas.pageInfo.endCursor ?? ""]);
    // Every layer a cursor could be read as: itself, base64url, and the JSON of the gateway's middle cursors inside.
    const layers = (text: string): string[] => {
      const decoded = Buffer.from(text.replace(/^[a-z]+\./, ""), "base64url").toString("latin1");
      return [text, decoded, ...(decoded.startsWith("[") ? layers(String((JSON.parse(decoded) as unknown[])[0])) : [])];
    };
    const mine = new Set([benchWabaId(5), benchWabaId(120), benchWabaId(149)]);
    for (const c of cursors) {
      expect(c).toMatch(/^gws\./);
      for (const layer of layers(c)) for (const id of layer.match(/\d{12,}/g) ?? []) expect(mine.has(id), `${id} in a cursor`).toBe(true);
    }
    // Meta's own cursor (naming a position, here another tenant's WABA) is not a cursor of this list.
    const forged = await execute(yoga, ManagedIds, { relation: "CLIENT", first: 1, after: Buffer.from(`QVFI:${DEMO_WABA_ID}`).toString("base64url") }, headers);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await yoga.dispose();
  });

  it("answers a tenant with no WABAs an empty page without calling Meta, and a tenant with none of that relation an empty page", async () => {
    const { yoga } = tenantGateway();
    const nobody = await new SignJWT({ waba_ids: [], scope: "read", sub: "nobody" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    const empty = await execute(yoga, ManagedIds, { relation: "CLIENT" }, { authorization: `Bearer ${nobody}` });
    expect(empty.body.data?.managedWabas).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(ctx.sim.log.count).toBe(0);
    const lucky = await execute(yoga, ManagedIds, { relation: "OWNED" }, { "x-api-key": LUCKY_KEY });
    expect(lucky.body.data?.managedWabas.edges).toEqual([]);
    await yoga.dispose();
  });
});

describe("without GRAPH_API_BUSINESS_ID", () => {
  it("says which variable an operator must set, and sends nothing", async () => {
    const { yoga } = gatewayFor(ctx.sim, { businessId: undefined });
    const r = await execute(yoga, ManagedIds, { relation: "CLIENT" });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_CONFIGURED", variable: "GRAPH_API_BUSINESS_ID" });
    expect(r.body.errors?.[0]?.message).toContain("GRAPH_API_BUSINESS_ID");
    expect(ctx.sim.log.count).toBe(0);
    await yoga.dispose();
  });
});
