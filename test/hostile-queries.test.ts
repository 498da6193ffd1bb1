import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
// Every optimisation on: queries run compiled from their first run, the read cache on.
const gw = useGateway(ctx, { compileAfter: 1 });

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await gw.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const codesOf = (r: { json: () => { errors?: { extensions?: { code?: string } }[] } }) => (r.json().errors ?? []).map((e) => e.extensions?.code);

describe("hostile queries are bounded before any upstream call", () => {
  it("refuses more than 30 aliases", async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: phoneNumber(id: "${DEMO_PHONE_ID}") { id }`).join(" ");
    const r = await post({ query: `{ ${fields} }` });
    expect(codesOf(r)).toContain("QUERY_TOO_COMPLEX");
    expect(ctx.sim.log.count).toBe(0);
    const ok = await post({ query: `{ ${fields.split(" a30:")[0]} }` });
    expect(ok.json().errors).toBeUndefined();
  });

  it("counts a number's recentChanges as the 20 changes it can render (issue 25's noticed gap)", async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `"${String(1_000_000 + i)}"`).join(",");
    const changes = "recentChanges { kind event wabaId displayPhoneNumber rejectionReason requestedVerifiedName details receivedAt phoneNumber { id } }";
    const r = await post({ query: `{ phoneNumbers(ids: [${ids}]) { id ${changes} } }` });
    // 1 + 250 × (id + recentChanges (1 + 20 × 10 fields)) = 50,501: over the 50,000 bound only because each of the 20
    // changes counts (counted once, the same query was 3,001).
    expect(r.json().errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", cost: 1 + 250 * (1 + 1 + 20 * 10) });
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses queries nested deeper than the limit", async () => {
    let inner = "id";
    for (let i = 0; i < 13; i++) inner = `healthStatus { entities { id errors { errorCode } } } ... on PhoneNumber { ${inner} }`;
    const r = await post({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { healthStatus { entities { errors { errorCode } } } waba: id ${inner} } }` });
    expect(codesOf(r)).toContain("QUERY_TOO_COMPLEX");
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses documents with too many tokens", async () => {
    const r = await post({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { ${"id ".repeat(2500)} } }` });
    expect(codesOf(r)).toContain("QUERY_TOO_COMPLEX");
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses more than 250 ids and page sizes over 100", async () => {
    const ids = JSON.stringify(Array.from({ length: 251 }, (_, i) => String(1000 + i)));
    expect(codesOf(await post({ query: `{ phoneNumbers(ids: ${ids}) { id } }` }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await post({ query: `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 1000) { edges { cursor } } } }` }))).toEqual(["BAD_USER_INPUT"]);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("answers a body over 1 MB with 413", async () => {
    const r = await post({ query: "{ __typename }", variables: { pad: "x".repeat(1024 * 1024) } });
    expect(r.status).toBe(413);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses a chunked body over 1 MB with 413 too", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("has GraphQL-over-HTTP batching off", async () => {
    const r = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses requests a browser could send cross-site (CSRF) unless they carry the preflight header", async () => {
    const get = await gw.yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`)}`);
    expect(get.status).toBe(403);
    const form = await gw.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(form.status).toBe(403);
    expect(ctx.sim.log.count).toBe(0);
    const withHeader = await gw.yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`)}`, {
      headers: { "x-graphql-yoga-csrf": "1", accept: "application/json" },
    });
    expect(withHeader.status).toBe(200);
  });

  it("accepts mutations only over POST", async () => {
    const query = encodeURIComponent(`mutation { deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" }) { __typename } }`);
    const r = await gw.yoga.fetch(`http://yoga/graphql?query=${query}`, { headers: { "x-graphql-yoga-csrf": "1", accept: "application/json" } });
    expect(r.status).toBe(405);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("masks unexpected errors: no stack, path to a file, upstream URL or internal message", async () => {
    // Meta sending a value of the wrong type makes GraphQL's serializer throw inside the gateway: a real bug path.
    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    if (!phone) throw new Error("demo number missing");
    const before = phone.is_pin_enabled;
    phone.is_pin_enabled = "yes";
    try {
      const r = await post({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id isPinEnabled } }` });
      const body = JSON.parse(r.text) as { errors?: { message: string }[] };
      expect(body.errors?.map((e) => e.message)).toEqual(["Unexpected error."]);
      expect(r.text).not.toMatch(/cannot represent|at .*\.ts:\d+|node_modules|127\.0\.0\.1|"yes"/);
    } finally {
      phone.is_pin_enabled = before;
    }
  });

  it("turns introspection off when configured (production)", async () => {
    const closed = gatewayFor(ctx.sim, { introspection: false, graphiql: false });
    const r = await closed.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
    });
    expect(((await r.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    await closed.yoga.dispose();
  });
});

describe("an operation's cost counts what it renders (issue 22, finding 1)", () => {
  const PAGE = `phoneNumbers(first: 100) { edges { cursor node { id displayPhoneNumber verifiedName nameStatus qualityRating } } }`;
  const pages = (n: number) => Array.from({ length: n }, (_, i) => `p${i}: ${PAGE}`).join(" ");
  const AMPLIFY = `query ($ids: [ID!]!) { wabas(ids: $ids) { id ${pages(29)} } }`;

  it("refuses 29 aliased 100-number pages over 250 ids before any upstream call, with a few bytes naming the limit", async () => {
    for (const ids of [Array.from({ length: 250 }, () => DEMO_WABA_ID), Array.from({ length: 250 }, (_, i) => String(100000000000000 + i))]) {
      const r = await post({ query: AMPLIFY, variables: { ids } });
      expect(codesOf(r)).toEqual(["QUERY_TOO_COMPLEX"]);
      expect(r.json().errors?.[0]?.message).toMatch(/at most 50000 are allowed per operation/);
      expect(r.text.length).toBeLessThan(1_000);
      expect(ctx.sim.log.count).toBe(0);
    }
  });

  it("counts variables, aliases and fragments: the same page through a fragment and a page-size variable is refused alike", async () => {
    const query = `query ($ids: [ID!]!, $n: Int!) { wabas(ids: $ids) { ...Pages } } fragment Pages on WABA { ${Array.from({ length: 10 }, (_, i) => `p${i}: phoneNumbers(first: $n) { edges { node { id verifiedName } } }`).join(" ")} }`;
    const ids = Array.from({ length: 60 }, (_, i) => String(100000000000000 + i));
    expect(codesOf(await post({ query, variables: { ids, n: 100 } }))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(ctx.sim.log.count).toBe(0);
    // Smaller pages fit.
    const small = await post({ query, variables: { ids: [DEMO_WABA_ID, SECOND_WABA_ID], n: 5 } });
    expect(small.json().errors).toBeUndefined();
    // The same document counts again for each request's variables: a cheap run before never lets an expensive one through.
    expect(codesOf(await post({ query, variables: { ids: [DEMO_WABA_ID, SECOND_WABA_ID], n: 100 } }))).toEqual([]);
    ctx.sim.log.clear();
    // 15 WABAs × 10 pages of 100 numbers × 4 fields: about 60,000.
    expect(codesOf(await post({ query, variables: { ids: ids.slice(0, 15), n: 100 } }))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(codesOf(await post({ query, variables: { ids, n: 100 } }))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses an id named twice in one list, fetching nothing", async () => {
    for (const query of [`{ wabas(ids: ["${DEMO_WABA_ID}", "${DEMO_WABA_ID}"]) { id } }`, `{ phoneNumbers(ids: ["${DEMO_PHONE_ID}", "${DEMO_PHONE_ID}"]) { id } }`]) {
      const r = await post({ query });
      expect(codesOf(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.json().errors?.[0]?.message).toContain("more than once");
    }
    expect(ctx.sim.log.count).toBe(0);
  });

  it("serves what a dashboard asks: every field of full pages of two WABAs", async () => {
    const r = await post({
      query: `{ wabas(ids: ["${DEMO_WABA_ID}", "${SECOND_WABA_ID}"]) { id name a: phoneNumbers(first: 100) { edges { node { id displayPhoneNumber verifiedName nameStatus newNameStatus qualityRating codeVerificationStatus accountMode status platformType messagingLimit certificate { value nameStatus } registration { state nextAction } healthStatus { canSendMessage entities { entityType errors { errorCode } } } } } pageInfo { hasNextPage } } } }`,
    });
    expect(r.json().errors).toBeUndefined();
  });
});
