import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { createSimulator } from "../src/simulator/server.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Issue 11: with the defaults a user gets (read cache on), the gateway never answers a caller the same request
// without the cache would refuse, never answers a mutation without calling Meta, and says what to fix.
const ctx = useSimulator();
const SECRET = "never-lies-secret-that-is-at-least-32-bytes";
const LUCKY_KEY = "wgk_lucky-manage";
const READER_KEY = "wgk_lucky-read-only";
const sha = (key: string) => createHash("sha256").update(key).digest();
const clients: ApiClient[] = [
  { keyHash: sha(LUCKY_KEY), caller: { name: "lucky-backend", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
  { keyHash: sha(READER_KEY), caller: { name: "lucky-reports", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read"]) } },
];
const secured = () => gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients, jwt: { secret: SECRET } } });
const jwt = (wabaIds: string[], exp: string | number = "5m") =>
  new SignJWT({ waba_ids: wabaIds, scope: "read manage" }).setProtectedHeader({ alg: "HS256" }).setSubject("partner").setIssuedAt().setExpirationTime(exp).sign(new TextEncoder().encode(SECRET));

interface Answer {
  status: number;
  text: string;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(gw: TestGateway, query: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): Promise<Answer> {
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, ...extra }) });
  const text = await r.text();
  return { status: r.status, text, headers: r.headers, body: JSON.parse(text) as Answer["body"] };
}
const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);
const upstream = () => ctx.sim.log.entries.filter((e) => !e.endpoint.startsWith("onprem:"));
const auditLines = (gw: TestGateway) => gw.logs.lines.filter((l) => l.includes('"audit":true')).map((l) => JSON.parse(l) as Record<string, unknown>);
const operationLines = (gw: TestGateway) => gw.logs.lines.filter((l) => l.includes('"msg":"operation"')).map((l) => JSON.parse(l) as Record<string, unknown>);

describe("a warm cache answers no caller whom the same request without it would refuse", () => {
  const TENANT_READ = `{ waba(id: "${DEMO_WABA_ID}") { name phoneNumbers(first: 5) { edges { node { id certificate { value } } } } } }`;

  it("refuses every variant of the empty-header trick, expired and foreign tokens, with the cache on and warm", async () => {
    const gw = secured();
    const tenant = `Bearer ${await jwt([DEMO_WABA_ID])}`;
    const warm = await post(gw, TENANT_READ, { authorization: tenant });
    expect(warm.body.errors).toBeUndefined();
    expect(warm.text).toContain("Lucky Shrub");
    expect(await post(gw, TENANT_READ, { authorization: tenant })).toMatchObject({ status: 200 });
    ctx.sim.log.clear();

    const variants: [string, Record<string, string>, number, string][] = [
      ["no credentials", {}, 401, "UNAUTHENTICATED"],
      ["the tenant's JWT beside an empty x-api-key", { authorization: tenant, "x-api-key": "" }, 401, "UNAUTHENTICATED"],
      ["an empty x-api-key alone", { "x-api-key": "" }, 401, "UNAUTHENTICATED"],
      ["a whitespace x-api-key", { "x-api-key": "   " }, 401, "UNAUTHENTICATED"],
      ["Bearer garbage", { authorization: "Bearer garbage" }, 401, "UNAUTHENTICATED"],
      ["the tenant's JWT, expired", { authorization: `Bearer ${await jwt([DEMO_WABA_ID], Math.floor(Date.now() / 1000) - 3)}` }, 401, "UNAUTHENTICATED"],
      ["no credentials with If-None-Match", { "if-none-match": 'W/"anything"' }, 401, "UNAUTHENTICATED"],
    ];
    for (const [name, headers, status, code] of variants) {
      const a = await post(gw, TENANT_READ, headers);
      expect(a.status, name).toBe(status);
      expect(codes(a), name).toEqual([code]);
      expect(a.text, name).not.toContain("Lucky Shrub");
    }
    const other = await post(gw, TENANT_READ, { authorization: `Bearer ${await jwt([SECOND_WABA_ID])}` });
    expect(other.body.data?.waba).toBeNull();
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    expect(other.text).not.toContain("Lucky Shrub");
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });

  it("never answers 304: no ETag is handed out, and If-None-Match from an authenticated caller still gets the data", async () => {
    const gw = secured();
    const first = await post(gw, TENANT_READ, { "x-api-key": LUCKY_KEY });
    expect(first.headers.get("etag")).toBeNull();
    const again = await post(gw, TENANT_READ, { "x-api-key": LUCKY_KEY, "if-none-match": "*" });
    expect(again.status).toBe(200);
    expect(again.text).toContain("Lucky Shrub");
    await gw.yoga.dispose();
  });

  it("serves a tenant's repeated read from Meta's cached answer (no upstream call) and logs it as cached", async () => {
    const gw = secured();
    await post(gw, TENANT_READ, { "x-api-key": LUCKY_KEY }, { operationName: null });
    ctx.sim.log.clear();
    const again = await post(gw, `query Again ${TENANT_READ}`, { "x-api-key": LUCKY_KEY });
    expect(again.text).toContain("Lucky Shrub");
    expect(upstream()).toHaveLength(0);
    expect(operationLines(gw).at(-1)).toMatchObject({ operationName: "Again", operationType: "query", cached: true });
    await gw.yoga.dispose();
  });
});

describe("mutations always reach Meta and are audited", () => {
  it("sends a repeated requestVerificationCode to Meta each time, with an audit line each", async () => {
    const gw = gatewayFor(ctx.sim);
    const m = `mutation { requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`;
    for (let i = 0; i < 3; i++) expect((await post(gw, m)).body.data?.requestVerificationCode).toEqual({ __typename: "RequestVerificationCodeSuccess" });
    expect(upstream().filter((e) => e.endpoint === "request_code")).toHaveLength(3);
    expect(auditLines(gw).filter((l) => l.action === "requestVerificationCode")).toHaveLength(3);
    await gw.yoga.dispose();
  });

  it("sends every number mutation, repeated, to Meta each time with an audit line each (cache on)", async () => {
    const gw = gatewayFor(ctx.sim);
    const mutations: [string, string, string][] = [
      ["phone_update", "setTwoStepVerificationPin", `setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "112233" })`],
      ["request_code", "requestVerificationCode", `requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: VOICE, language: "en_US" })`],
      ["verify_code", "verifyCode", `verifyCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", code: "123456" })`],
      ["register", "registerPhoneNumber", `registerPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "112233" })`],
      ["deregister", "deregisterPhoneNumber", `deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" })`],
    ];
    for (const [, , m] of mutations) for (let i = 0; i < 2; i++) await post(gw, `mutation { ${m} { __typename } }`);
    for (const [endpoint, action] of mutations) {
      expect(upstream().filter((e) => e.endpoint === endpoint), endpoint).toHaveLength(2);
      expect(auditLines(gw).filter((l) => l.action === action), action).toHaveLength(2);
    }
    await gw.yoga.dispose();
  });

  it("walks the README's registration out of order with the cache on: each step reaches Meta and reads fresh", async () => {
    const gw = gatewayFor(ctx.sim);
    const state = `{ phoneNumber(id: "${WALKTHROUGH_PHONE_ID}") { codeVerificationStatus platformType registration { state } } }`;
    const register = `mutation Register { registerPhoneNumber(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", pin: "246810" }) { __typename ... on GraphApiError { reason } ... on RegisterPhoneNumberSuccess { phoneNumber { platformType registration { state } } } } }`;
    const deregister = `mutation Deregister { deregisterPhoneNumber(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}" }) { __typename ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType registration { state } } } } }`;
    expect((await post(gw, state)).body.data?.phoneNumber).toMatchObject({ registration: { state: "NEEDS_VERIFICATION" } });
    // Register before verifying: Meta refuses, and the same press after verifying is not answered from anything stale.
    expect((await post(gw, register)).body.data?.registerPhoneNumber).toEqual({ __typename: "GraphApiError", reason: "NOT_VERIFIED" });
    await post(gw, `mutation { requestVerificationCode(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`);
    await post(gw, `mutation { verifyCode(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", code: "123456" }) { __typename } }`);
    expect((await post(gw, state)).body.data?.phoneNumber).toMatchObject({ codeVerificationStatus: "VERIFIED", registration: { state: "READY_TO_REGISTER" } });
    expect((await post(gw, register)).body.data?.registerPhoneNumber).toEqual({ __typename: "RegisterPhoneNumberSuccess", phoneNumber: { platformType: "CLOUD_API", registration: { state: "REGISTERED_CLOUD_API" } } });
    expect((await post(gw, deregister)).body.data?.deregisterPhoneNumber).toMatchObject({ phoneNumber: { platformType: "NOT_APPLICABLE" } });
    expect((await post(gw, state)).body.data?.phoneNumber).toMatchObject({ registration: { state: "READY_TO_REGISTER" } });
    expect((await post(gw, register)).body.data?.registerPhoneNumber).toMatchObject({ __typename: "RegisterPhoneNumberSuccess", phoneNumber: { platformType: "CLOUD_API" } });
    expect((await post(gw, state)).body.data?.phoneNumber).toMatchObject({ platformType: "CLOUD_API" });
    expect(upstream().filter((e) => e.endpoint === "register")).toHaveLength(3);
    expect(upstream().filter((e) => e.endpoint === "deregister")).toHaveLength(1);
    expect(auditLines(gw).map((l) => [l.action, l.outcome])).toEqual([
      ["registerPhoneNumber", "NOT_VERIFIED"],
      ["requestVerificationCode", "success"],
      ["verifyCode", "success"],
      ["registerPhoneNumber", "success"],
      ["deregisterPhoneNumber", "success"],
      ["registerPhoneNumber", "success"],
    ]);
    await gw.yoga.dispose();
  });

  it("drops cached views of the number after an unknown outcome, and keeps them after a clean refusal", async () => {
    const gw = gatewayFor(ctx.sim);
    const read = `{ phoneNumber(id: "${DEMO_PHONE_ID}") { isPinEnabled status } }`;
    await post(gw, read);
    ctx.sim.log.clear();
    // A clean refusal (Meta said no, nothing changed): the cached view stands.
    ctx.sim.faults.add("phone_update", { kind: "graph-error", error: { code: 131009, message: "Parameter value is not valid" } });
    await post(gw, `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "121212" }) { __typename } }`);
    await post(gw, read);
    expect(upstream().map((e) => e.endpoint)).toEqual(["phone_update"]);
    // The connection breaks: Meta may have changed the number, so the next read asks Meta.
    ctx.sim.log.clear();
    ctx.sim.faults.add("deregister", { kind: "reset" });
    const lost = await post(gw, `mutation { deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" }) { __typename ... on GraphApiError { reason } } }`);
    expect(lost.body.data?.deregisterPhoneNumber).toEqual({ __typename: "GraphApiError", reason: "UPSTREAM_UNAVAILABLE" });
    await post(gw, read);
    // The first read is deregistration's own check that the number is not a Business app number (never from the cache).
    expect(upstream().map((e) => e.endpoint)).toEqual(["node", "deregister", "node"]);
    await gw.yoga.dispose();
  });
});

describe("the operation log names what ran", () => {
  it("writes one line per executed operation with the selected operation's name and type", async () => {
    const gw = gatewayFor(ctx.sim);
    const document = `
      query Read { phoneNumber(id: "${DEMO_PHONE_ID}") { id } }
      mutation Code { requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }
      query ReadAgain { phoneNumber(id: "${DEMO_PHONE_ID}") { id } }
      mutation Pin { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "135790" }) { __typename } }`;
    for (const operationName of ["Read", "Code", "ReadAgain", "Pin"]) await post(gw, document, {}, { operationName });
    expect(operationLines(gw).map((l) => [l.operationName, l.operationType])).toEqual([
      ["Read", "query"],
      ["Code", "mutation"],
      ["ReadAgain", "query"],
      ["Pin", "mutation"],
    ]);
    await gw.yoga.dispose();
  });
});

describe("malformed input is refused before any access lookup or upstream call, for every caller", () => {
  it("answers a malformed id from a caller limited to its WABAs as BAD_USER_INPUT or ValidationError, with nothing sent", async () => {
    const gw = secured();
    const key = { "x-api-key": LUCKY_KEY };
    expect(codes(await post(gw, `{ phoneNumber(id: "abc") { id } }`, key))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await post(gw, `{ waba(id: "12/../me") { id } }`, key))).toEqual(["BAD_USER_INPUT"]);
    const pin = await post(gw, `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "12/../me", pin: "123456" }) { __typename ... on ValidationError { field } } }`, key);
    expect(pin.body.data?.setTwoStepVerificationPin).toEqual({ __typename: "ValidationError", field: "phoneNumberId" });
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });
});

describe("refusals say what to do", () => {
  it("names the CSRF header and the JSON content type", async () => {
    const gw = gatewayFor(ctx.sim);
    const r = await gw.yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(r.status).toBe(403);
    const text = await r.text();
    expect(text).toContain("x-graphql-yoga-csrf");
    expect(text).toContain("application/json");
    await gw.yoga.dispose();
  });

  it("names the missing manage scope, and the exp claim of an expired token", async () => {
    const gw = secured();
    const refused = await post(gw, `mutation { deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" }) { __typename ... on ForbiddenError { message missingScopes } } }`, { "x-api-key": READER_KEY });
    expect(codes(refused)).toEqual([]);
    expect(refused.body.data).toEqual({ deregisterPhoneNumber: { __typename: "ForbiddenError", message: expect.stringContaining("'manage' scope"), missingScopes: ["manage"] } });
    const expired = await post(gw, "{ __typename }", { authorization: `Bearer ${await jwt([DEMO_WABA_ID], Math.floor(Date.now() / 1000) - 60)}` });
    expect(expired.body.errors?.[0]?.message).toContain("exp claim");
    expect(ctx.sim.log.count).toBe(0);
    await gw.yoga.dispose();
  });

  it("never echoes a body it could not parse (it may carry a PIN)", async () => {
    const gw = gatewayFor(ctx.sim);
    const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"mutation { x }","variables":{"pin":"864209"' });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(text).toContain("invalid JSON");
    expect(text).not.toContain("864209");
    await gw.yoga.dispose();
  });

  it("keeps ONPREM_BASE_URL's path, and says the client was not found at that URL when nothing answers there", async () => {
    const sim = await createSimulator({ onPremises: { pathPrefix: "/onprem" } });
    const onPremisesAt = (baseUrl: string) => ({ baseUrl, username: sim.onPremises.username, password: sim.onPremises.password, timeoutMs: 2_000 });
    const register = `mutation { registerOnPremisesAccount(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS }) { __typename ... on RegisterOnPremisesAccountSuccess { status } ... on GraphApiError { reason message } } }`;
    const right = gatewayFor(sim, { onPremises: onPremisesAt(`${sim.url}/onprem`) });
    expect((await post(right, register)).body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "RegisterOnPremisesAccountSuccess" });
    expect(sim.log.entries.filter((e) => e.endpoint.startsWith("onprem:")).map((e) => e.path)).toContain("/onprem/v1/account");
    const wrong = gatewayFor(sim, { onPremises: onPremisesAt(sim.url) });
    const refused = (await post(wrong, register)).body.data?.registerOnPremisesAccount as { reason: string; message: string };
    expect(refused.reason).toBe("NOT_FOUND");
    expect(refused.message).toContain("ONPREM_BASE_URL");
    await Promise.all([right.yoga.dispose(), wrong.yoga.dispose()]);
    await sim.close();
  });
});

/** Runs a command from the project, collecting its output, until it exits. */
function runToExit(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd: new URL("..", import.meta.url), env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("start-up and tools fail with one clear line", () => {
  it("exits 1 naming the port and PORT when the port is taken", async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, "127.0.0.1", r));
    const port = (holder.address() as AddressInfo).port;
    const { code, output } = await runToExit(["--import", "tsx", "src/server.ts"], { PORT: String(port), HOST: "127.0.0.1", GATEWAY_DEMO: "true" });
    holder.close();
    expect(code).toBe(1);
    const line = output.split("\n").find((l) => l.startsWith("waba-gateway:"));
    expect(line).toContain(`port ${port}`);
    expect(line).toContain("PORT");
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("npm run key refuses scopes and WABA ids the gateway would refuse at start", async () => {
    const bad = await runToExit(["--import", "tsx", "scripts/new-key.ts", "svc", "123,abc", "read,write"]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain("WABA ids are numeric");
    expect(bad.output).not.toContain("wgk_");
    const good = await runToExit(["--import", "tsx", "scripts/new-key.ts", "svc", DEMO_WABA_ID, "read,manage"]);
    expect(good.code).toBe(0);
    expect(good.output).toMatch(/wgk_[A-Za-z0-9_-]{43}/);
  });

  it("the simulator's controls refuse bad input with 400 and the reason", async () => {
    const post = (path: string, body: string) => fetch(`${ctx.sim.url}/__simulator/${path}`, { method: "POST", body });
    const declined = await post("name-decision", JSON.stringify({ phoneNumberId: DEMO_PHONE_ID, decision: "DECLINED" }));
    expect(declined.status).toBe(400);
    expect(await declined.text()).toContain("decision");
    expect((await post("name-decision", "{not json")).status).toBe(400);
    expect((await post("faults", JSON.stringify({ endpoint: "node", fault: { kind: "explode" } }))).status).toBe(400);
    expect((await post("chaos", JSON.stringify({ transientRate: 2 }))).status).toBe(400);
  });
});
