import { createHash, generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { AuthConfig } from "../src/auth/authenticate.js";
import type { ApiClient } from "../src/auth/clients-file.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { phonesOfWaba } from "../src/simulator/state.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { objectOf, sentReads, useSimulator } from "./helpers/simulator.js";
import { spawnGateway } from "./helpers/spawn-gateway.js";

const ctx = useSimulator();
const SECRET = "a-test-secret-that-is-at-least-32-bytes-long";
const LUCKY_KEY = "wgk_lucky-shrub-service-key";
const JASPER_KEY = "wgk_jaspers-market-read-only-key";
const sha = (key: string) => createHash("sha256").update(key).digest();

const clients: ApiClient[] = [
  { keyHash: sha(LUCKY_KEY), caller: { name: "lucky-backend", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
  { keyHash: sha(JASPER_KEY), caller: { name: "jasper-reporting", kind: "api-key", wabaIds: new Set([SECOND_WABA_ID]), scopes: new Set(["read"]) } },
];

let gw: TestGateway;
const jasperNumber = () => phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id ?? "";

beforeAll(() => {
  const auth: AuthConfig = { open: false, apiClients: clients, jwt: { secret: SECRET, issuer: "bsp-login", audience: "waba-gateway" } };
  // Every optimisation on: queries run compiled from their first run (GATEWAY_COMPILE_AFTER=1), the read cache on.
  gw = gatewayFor(ctx.sim, { auth, compileAfter: 1 });
});
afterAll(() => gw.yoga.dispose());

async function call(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  const r = await gw.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };
  return { status: r.status, body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

const jwt = (claims: Record<string, unknown>, expiresIn: string | number = "5m", key: Uint8Array = new TextEncoder().encode(SECRET)) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer("bsp-login").setAudience("waba-gateway").setSubject("partner-7").setIssuedAt().setExpirationTime(expiresIn).sign(key);

const lucky = { "x-api-key": LUCKY_KEY };
const jasper = { "x-api-key": JASPER_KEY };

describe("authentication", () => {
  it("answers missing or bad credentials with 401 UNAUTHENTICATED, sending nothing upstream", async () => {
    for (const headers of [{}, { "x-api-key": "wgk_guessed" }, { authorization: "Bearer not-a-jwt" }, { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }] as Record<string, string>[]) {
      const r = await call(`{ waba(id: "${DEMO_WABA_ID}") { name } }`, headers);
      expect(r.status).toBe(401);
      expect(r.codes).toEqual(["UNAUTHENTICATED"]);
    }
    expect(ctx.sim.log.count).toBe(0);
  });

  it("accepts a valid HS256 JWT with waba_ids and scope claims", async () => {
    const token = await jwt({ waba_ids: [SECOND_WABA_ID], scope: "read" });
    const r = await call(`{ waba(id: "${SECOND_WABA_ID}") { name } }`, { authorization: `Bearer ${token}` });
    expect(r.body.data).toEqual({ waba: { name: "Jasper's Market" } });
  });

  it("refuses expired, tampered, unsigned, wrongly issued and expiry-less JWTs", async () => {
    const expired = await jwt({ waba_ids: [SECOND_WABA_ID], scope: "read" }, Math.floor(Date.now() / 1000) - 60);
    const good = await jwt({ waba_ids: [SECOND_WABA_ID], scope: "read" });
    const [h, p, sig] = good.split(".");
    const widened = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p ?? "", "base64url").toString()), waba_ids: [DEMO_WABA_ID] })).toString("base64url");
    const tampered = `${h}.${widened}.${sig}`;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${widened}.`;
    const otherKey = await jwt({ waba_ids: [DEMO_WABA_ID], scope: "read" }, "5m", new TextEncoder().encode("another-secret-that-is-also-32-bytes-long!"));
    const noExp = await new SignJWT({ waba_ids: [DEMO_WABA_ID], scope: "read", sub: "partner-7" }).setProtectedHeader({ alg: "HS256" }).setIssuer("bsp-login").setAudience("waba-gateway").sign(new TextEncoder().encode(SECRET));
    const wrongIssuer = await new SignJWT({ waba_ids: [DEMO_WABA_ID], scope: "read", sub: "partner-7" }).setProtectedHeader({ alg: "HS256" }).setIssuer("someone-else").setAudience("waba-gateway").setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    for (const token of [expired, tampered, unsigned, otherKey, noExp, wrongIssuer]) {
      const r = await call(`{ waba(id: "${DEMO_WABA_ID}") { name } }`, { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.codes).toEqual(["UNAUTHENTICATED"]);
    }
    expect(ctx.sim.log.count).toBe(0);
  });

  it("verifies RS256 tokens against a JWKS URL and refuses an HS256 token signed with the public key (algorithm confusion)", async () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    const rs = gatewayFor(ctx.sim, { auth: { open: false, apiClients: [], jwt: { jwksUrl } } });
    const token = await new SignJWT({ waba_ids: [SECOND_WABA_ID], scope: "read", sub: "jasper-frontend" }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setExpirationTime("5m").sign(privateKey);
    const ok = await rs.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: `{ waba(id: "${SECOND_WABA_ID}") { name } }` }) });
    expect(((await ok.json()) as { data: unknown }).data).toEqual({ waba: { name: "Jasper's Market" } });
    const confused = await new SignJWT({ waba_ids: [DEMO_WABA_ID], scope: "read", sub: "partner-7" }).setProtectedHeader({ alg: "HS256", kid: "k1" }).setExpirationTime("5m").sign(new TextEncoder().encode(publicKey.export({ type: "spki", format: "pem" }).toString()));
    const refused = await rs.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${confused}` }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(refused.status).toBe(401);
    await rs.yoga.dispose();
    server.close();
  });
});

describe("authorization, two tenants", () => {
  it("lets a caller read its own WABA and numbers, and answers another tenant's with null and FORBIDDEN, never fetched", async () => {
    const own = await call(`{ waba(id: "${DEMO_WABA_ID}") { name } phoneNumber(id: "${DEMO_PHONE_ID}") { displayPhoneNumber } }`, lucky);
    expect(own.body.data).toEqual({ waba: { name: "Lucky Shrub" }, phoneNumber: { displayPhoneNumber: "+1 631-555-1111" } });

    ctx.sim.log.clear();
    const other = jasperNumber();
    const r = await call(`{ waba(id: "${SECOND_WABA_ID}") { name } phoneNumber(id: "${other}") { displayPhoneNumber certificate { value } } mine: waba(id: "${DEMO_WABA_ID}") { name } }`, lucky);
    expect(r.body.data).toEqual({ waba: null, phoneNumber: null, mine: { name: "Lucky Shrub" } });
    expect(r.codes.sort()).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const sent = JSON.stringify(ctx.sim.log.entries.map((e) => [e.path, e.query]));
    expect(sent).not.toContain(SECOND_WABA_ID);
    expect(sent).not.toContain(other);
  });

  it("filters lists per item, through aliases too, without fetching refused items", async () => {
    const other = jasperNumber();
    ctx.sim.log.clear();
    const r = await call(
      `query ($w: [ID!]!, $p: [ID!]!) { a: wabas(ids: $w) { id } b: phoneNumbers(ids: $p) { id } c: phoneNumbers(ids: [$p[0]]) { id } }`.replace("[$p[0]]", `["${other}"]`),
      lucky,
      { w: [SECOND_WABA_ID, DEMO_WABA_ID], p: [other, DEMO_PHONE_ID] },
    );
    expect(r.body.data).toEqual({ a: [null, { id: DEMO_WABA_ID }], b: [null, { id: DEMO_PHONE_ID }], c: [null] });
    expect(r.codes).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    const reads = sentReads(ctx.sim.log.entries).map(objectOf);
    expect([...new Set(reads)].sort()).toEqual([DEMO_PHONE_ID, DEMO_WABA_ID].sort());
  });

  it("needs the manage scope and a number within the caller's WABAs for mutations", async () => {
    const mutation = `mutation ($id: ID!) { deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ForbiddenError { message missingScopes } } }`;
    ctx.sim.log.clear();
    // A refusal is a typed result of the mutation (not an error entry that would null the whole data).
    const readOnly = await call(mutation, jasper, { id: jasperNumber() });
    expect(readOnly.body.data).toEqual({ deregisterPhoneNumber: { __typename: "ForbiddenError", message: expect.stringContaining("'manage' scope"), missingScopes: ["manage"] } });
    const foreign = await call(mutation, lucky, { id: jasperNumber() });
    expect(foreign.body.data).toEqual({ deregisterPhoneNumber: { __typename: "ForbiddenError", message: expect.stringContaining("not in the caller's WABAs"), missingScopes: [] } });
    expect([...readOnly.codes, ...foreign.codes]).toEqual([]);
    expect(ctx.sim.log.entries.filter((e) => e.method === "POST")).toHaveLength(0);

    const allowed = await call(mutation, lucky, { id: "1090000000000005" });
    expect(allowed.body.data).toEqual({ deregisterPhoneNumber: { __typename: "DeregisterPhoneNumberSuccess" } });
    const audit = gw.logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.audit === true && l.phoneNumberId === "1090000000000005");
    expect(audit).toMatchObject({ caller: "lucky-backend", wabaId: DEMO_WABA_ID, action: "deregisterPhoneNumber", outcome: "success" });
    expect(gw.logs.text).not.toContain(LUCKY_KEY);
  });

  it("never hides a mutation that reached Meta behind a sibling's refusal: each field answers for itself", async () => {
    const own = "1090000000000006";
    const mutation = `mutation ($own: ID!, $other: ID!) {
      a: requestVerificationCode(input: { phoneNumberId: $own, codeMethod: SMS, language: "en_US" }) { __typename ... on Error { message } }
      b: deregisterPhoneNumber(input: { phoneNumberId: $other }) { __typename ... on Error { message } }
    }`;
    ctx.sim.log.clear();
    const r = await call(mutation, lucky, { own, other: jasperNumber() });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ a: { __typename: "RequestVerificationCodeSuccess" }, b: { __typename: "ForbiddenError", message: expect.any(String) } });
    // a reached Meta (and its audit line says so); b sent nothing.
    expect(ctx.sim.log.entries.filter((e) => e.method === "POST").map((e) => e.path)).toEqual([expect.stringContaining(`${own}/request_code`)]);
  });

  it("learns a caller's numbers once and reuses the list briefly", async () => {
    // A gateway of its own: the lists earlier tests learnt (and their mutations dropped) do not count here.
    const shared = gw;
    gw = gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients, jwt: { secret: SECRET, issuer: "bsp-login", audience: "waba-gateway" } }, compileAfter: 1 });
    onTestFinished(async () => {
      await gw.yoga.dispose();
      gw = shared;
    });
    ctx.sim.log.clear();
    await call(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`, { authorization: `Bearer ${await jwt({ waba_ids: [DEMO_WABA_ID, SECOND_WABA_ID], scope: "read" })}` });
    const listings = ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers").length;
    expect(listings).toBeGreaterThanOrEqual(2);
    ctx.sim.log.clear();
    await call(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`, { authorization: `Bearer ${await jwt({ waba_ids: [SECOND_WABA_ID, DEMO_WABA_ID], scope: "read" })}` });
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers")).toHaveLength(0);
  });

  it("refuses a JWT caller without the read scope", async () => {
    const token = await jwt({ waba_ids: [DEMO_WABA_ID], scope: "manage" });
    const r = await call(`{ waba(id: "${DEMO_WABA_ID}") { name } }`, { authorization: `Bearer ${token}` });
    expect(r.codes).toEqual(["FORBIDDEN"]);
  });
});

describe("secure by default", () => {
  it("refuses to start with a real token and no authentication configured", async () => {
    await expect(spawnGateway({ GRAPH_API_ACCESS_TOKEN: "EAAG-real-looking-token" })).rejects.toThrow(/GATEWAY_CLIENTS_FILE[\s\S]*GATEWAY_AUTH=none/);
  });
});
