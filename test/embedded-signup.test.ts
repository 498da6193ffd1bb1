import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import type { SignupSettings } from "../src/config.js";
import type { Simulator } from "../src/simulator/server.js";
import { DEMO_SYSTEM_USER_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { decideName } from "../src/simulator/webhooks.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor } from "./helpers/gateway.js";
import { sentReads, useSimulator } from "./helpers/simulator.js";
import { subscribe } from "./helpers/sse.js";

const ctx = useSimulator();
const dir = mkdtempSync(join(tmpdir(), "waba-gateway-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = (sim: Simulator, over: Partial<SignupSettings> = {}): SignupSettings => ({
  app: sim.app,
  tokenKey: randomBytes(32),
  previousKeys: [],
  storePath: ":memory:",
  systemUserId: DEMO_SYSTEM_USER_ID,
  ...over,
});

interface Signup {
  code: string;
  message: { event: "FINISH" | "FINISH_ONLY_WABA" | "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"; data: { waba_id: string; phone_number_id?: string; business_id?: string } };
}

/** A customer finishing Embedded Signup in the simulator: the code and the finish message the partner's page gets. */
async function finishSignup(sim: Simulator, options: Record<string, unknown> = {}): Promise<Signup> {
  const res = await fetch(`${sim.url}/__simulator/embedded-signup`, { method: "POST", body: JSON.stringify(options) });
  return (await res.json()) as Signup;
}

const Complete = graphql(`
  mutation Complete($input: CompleteEmbeddedSignupInput!) {
    completeEmbeddedSignup(input: $input) {
      __typename
      ... on CompleteEmbeddedSignupSuccess {
        onboarding {
          id
          state
          event
          wabaId
          phoneNumberId
          registrationDeadline
          steps { kind status nextAction error { reason code subcode retryable message } }
          phoneNumber { id status platformType isOnBizApp }
        }
      }
      ... on ValidationError { field message }
      ... on ForbiddenError { message }
    }
  }
`);

const Resume = graphql(`
  mutation Resume($input: ResumeOnboardingInput!) {
    resumeOnboarding(input: $input) {
      __typename
      ... on ResumeOnboardingSuccess { onboarding { id state steps { kind status nextAction error { reason } } phoneNumber { status } } }
      ... on ValidationError { field message }
    }
  }
`);

const Read = graphql(`
  query ReadOnboarding($id: ID!) { onboarding(id: $id) { id state wabaId } }
`);

const WabaOf = graphql(`
  query OnboardedWaba($id: ID!) { waba(id: $id) { id name } }
`);

const Share = graphql(`
  mutation Share($wabaId: ID!) {
    shareCreditLine(input: { wabaId: $wabaId, currency: USD }) {
      __typename
      ... on ShareCreditLineSuccess { allocationConfigId waba { id } }
      ... on GraphApiError { reason message }
      ... on ForbiddenError { message }
    }
  }
`);

const Revoke = graphql(`
  mutation Revoke($id: ID!) {
    revokeCreditLine(input: { allocationConfigId: $id }) { __typename ... on RevokeCreditLineSuccess { allocationConfigId } ... on GraphApiError { reason } }
  }
`);

const List = graphql(`
  query ListOnboardings($state: OnboardingState, $first: Int, $after: String) {
    onboardings(state: $state, first: $first, after: $after) { edges { cursor node { id state } } pageInfo { hasNextPage endCursor } }
  }
`);

const inputOf = (s: Signup, over: Record<string, unknown> = {}) => ({
  code: s.code,
  event: s.message.event,
  wabaId: s.message.data.waba_id,
  ...(s.message.data.phone_number_id ? { phoneNumberId: s.message.data.phone_number_id } : {}),
  pin: "246810",
  idempotencyKey: `key-${randomBytes(6).toString("hex")}`,
  ...over,
});

type Onboarded = { id: string; state: string; phoneNumberId: string | null; steps: { kind: string; status: string; nextAction: string | null; error: { reason: string } | null }[] };
const onboardingOf = (body: { data?: { completeEmbeddedSignup?: unknown } | null }): Onboarded =>
  (body.data?.completeEmbeddedSignup as { onboarding: Onboarded }).onboarding;
const stepsOf = (o: Onboarded) => Object.fromEntries(o.steps.map((s) => [s.kind, s.status]));
/** The calls Meta received, as `METHOD endpoint`, the gateway's own reads after a mutation left out. */
const calls = (sim: Simulator) => sim.log.entries.map((e) => `${e.method} ${e.endpoint}`);

describe("completeEmbeddedSignup (graph-api.md §13.1)", () => {
  it("takes a customer from the code to a subscribed, credit-line shared, registered number, in Meta's order and with the right tokens", async () => {
    const { yoga, logs } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    const res = await execute(yoga, Complete, { input: inputOf(s, { creditLineCurrency: "EUR" }) });
    const o = onboardingOf(res.body);
    expect(o.state).toBe("COMPLETED");
    expect(stepsOf(o)).toEqual({ EXCHANGE_CODE: "DONE", VERIFY_ACCESS: "DONE", SUBSCRIBE_APP: "DONE", SHARE_CREDIT_LINE: "DONE", REGISTER_NUMBER: "DONE" });
    expect(res.body.data?.completeEmbeddedSignup).toMatchObject({ onboarding: { phoneNumber: { status: "CONNECTED", platformType: "CLOUD_API", isOnBizApp: false } } });

    const writes = calls(ctx.sim).filter((c) => !c.startsWith("GET node") && c !== "POST batch" && c !== "GET subscribed_apps");
    expect(writes).toEqual([
      "GET oauth_access_token",
      "GET debug_token",
      "GET phone_numbers",
      "POST subscribe_app",
      "POST assigned_users",
      "GET extendedcredits",
      "POST credit_sharing",
      "POST register",
      ...writes.slice(8).filter((c) => c === "GET phone_numbers"),
    ]);
    const entry = (endpoint: string) => ctx.sim.log.entries.find((e) => e.endpoint === endpoint);
    // The exchange carries the app's id and secret, and no Authorization header at all.
    expect(entry("oauth_access_token")?.headers.authorization).toBeUndefined();
    expect(entry("oauth_access_token")?.query).toMatchObject({ client_id: ctx.sim.app.id, code: s.code });
    // The customer's token for its WABA; the gateway's own for debug_token and the credit line.
    const customerToken = ctx.sim.state.signup.tokens.keys().next().value as string;
    const tokenOf = (endpoint: string) => entry(endpoint)?.headers.authorization?.replace("Bearer ", "");
    expect(["phone_numbers", "subscribe_app", "register"].map(tokenOf)).toEqual([customerToken, customerToken, customerToken]);
    expect(["debug_token", "assigned_users", "credit_sharing"].map(tokenOf)).toEqual([ctx.sim.token, ctx.sim.token, ctx.sim.token]);
    expect(entry("credit_sharing")?.query).toMatchObject({ waba_currency: "EUR", waba_id: s.message.data.waba_id });

    // The customer's token appears nowhere the gateway writes.
    const metrics = await (await yoga.fetch("http://yoga/metrics")).text();
    for (const out of [res.text, logs.text, metrics]) {
      expect(out).not.toContain(customerToken);
      expect(out).not.toContain(s.code);
      expect(out).not.toContain("246810");
    }
    await yoga.dispose();
  });

  it("returns the same onboarding for the same idempotency key, and never spends the code twice", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    const input = inputOf(s);
    const first = onboardingOf((await execute(yoga, Complete, { input })).body);
    const again = onboardingOf((await execute(yoga, Complete, { input })).body);
    expect(again.id).toBe(first.id);
    expect(calls(ctx.sim).filter((c) => c === "GET oauth_access_token")).toHaveLength(1);
    await yoga.dispose();
  });

  it("fails for good with CODE_ALREADY_USED or CODE_EXPIRED, sending nothing after the exchange", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const spent = await finishSignup(ctx.sim);
    await fetch(`${ctx.sim.url}/v26.0/oauth/access_token?client_id=${ctx.sim.app.id}&client_secret=${ctx.sim.app.secret}&code=${spent.code}`);
    const expired = await finishSignup(ctx.sim);
    const realNow = ctx.sim.state.now;
    ctx.sim.log.clear();
    const a = onboardingOf((await execute(yoga, Complete, { input: inputOf(spent) })).body);
    ctx.sim.state.now = () => realNow() + 31_000;
    const b = onboardingOf((await execute(yoga, Complete, { input: inputOf(expired) })).body);
    ctx.sim.state.now = realNow;
    for (const [o, reason] of [[a, "CODE_ALREADY_USED"], [b, "CODE_EXPIRED"]] as const) {
      expect(o.state).toBe("FAILED");
      expect(o.steps[0]).toMatchObject({ kind: "EXCHANGE_CODE", status: "FAILED", error: { reason } });
      expect(o.steps[0]?.nextAction).toMatch(/Embedded Signup again/);
      expect(o.steps.slice(1).map((x) => x.status)).toEqual(["PENDING", "PENDING", "SKIPPED", "PENDING"]);
    }
    expect(calls(ctx.sim)).toEqual(["GET oauth_access_token", "GET oauth_access_token"]);
    // Resuming changes nothing: the code cannot be exchanged again.
    const resumed = await execute(yoga, Resume, { input: { id: a.id } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "FAILED" } });
    expect(calls(ctx.sim)).toHaveLength(2);
    await yoga.dispose();
  });

  it("never trusts the finish message alone: a WABA the code's token cannot reach fails VERIFY_ACCESS, and nothing is subscribed", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { scopesWithoutWaba: true });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s, { wabaId: DEMO_WABA_ID, phoneNumberId: undefined }) })).body);
    expect(o.state).toBe("FAILED");
    expect(o.steps[1]).toMatchObject({ kind: "VERIFY_ACCESS", status: "FAILED", error: { reason: "NOT_FOUND" } });
    expect(calls(ctx.sim).some((c) => c.includes("subscribe") || c.includes("register"))).toBe(false);
    await yoga.dispose();
  });

  it("proves access by reading the WABA's numbers even when debug_token's scopes list no WABA", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { scopesWithoutWaba: true });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("COMPLETED");
    await yoga.dispose();
  });

  it("onboards a coexistence number without registering it, finding it on the WABA when the finish message names none", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { event: "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING" });
    expect(s.message.data.phone_number_id).toBeUndefined();
    const res = await execute(yoga, Complete, { input: inputOf(s, { pin: undefined }) });
    const o = onboardingOf(res.body);
    expect(o.state).toBe("COMPLETED");
    expect(o.phoneNumberId).toMatch(/^55/);
    expect(o.steps[4]).toMatchObject({ kind: "REGISTER_NUMBER", status: "SKIPPED" });
    expect(o.steps[4]?.nextAction).toMatch(/never registered/);
    expect(res.body.data?.completeEmbeddedSignup).toMatchObject({ onboarding: { registrationDeadline: null, phoneNumber: { isOnBizApp: true } } });
    expect(calls(ctx.sim)).not.toContain("POST register");
    await yoga.dispose();
  });

  it("waits for the right PIN when the number has another (133005), then resumes without repeating a step", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { existingPin: "135790" });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("NEEDS_ACTION");
    expect(o.steps[4]).toMatchObject({ status: "WAITING", error: { reason: "PIN_MISMATCH" } });
    expect(o.steps[4]?.nextAction).toMatch(/resume the onboarding with that PIN/);
    ctx.sim.log.clear();
    const resumed = await execute(yoga, Resume, { input: { id: o.id, pin: "135790" } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "COMPLETED", phoneNumber: { status: "CONNECTED" } } });
    expect(calls(ctx.sim).filter((c) => !c.startsWith("GET"))).toEqual(["POST register"]);
    await yoga.dispose();
  });

  it("does not register before Meta approved the display name (registering then fails with 2388001), and resumes once it is", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { namePending: true });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("NEEDS_ACTION");
    expect(o.steps[4]).toMatchObject({ kind: "REGISTER_NUMBER", status: "FAILED", error: { reason: "DISPLAY_NAME_NOT_APPROVED", retryable: true } });
    expect(o.steps[4]?.nextAction).toMatch(/display name is approved/);
    expect(calls(ctx.sim)).not.toContain("POST register");
    // Meta approves the name (and issues its certificate).
    await decideName(ctx.sim.state, undefined, s.message.data.phone_number_id as string, "APPROVED");
    const resumed = await execute(yoga, Resume, { input: { id: o.id } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "COMPLETED", phoneNumber: { status: "CONNECTED" } } });
    await yoga.dispose();
  });

  it("says a number still on a WhatsApp account cannot be registered (100/2388001)", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { numberOnWhatsAppAccount: true });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("FAILED");
    expect(o.steps[4]).toMatchObject({ status: "FAILED", error: { reason: "NUMBER_ON_WHATSAPP_ACCOUNT", code: 100, subcode: 2388001, retryable: false } });
    await yoga.dispose();
  });

  it("retries a temporary failure within the step, and re-checks an unknown outcome before sending again", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    // The subscription's answer is lost (a 500 page: the outcome is unknown), then Meta throttles once.
    ctx.sim.faults.add("subscribe_app", { kind: "html500" }, 1);
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("COMPLETED");
    const subscribe = calls(ctx.sim).filter((c) => c === "POST subscribe_app" || c === "GET subscribed_apps");
    expect(subscribe).toEqual(["POST subscribe_app", "GET subscribed_apps", "POST subscribe_app"]);
    await yoga.dispose();
  });

  it("leaves a step Meta keeps failing resumable, and resuming runs only what is left", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    ctx.sim.faults.add("register", { kind: "graph-error", error: { code: 131000, message: "Something went wrong", isTransient: true } }, 3);
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("NEEDS_ACTION");
    expect(o.steps[4]).toMatchObject({ status: "FAILED", error: { reason: "UPSTREAM_UNAVAILABLE" } });
    ctx.sim.log.clear();
    const resumed = await execute(yoga, Resume, { input: { id: o.id } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "COMPLETED" } });
    expect(calls(ctx.sim).filter((c) => !c.startsWith("GET"))).toEqual(["POST register"]);
    expect(calls(ctx.sim)).not.toContain("GET oauth_access_token");
    await yoga.dispose();
  });

  it("leaves a refused credit-line share resumable, and resuming shares it without repeating the steps before", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    ctx.sim.faults.add("credit_sharing", { kind: "graph-error", error: { code: 200, message: "(#200) Permissions error" } }, 1);
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s, { creditLineCurrency: "GBP" }) })).body);
    expect(o.state).toBe("NEEDS_ACTION");
    expect(o.steps[3]).toMatchObject({ kind: "SHARE_CREDIT_LINE", status: "FAILED", error: { reason: "PERMISSION_DENIED" } });
    expect(o.steps[4]?.status).toBe("PENDING");
    ctx.sim.log.clear();
    const resumed = await execute(yoga, Resume, { input: { id: o.id } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "COMPLETED" } });
    expect(calls(ctx.sim).filter((c) => c.startsWith("POST") && c !== "POST batch")).toEqual(["POST assigned_users", "POST credit_sharing", "POST register"]);
    await yoga.dispose();
  });

  it("refuses bad input before any call, naming the field", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim);
    const cases = [
      [{ pin: "12345" }, "pin"],
      [{ wabaId: "12a" }, "wabaId"],
      [{ idempotencyKey: "has spaces" }, "idempotencyKey"],
      [{ dataLocalizationRegion: "XX" }, "dataLocalizationRegion"],
      [{ event: "FINISH_ONLY_WABA" }, "phoneNumberId"],
    ] as const;
    for (const [over, field] of cases) {
      const res = await execute(yoga, Complete, { input: inputOf(s, over) });
      expect(res.body.data?.completeEmbeddedSignup, field).toMatchObject({ __typename: "ValidationError", field });
    }
    expect(ctx.sim.log.entries).toEqual([]);
    await yoga.dispose();
  });

  it("answers NOT_CONFIGURED when Embedded Signup is not configured", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const s = await finishSignup(ctx.sim);
    const res = await execute(yoga, Complete, { input: inputOf(s) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("NOT_CONFIGURED");
    expect(ctx.sim.log.entries).toEqual([]);
    await yoga.dispose();
  });
});

describe("onboardings are durable and private", () => {
  it("survives a restart with the embedded store: another gateway on the same file resumes, and reads the WABA with the stored token", async () => {
    // In a folder that does not exist yet, like the default ./data/.
    const storePath = join(dir, "not-yet", "restart.sqlite");
    const tokenKey = randomBytes(32);
    const first = gatewayFor(ctx.sim, { signup: settings(ctx.sim, { storePath, tokenKey }) });
    const s = await finishSignup(ctx.sim);
    ctx.sim.faults.add("register", { kind: "graph-error", error: { code: 131000, message: "Something went wrong", isTransient: true } }, 3);
    const o = onboardingOf((await execute(first.yoga, Complete, { input: inputOf(s) })).body);
    expect(o.state).toBe("NEEDS_ACTION");
    await first.yoga.dispose();

    // A new key ring: the old key only opens (rotation), and what it opens is sealed again under the new one.
    const second = gatewayFor(ctx.sim, { signup: settings(ctx.sim, { storePath, tokenKey: randomBytes(32), previousKeys: [tokenKey] }) });
    ctx.sim.log.clear();
    const resumed = await execute(second.yoga, Resume, { input: { id: o.id } });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { state: "COMPLETED", phoneNumber: { status: "CONNECTED" } } });
    const customerToken = [...ctx.sim.state.signup.tokens.entries()].find(([, t]) => t.wabaIds.includes(s.message.data.waba_id))?.[0];
    const wabaRead = sentReads(ctx.sim.log.entries).filter((r) => r.path.includes(s.message.data.waba_id));
    expect(wabaRead.length).toBeGreaterThan(0);
    expect(new Set(wabaRead.map((r) => r.token))).toEqual(new Set([customerToken]));
    await second.yoga.dispose();

    // The first key is gone: the tokens were sealed again under the second.
    const third = gatewayFor(ctx.sim, { signup: settings(ctx.sim, { storePath, tokenKey: randomBytes(32) }) });
    const read = await execute(third.yoga, Read, { id: o.id });
    expect(read.body.data?.onboarding).toMatchObject({ id: o.id, state: "COMPLETED" });
    expect(third.logs.text).toMatch(/could not be opened/);
    await third.yoga.dispose();
  });

  it("shows an onboarding to the caller that started it and to callers allowed its WABA, to no one else", async () => {
    const key = (name: string) => `wgk_${name}_${randomBytes(8).toString("hex")}`;
    const keys = { starter: key("starter"), other: key("other"), operator: key("operator") };
    const client = (name: string, k: string, wabaIds: ApiClient["caller"]["wabaIds"]): ApiClient => ({
      keyHash: createHash("sha256").update(k).digest(),
      caller: { name, kind: "api-key", wabaIds, scopes: new Set(["read", "manage"]) },
    });
    // Security tests run with the defaults a user gets and every optimisation on: read cache, compiled from the first run.
    const { yoga } = gatewayFor(ctx.sim, {
      compileAfter: 1,
      signup: settings(ctx.sim),
      auth: { open: false, apiClients: [client("starter", keys.starter, new Set(["1"])), client("other", keys.other, new Set([DEMO_WABA_ID])), client("operator", keys.operator, "all")] },
    });
    const s = await finishSignup(ctx.sim);
    const started = await execute(yoga, Complete, { input: inputOf(s) }, { "x-api-key": keys.starter });
    const id = onboardingOf(started.body).id;
    const seen = async (k: string) => (await execute(yoga, Read, { id }, { "x-api-key": k })).body.data?.onboarding?.id ?? null;
    expect(await seen(keys.starter)).toBe(id);
    expect(await seen(keys.operator)).toBe(id);
    expect(await seen(keys.other)).toBeNull();
    const listed = await execute(yoga, List, {}, { "x-api-key": keys.other });
    expect(listed.body.data?.onboardings.edges.map((e) => e.node.id)).not.toContain(id);
    const resume = await execute(yoga, Resume, { input: { id } }, { "x-api-key": keys.other });
    expect(resume.body.data?.resumeOnboarding).toMatchObject({ __typename: "ValidationError", field: "id" });
    // An id that is not one of the gateway's never reaches the store.
    expect((await execute(yoga, Read, { id: "*" }, { "x-api-key": keys.operator })).body.data?.onboarding).toBeNull();
    const odd = await execute(yoga, Resume, { input: { id: "x".repeat(5000) } }, { "x-api-key": keys.operator });
    expect(odd.body.data?.resumeOnboarding).toMatchObject({ __typename: "ValidationError", field: "id" });

    // The WABA the tenant onboarded joins its set; no other tenant's.
    const wabaId = s.message.data.waba_id;
    const readWaba = (k: string) => execute(yoga, WabaOf, { id: wabaId }, { "x-api-key": k });
    expect((await readWaba(keys.starter)).body.data?.waba?.id).toBe(wabaId);
    const refused = await readWaba(keys.other);
    expect(refused.body.data?.waba).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await yoga.dispose();
  });

  it("shares and revokes credit lines for operators only, checked against the WABA's funding", async () => {
    const key = `wgk_${randomBytes(8).toString("hex")}`;
    const tenantKey = `wgk_${randomBytes(8).toString("hex")}`;
    const s = await finishSignup(ctx.sim);
    const wabaId = s.message.data.waba_id;
    const apiClient = (name: string, k: string, wabaIds: ApiClient["caller"]["wabaIds"]): ApiClient => ({
      keyHash: createHash("sha256").update(k).digest(),
      caller: { name, kind: "api-key", wabaIds, scopes: new Set(["read", "manage"]) },
    });
    const { yoga } = gatewayFor(ctx.sim, { compileAfter: 1, signup: settings(ctx.sim), auth: { open: false, apiClients: [apiClient("ops", key, "all"), apiClient("tenant", tenantKey, new Set([wabaId]))] } });
    const asTenant = await execute(yoga, Share, { wabaId }, { "x-api-key": tenantKey });
    expect(asTenant.body.data?.shareCreditLine).toMatchObject({ __typename: "ForbiddenError" });
    expect(ctx.sim.log.entries).toEqual([]);
    const shared = await execute(yoga, Share, { wabaId }, { "x-api-key": key });
    const answer = shared.body.data?.shareCreditLine as { allocationConfigId: string; waba: { id: string } };
    expect(answer).toMatchObject({ allocationConfigId: expect.stringMatching(/^\d+$/), waba: { id: wabaId } });
    expect(calls(ctx.sim).filter((c) => c.startsWith("POST") && c !== "POST batch")).toEqual(["POST assigned_users", "POST credit_sharing"]);
    // Shared once only: Meta refuses a second line on the same WABA.
    const again = await execute(yoga, Share, { wabaId }, { "x-api-key": key });
    expect(again.body.data?.shareCreditLine).toMatchObject({ __typename: "GraphApiError", reason: "INVALID_PARAMETER" });
    ctx.sim.log.clear();
    const revoked = await execute(yoga, Revoke, { id: answer.allocationConfigId }, { "x-api-key": key });
    expect(revoked.body.data?.revokeCreditLine).toEqual({ __typename: "RevokeCreditLineSuccess", allocationConfigId: answer.allocationConfigId });
    expect(ctx.sim.log.entries.map((e) => [e.method, e.endpoint])).toEqual([["DELETE", "delete_node"]]);
    expect(ctx.sim.state.wabas.get(wabaId)?.fields.primary_funding_id).toBeUndefined();
    await yoga.dispose();
  });

  it("lists onboardings newest first, by state, a page at a time", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(onboardingOf((await execute(yoga, Complete, { input: inputOf(await finishSignup(ctx.sim)) })).body).id);
      await new Promise((r) => setTimeout(r, 5));
    }
    const page1 = await execute(yoga, List, { first: 2, state: "COMPLETED" });
    expect(page1.body.data?.onboardings.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.data?.onboardings.pageInfo.hasNextPage).toBe(true);
    const page2 = await execute(yoga, List, { first: 2, state: "COMPLETED", after: page1.body.data?.onboardings.pageInfo.endCursor });
    expect(page2.body.data?.onboardings.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect((await execute(yoga, List, { state: "FAILED" })).body.data?.onboardings.edges).toEqual([]);
    await yoga.dispose();
  });

  it("streams each step's outcome over SSE until the onboarding completes", async () => {
    const { yoga } = gatewayFor(ctx.sim, { signup: settings(ctx.sim) });
    const s = await finishSignup(ctx.sim, { existingPin: "135790" });
    const o = onboardingOf((await execute(yoga, Complete, { input: inputOf(s) })).body);
    const stream = await subscribe(yoga, `subscription { onboardingProgress(id: "${o.id}") { state steps { kind status } } }`);
    expect(await stream.next()).toMatchObject({ data: { onboardingProgress: { state: "NEEDS_ACTION" } } });
    await execute(yoga, Resume, { input: { id: o.id, pin: "135790" } });
    expect(await stream.next()).toMatchObject({ data: { onboardingProgress: { state: "COMPLETED" } } });
    stream.close();
    await yoga.dispose();
  });
});
