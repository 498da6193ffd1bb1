import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignupSettings } from "../src/config.js";
import { DEMO_SYSTEM_USER_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { startRedis, type RedisServer } from "./helpers/redis.js";
import { sentReads, useSimulator } from "./helpers/simulator.js";
import { subscribe } from "./helpers/sse.js";

const ctx = useSimulator();
let redis: RedisServer;
let a: TestGateway;
let b: TestGateway;
const tokenKey = randomBytes(32);

beforeAll(async () => {
  redis = await startRedis();
  const signup: SignupSettings = { app: ctx.sim.app, tokenKey, previousKeys: [], storePath: ":memory:", systemUserId: DEMO_SYSTEM_USER_ID };
  a = gatewayFor(ctx.sim, { redisUrl: redis.url, signup });
  b = gatewayFor(ctx.sim, { redisUrl: redis.url, signup });
  await new Promise((r) => setTimeout(r, 300));
});
afterAll(async () => {
  await Promise.all([a?.yoga.dispose(), b?.yoga.dispose()]);
  await redis?.stop();
});

const Complete = graphql(`
  mutation FleetComplete($input: CompleteEmbeddedSignupInput!) {
    completeEmbeddedSignup(input: $input) { ... on CompleteEmbeddedSignupSuccess { onboarding { id state wabaId steps { kind status } } } }
  }
`);
const Resume = graphql(`
  mutation FleetResume($id: ID!) { resumeOnboarding(input: { id: $id }) { ... on ResumeOnboardingSuccess { onboarding { id state } } } }
`);
const WabaName = graphql(`
  query FleetWaba($id: ID!) { waba(id: $id) { id name } }
`);

async function signupInFleet(): Promise<{ id: string; wabaId: string }> {
  const s = (await (await fetch(`${ctx.sim.url}/__simulator/embedded-signup`, { method: "POST", body: "{}" })).json()) as {
    code: string;
    message: { data: { waba_id: string; phone_number_id: string } };
  };
  // Registration keeps failing on the first instance: the onboarding stops there, resumable.
  ctx.sim.faults.add("register", { kind: "graph-error", error: { code: 131000, message: "Something went wrong", isTransient: true } }, 3);
  const res = await execute(a.yoga, Complete, {
    input: { code: s.code, event: "FINISH", wabaId: s.message.data.waba_id, phoneNumberId: s.message.data.phone_number_id, pin: "246810", idempotencyKey: randomBytes(6).toString("hex") },
  });
  const o = (res.body.data?.completeEmbeddedSignup as { onboarding: { id: string; state: string } }).onboarding;
  expect(o.state).toBe("NEEDS_ACTION");
  return { id: o.id, wabaId: s.message.data.waba_id };
}

describe("onboardings across a fleet (Redis)", () => {
  it("another instance resumes an onboarding one started, and reads its WABA with the customer's token", async () => {
    const { id, wabaId } = await signupInFleet();
    ctx.sim.log.clear();
    const resumed = await execute(b.yoga, Resume, { id });
    expect(resumed.body.data?.resumeOnboarding).toMatchObject({ onboarding: { id, state: "COMPLETED" } });
    expect(ctx.sim.log.entries.filter((e) => e.method === "POST" && e.endpoint !== "batch").map((e) => e.endpoint)).toEqual(["register"]);
    ctx.sim.log.clear();
    await execute(b.yoga, WabaName, { id: wabaId });
    const customerToken = [...ctx.sim.state.signup.tokens.entries()].find(([, t]) => t.wabaIds.includes(wabaId))?.[0];
    const tokens = sentReads(ctx.sim.log.entries).map((r) => r.token);
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens)).toEqual(new Set([customerToken]));
  });

  it("streams an onboarding's progress to a subscriber on another instance", async () => {
    const { id } = await signupInFleet();
    const stream = await subscribe(b.yoga, `subscription { onboardingProgress(id: "${id}") { state } }`);
    expect(await stream.next()).toMatchObject({ data: { onboardingProgress: { state: "NEEDS_ACTION" } } });
    await execute(a.yoga, Resume, { id });
    expect(await stream.next(5_000)).toMatchObject({ data: { onboardingProgress: { state: "COMPLETED" } } });
    stream.close();
  });

  it("never runs one onboarding on two instances at once: a lease lets one resume, the other reports where it stands", async () => {
    const { id } = await signupInFleet();
    ctx.sim.faults.add("register", { kind: "latency", ms: 400 }, 1);
    ctx.sim.log.clear();
    const [fromA, fromB] = await Promise.all([execute(a.yoga, Resume, { id }), execute(b.yoga, Resume, { id })]);
    expect(ctx.sim.log.entries.filter((e) => e.endpoint === "register")).toHaveLength(1);
    const states = [fromA, fromB].map((r) => (r.body.data?.resumeOnboarding as { onboarding: { state: string } }).onboarding.state).sort();
    expect(states).toEqual(["COMPLETED", "NEEDS_ACTION"]);
  });
});
