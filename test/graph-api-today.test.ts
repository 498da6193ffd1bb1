import { createHash } from "node:crypto";
import { request } from "undici";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { isUnknownVersion, retirementOf, VERSIONS } from "../src/graph-api/versions.js";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { objectOf, sentReads, useSimulator } from "./helpers/simulator.js";

// Graph API as Meta answers since 27 Oct 2026 (graph-api.md §4, §8, §12): no `?ids=`, version-dependent field names.
const ctx = useSimulator();

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

async function run(gw: TestGateway, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const r = await gw.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as Answer;
}

/** A raw call to the simulator, as Meta's clients make it. */
async function raw(path: string, init: { method?: "GET" | "POST"; body?: string; contentType?: string } = {}) {
  const r = await request(`${ctx.sim.url}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${ctx.sim.token}`, ...(init.contentType ? { "content-type": init.contentType } : {}) },
    body: init.body,
  });
  return { status: r.statusCode, body: (await r.body.json()) as Record<string, unknown> & { error?: { code?: number; message?: string } } };
}

const codesOf = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.code);

describe("the simulator refuses what Meta refuses today", () => {
  for (const version of ["v21.0", "v23.0", "v26.0"]) {
    it(`answers ?ids= on ${version} with HTTP 500, code 100, "deprecated in v26.0+"`, async () => {
      const r = await raw(`/${version}/?ids=${DEMO_PHONE_ID},${DEMO_UNVERIFIED_PHONE_ID}&fields=id`);
      expect(r.status).toBe(500);
      expect(r.body.error).toMatchObject({ code: 100, type: "OAuthException", message: "The ids query parameter is deprecated in v26.0+." });
    });
  }

  it("refuses ?ids= inside a batch slot too, and answers slots as {code, headers, body-as-string}", async () => {
    const batch = JSON.stringify([
      { method: "GET", relative_url: `?ids=${DEMO_PHONE_ID}&fields=id` },
      { method: "GET", relative_url: `${DEMO_PHONE_ID}?fields=id` },
    ]);
    const r = await raw("/v26.0/", { method: "POST", body: new URLSearchParams({ batch }).toString(), contentType: "application/x-www-form-urlencoded" });
    expect(r.status).toBe(200);
    const slots = r.body as unknown as { code: number; headers: { name: string; value: string }[]; body: string }[];
    expect(slots[0]?.code).toBe(500);
    expect(JSON.parse(slots[0]?.body ?? "{}").error).toMatchObject({ code: 100, message: "The ids query parameter is deprecated in v26.0+." });
    expect(slots[1]?.code).toBe(200);
    expect(typeof slots[1]?.body).toBe("string");
    expect(JSON.parse(slots[1]?.body ?? "{}")).toEqual({ id: DEMO_PHONE_ID });
    expect(slots[1]?.headers).toContainEqual({ name: "Content-Type", value: "application/json; charset=UTF-8" });
  });

  it("names the messaging limit by the path's version: the v24+ name is a nonexisting field on v23.0", async () => {
    const old = await raw(`/v23.0/${DEMO_PHONE_ID}?fields=whatsapp_business_manager_messaging_limit`);
    expect(old.status).toBe(400);
    expect(old.body.error?.code).toBe(100);
    expect(old.body.error?.message).toContain("nonexisting field (whatsapp_business_manager_messaging_limit)");
    expect((await raw(`/v23.0/${DEMO_PHONE_ID}?fields=messaging_limit_tier`)).body).toMatchObject({ messaging_limit_tier: "TIER_10K" });
    expect((await raw(`/v24.0/${DEMO_PHONE_ID}?fields=whatsapp_business_manager_messaging_limit`)).body).toMatchObject({ whatsapp_business_manager_messaging_limit: "TIER_10K" });
  });

  it("refuses a page limit above 100", async () => {
    const r = await raw(`/v26.0/${DEMO_WABA_ID}/phone_numbers?fields=id&limit=101`);
    expect(r.body.error?.code).toBe(100);
  });
});

describe("every read shape the gateway has works without ?ids=", () => {
  const LUCKY_KEY = "wgk_lucky-every-read-shape";
  const clients: ApiClient[] = [
    {
      keyHash: createHash("sha256").update(LUCKY_KEY).digest(),
      caller: { name: "lucky", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) },
    },
  ];

  it("reads numbers, WABAs, pages (plain, filtered, after, middle cursor, backwards), mutation results; no request or slot carries ids=", async () => {
    const open = gatewayFor(ctx.sim);
    // A caller limited to its WABAs adds the membership listing the gateway does for access checks.
    const tenant = gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients } });
    const asTenant = { "x-api-key": LUCKY_KEY };
    const answers: Answer[] = [];
    const read = async (gw: TestGateway, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
      const a = await run(gw, query, variables, headers);
      answers.push(a);
      return a;
    };
    const number = "id displayPhoneNumber verifiedName nameStatus newNameStatus certificate { value } codeVerificationStatus accountMode messagingLimit registration { state }";
    await read(open, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { ${number} } }`);
    await read(open, `{ phoneNumbers(ids: ["${DEMO_PHONE_ID}", "${DEMO_UNVERIFIED_PHONE_ID}"]) { ${number} } }`);
    await read(open, `{ waba(id: "${DEMO_WABA_ID}") { id name currency phoneNumbers(first: 3) { edges { cursor node { ${number} } } pageInfo { endCursor hasNextPage } } } }`);
    const first = await read(open, `{ wabas(ids: ["${DEMO_WABA_ID}", "${SECOND_WABA_ID}"]) { name sandbox: phoneNumbers(first: 2, filter: { accountMode: SANDBOX }) { edges { node { id } } } live: phoneNumbers(first: 2, filter: { accountMode: LIVE }) { edges { node { id } } } } }`);
    expect(first.errors).toBeUndefined();
    const page = await read(open, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 3) { edges { cursor } pageInfo { endCursor startCursor } } } }`);
    const edges = ((page.data?.waba as { phoneNumbers: { edges: { cursor: string }[]; pageInfo: { endCursor: string } } }).phoneNumbers);
    await read(open, `query ($after: String) { waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 3, after: $after) { edges { node { id } } } } }`, { after: edges.pageInfo.endCursor });
    await read(open, `query ($after: String) { waba(id: "${DEMO_WABA_ID}") { name phoneNumbers(first: 3, after: $after) { edges { node { id } } } } }`, { after: edges.edges[1]?.cursor });
    await read(open, `query ($before: String) { waba(id: "${DEMO_WABA_ID}") { phoneNumbers(last: 2, before: $before) { edges { node { id } } } } }`, { before: edges.pageInfo.endCursor });
    await read(open, `mutation { requestVerificationCode(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename ... on RequestVerificationCodeSuccess { phoneNumber { ${number} } } } }`);
    await read(tenant, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } waba(id: "${DEMO_WABA_ID}") { name } }`, {}, asTenant);
    await read(tenant, `{ phoneNumbers(ids: ["${DEMO_PHONE_ID}", "${DEMO_UNVERIFIED_PHONE_ID}"]) { id verifiedName } }`, {}, asTenant);

    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    const reads = sentReads(ctx.sim.log.entries);
    expect(reads.length).toBeGreaterThan(10);
    expect(reads.some((r) => r.inBatch)).toBe(true);
    for (const r of reads) {
      for (const removed of ["ids", "debug", "date_format", "pretty"]) expect(r.query, `${r.path} carried ${removed}`).not.toHaveProperty(removed);
      if (r.method === "GET") expect(objectOf(r), `${r.path} names no object`).toMatch(/^\d+$/);
      if (r.query.limit) expect(Number(r.query.limit)).toBeLessThanOrEqual(100);
    }
    await open.yoga.dispose();
    await tenant.yoga.dispose();
  });
});

describe("version-dependent field names follow GRAPH_API_VERSION", () => {
  const limitQuery = `{ phoneNumber(id: "${DEMO_PHONE_ID}") { messagingLimit } waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 40) { edges { node { id messagingLimit } } } } }`;

  for (const [version, sent, limits] of [
    ["v23.0", "messaging_limit_tier", ["TIER_1K", "TIER_250"]],
    ["v24.0", "whatsapp_business_manager_messaging_limit", ["TIER_2K", "TIER_250"]],
  ] as const) {
    it(`asks ${version} for ${sent}, in node reads and in field expansion, and reads its vocabulary`, async () => {
      const gw = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version, accessToken: ctx.sim.token, timeoutMs: 5_000 } });
      const a = await run(gw, limitQuery);
      expect(a.errors).toBeUndefined();
      expect((a.data?.phoneNumber as { messagingLimit: string }).messagingLimit).toBe("TIER_10K");
      const seen = new Set((a.data?.waba as { phoneNumbers: { edges: { node: { messagingLimit: string } }[] } }).phoneNumbers.edges.map((e) => e.node.messagingLimit));
      for (const l of limits) expect(seen).toContain(l);
      const fields = sentReads(ctx.sim.log.entries).map((r) => r.query.fields ?? "").join(" ");
      expect(fields).toContain(sent);
      expect(fields).not.toContain(sent === "messaging_limit_tier" ? "whatsapp_business_manager_messaging_limit" : "messaging_limit_tier");
      await gw.yoga.dispose();
    });
  }

  it("defaults to v26.0 and says when a configured version is past Meta's end of availability", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(retirementOf("v26.0", now)).toBeUndefined();
    expect(retirementOf("v21.0", now)).toBeUndefined();
    expect(retirementOf("v20.0", now)).toContain("2026-09-24");
    expect(retirementOf("v19.0", now)).toContain("removed");
    expect(retirementOf("v21.0", new Date("2027-01-22T00:00:00Z"))).toContain("2027-01-21");
    // v26.0 and v27.0 have no end date yet; a version past v27.0 is one this gateway does not know.
    expect(VERSIONS["v27.0"]).toEqual({ released: "2026-11-04" });
    expect(retirementOf("v27.0", new Date("2030-01-01T00:00:00Z"))).toBeUndefined();
    expect(isUnknownVersion("v27.0")).toBe(false);
    expect(isUnknownVersion("v28.0")).toBe(true);
  });

  it("reads and writes on v27.0 as on v26.0, and the simulator refuses v27's asynchronous batch", async () => {
    const gw = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version: "v27.0", accessToken: ctx.sim.token, timeoutMs: 5_000 } });
    const r = await gw.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ a: phoneNumber(id: "${DEMO_PHONE_ID}") { id messagingLimit } b: phoneNumber(id: "${DEMO_UNVERIFIED_PHONE_ID}") { id } }` }),
    });
    expect(((await r.json()) as { data: unknown }).data).toEqual({ a: { id: DEMO_PHONE_ID, messagingLimit: "TIER_10K" }, b: { id: DEMO_UNVERIFIED_PHONE_ID } });
    expect(ctx.sim.log.entries.every((e) => e.path.startsWith("/v27.0/"))).toBe(true);
    await gw.yoga.dispose();
    const batch = await fetch(`${ctx.sim.url}/v27.0/`, {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.sim.token}`, "content-type": "application/json" },
      body: JSON.stringify({ batch: [{ method: "GET", relative_url: DEMO_PHONE_ID }], async: true }),
    });
    expect(batch.status).toBe(400);
  });
});

describe("errors blame the caller only for the caller's input", () => {
  it("answers Meta's #100 on a read the gateway built as UPSTREAM_ERROR, not BAD_USER_INPUT, and sends the removed-behaviour 500 once", async () => {
    const gw = gatewayFor(ctx.sim);
    ctx.sim.faults.add("node", { kind: "graph-error", error: { code: 100, status: 500, message: "The ids query parameter is deprecated in v26.0+." } });
    const a = await run(gw, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`);
    expect(codesOf(a)).toEqual(["UPSTREAM_ERROR"]);
    expect(a.errors?.[0]?.extensions).toMatchObject({ graphApiCode: 100 });
    expect(ctx.sim.log.count).toBe(1);
    await gw.yoga.dispose();
  });

  it("answers a cursor Meta refuses as BAD_USER_INPUT naming the argument", async () => {
    const gw = gatewayFor(ctx.sim);
    const a = await run(gw, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 2, after: "bm90LWEtY3Vyc29y") { edges { node { id } } } } }`);
    expect(codesOf(a)).toEqual(["BAD_USER_INPUT"]);
    expect(a.errors?.[0]?.extensions).toMatchObject({ argument: "after", graphApiCode: 100 });
    await gw.yoga.dispose();
  });
});

describe("page limits", () => {
  it("never asks Meta for more than 100, even when paging 100 after a cursor in the middle of Meta's page", async () => {
    const gw = gatewayFor(ctx.sim);
    const first = await run(gw, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 3) { edges { cursor node { id } } } } }`);
    const edges = (first.data?.waba as { phoneNumbers: { edges: { cursor: string; node: { id: string } }[] } }).phoneNumbers.edges;
    const all = await run(gw, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 100) { edges { node { id } } } } }`);
    const everyId = (all.data?.waba as { phoneNumbers: { edges: { node: { id: string } }[] } }).phoneNumbers.edges.map((e) => e.node.id);
    ctx.sim.log.clear();
    const rest = await run(gw, `query ($after: String) { waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }`, { after: edges[1]?.cursor });
    expect(rest.errors).toBeUndefined();
    const got = (rest.data?.waba as { phoneNumbers: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } }).phoneNumbers;
    expect(got.edges.map((e) => e.node.id)).toEqual(everyId.slice(2));
    expect(got.pageInfo.hasNextPage).toBe(false);
    expect(sentReads(ctx.sim.log.entries).map((r) => r.query.limit)).toEqual(["100"]);
    await gw.yoga.dispose();
  });
});

describe("usage headers hold calls back", () => {
  const busy = (wabaId: string) => JSON.stringify({ [wabaId]: [{ type: "whatsapp_business_management", call_count: 100, total_cputime: 30, total_time: 30, estimated_time_to_regain_access: 5 }] });

  it("learns a WABA's hold from a batch slot's headers (asked for with include_headers) and answers its next read without calling Meta", async () => {
    const gw = gatewayFor(ctx.sim);
    ctx.sim.faults.add("slot:node", { kind: "headers", headers: { "X-Business-Use-Case-Usage": busy(DEMO_WABA_ID) } });
    const a = await run(gw, `{ phoneNumbers(ids: ["${DEMO_PHONE_ID}", "${DEMO_UNVERIFIED_PHONE_ID}"]) { id } }`);
    expect(a.errors).toBeUndefined();
    expect(ctx.sim.log.entries[0]?.body).toMatchObject({ include_headers: "true" });
    ctx.sim.log.clear();
    const held = await run(gw, `{ waba(id: "${DEMO_WABA_ID}") { name } }`);
    expect(codesOf(held)).toEqual(["RATE_LIMITED"]);
    expect(held.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(290);
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });

  it("holds every call app-wide when X-App-Usage reaches 100 %: reads and mutations answer RATE_LIMITED without calling Meta", async () => {
    const gw = gatewayFor(ctx.sim);
    ctx.sim.faults.add("node", { kind: "headers", headers: { "X-App-Usage": JSON.stringify({ call_count: 100, total_cputime: 12, total_time: 14 }) } });
    expect((await run(gw, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`)).errors).toBeUndefined();
    ctx.sim.log.clear();
    const read = await run(gw, `{ waba(id: "${SECOND_WABA_ID}") { name } }`);
    expect(codesOf(read)).toEqual(["RATE_LIMITED"]);
    expect(read.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
    const mutation = await run(gw, `mutation { deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" }) { __typename ... on GraphApiError { reason retryAfterSeconds } } }`);
    expect(mutation.data?.deregisterPhoneNumber).toEqual({ __typename: "GraphApiError", reason: "RATE_LIMITED", retryAfterSeconds: 60 });
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });
});
