import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEW_CLIENT_WABA_ID } from "../src/simulator/seed.js";
import { spawnGateway, type RunningGateway } from "./helpers/spawn-gateway.js";
import { subscribe } from "./helpers/sse.js";

// The README's onboarding walkthrough, step by step, against `npm start`'s demo (the built-in simulator, its
// webhooks sent to the gateway over HTTP).
let gw: RunningGateway;
let simulatorUrl: string;

beforeAll(async () => {
  gw = await spawnGateway({}, ["scripts/start.mjs"]);
  simulatorUrl = /"simulator":"(http:\/\/[^"]+)"/.exec(gw.output())?.[1] ?? "";
});
afterAll(async () => {
  if (gw?.child.exitCode === null) await gw.stop("SIGKILL");
});

async function run<T = Record<string, unknown>>(query: string): Promise<T> {
  const r = await fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await r.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const decide = async (phoneNumberId: string, decision: string) =>
  (await (await fetch(`${simulatorUrl}/__simulator/name-decision`, { method: "POST", body: JSON.stringify({ phoneNumberId, decision }) })).json()) as { webhookAnswer: number | null };

describe("the README's onboarding walkthrough on the demo", () => {
  let numberId = "";

  it("1. finds the client's new WABA: no numbers, no app subscribed", async () => {
    const data = await run<{ managedWabas: { edges: { node: { id: string; name: string; subscribedApps: unknown[]; phoneNumbers: { edges: unknown[] } } }[] } }>(
      `{ managedWabas(relation: CLIENT, first: 5) { edges { node { id name subscribedApps { id name } phoneNumbers(first: 5) { edges { node { id } } } } } } }`,
    );
    expect(data.managedWabas.edges[0]?.node).toEqual({ id: NEW_CLIENT_WABA_ID, name: "Fresh Sprouts Bakery", subscribedApps: [], phoneNumbers: { edges: [] } });
  });

  it("2. adds a number, which needs verification", async () => {
    const data = await run<{ addPhoneNumber: { __typename: string; phoneNumber: { id: string; registration: { state: string } } } }>(
      `mutation { addPhoneNumber(input: { wabaId: "${NEW_CLIENT_WABA_ID}", phoneNumber: "+16315550199", verifiedName: "Fresh Sprouts Bakery" }) {
        __typename ... on AddPhoneNumberSuccess { phoneNumber { id registration { state } } } ... on Error { message } } }`,
    );
    expect(data.addPhoneNumber).toMatchObject({ __typename: "AddPhoneNumberSuccess", phoneNumber: { registration: { state: "NEEDS_VERIFICATION" } } });
    numberId = data.addPhoneNumber.phoneNumber.id;
  });

  it("3. verifies it; its display name is still under Meta's review, so registering waits", async () => {
    await run(`mutation { requestVerificationCode(input: { phoneNumberId: "${numberId}", codeMethod: SMS, language: "en_US" }) { __typename } }`);
    const verified = await run<{ verifyCode: { phoneNumber: { registration: { state: string } } } }>(
      `mutation { verifyCode(input: { phoneNumberId: "${numberId}", code: "123456" }) { ... on VerifyCodeSuccess { phoneNumber { registration { state } } } } }`,
    );
    expect(verified.verifyCode.phoneNumber.registration.state).toBe("NAME_IN_REVIEW");
    const early = await run<{ registerPhoneNumber: { __typename: string; reason: string; subcode: number } }>(
      `mutation { registerPhoneNumber(input: { phoneNumberId: "${numberId}", pin: "135790" }) { __typename ... on GraphApiError { reason subcode } } }`,
    );
    expect(early.registerPhoneNumber).toEqual({ __typename: "GraphApiError", reason: "DISPLAY_NAME_NOT_APPROVED", subcode: 2388001 });
  });

  it("4. subscribes the app (until then Meta sends this WABA's webhooks to no one)", async () => {
    expect((await decide(numberId, "PENDING")).webhookAnswer).toBeNull();
    const data = await run<{ subscribeAppToWaba: { waba: { subscribedApps: { name: string }[] } } }>(
      `mutation { subscribeAppToWaba(input: { wabaId: "${NEW_CLIENT_WABA_ID}" }) { ... on SubscribeAppToWabaSuccess { waba { subscribedApps { id name } } } } }`,
    );
    expect(data.subscribeAppToWaba.waba.subscribedApps.map((a) => a.name)).toEqual(["waba-gateway demo app"]);
  });

  it("5–6. sees Meta approve the display name on the subscription, and registers the number", async () => {
    const sub = await subscribe(gw.url, `subscription { phoneNumberChanged(wabaId: "${NEW_CLIENT_WABA_ID}") { kind event phoneNumber { id nameStatus registration { state } } } }`);
    expect((await decide(numberId, "APPROVED")).webhookAnswer).toBe(200);
    const event = (await sub.next(5_000)) as { data: { phoneNumberChanged: unknown } };
    sub.close();
    expect(event.data.phoneNumberChanged).toEqual({ kind: "NAME_UPDATE", event: "APPROVED", phoneNumber: { id: numberId, nameStatus: "APPROVED", registration: { state: "READY_TO_REGISTER" } } });
    const data = await run<{ registerPhoneNumber: { phoneNumber: { registration: { state: string } } } }>(
      `mutation { registerPhoneNumber(input: { phoneNumberId: "${numberId}", pin: "135790" }) { ... on RegisterPhoneNumberSuccess { phoneNumber { registration { state } } } } }`,
    );
    expect(data.registerPhoneNumber.phoneNumber.registration.state).toBe("REGISTERED_CLOUD_API");
  });

  it("7–9. asks for a new display name, sees Meta's approval arrive on the subscription, and registers again to use it", async () => {
    const sub = await subscribe(
      gw.url,
      `subscription { phoneNumberChanged(wabaId: "${NEW_CLIENT_WABA_ID}") { kind event phoneNumber { id verifiedName newDisplayName newNameStatus registration { nextAction } } } }`,
    );
    const asked = await run<{ requestDisplayNameChange: { phoneNumber: { newNameStatus: string } } }>(
      `mutation { requestDisplayNameChange(input: { phoneNumberId: "${numberId}", newDisplayName: "Fresh Sprouts Bakery & Cafe" }) {
        ... on RequestDisplayNameChangeSuccess { phoneNumber { newNameStatus } } } }`,
    );
    expect(asked.requestDisplayNameChange.phoneNumber.newNameStatus).toBe("PENDING_REVIEW");

    expect((await decide(numberId, "APPROVED")).webhookAnswer).toBe(200);
    const event = (await sub.next(5_000)) as { data: { phoneNumberChanged: { kind: string; event: string; phoneNumber: { newNameStatus: string; registration: { nextAction: string } } } } };
    sub.close();
    expect(event.data.phoneNumberChanged).toMatchObject({ kind: "NAME_UPDATE", event: "APPROVED", phoneNumber: { id: numberId, verifiedName: "Fresh Sprouts Bakery", newDisplayName: "Fresh Sprouts Bakery & Cafe", newNameStatus: "APPROVED" } });
    expect(event.data.phoneNumberChanged.phoneNumber.registration.nextAction).toMatch(/register the number again.*14 days/i);

    const again = await run<{ registerPhoneNumber: { phoneNumber: { verifiedName: string; newNameStatus: string | null } } }>(
      `mutation { registerPhoneNumber(input: { phoneNumberId: "${numberId}", pin: "135790" }) { ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName newNameStatus } } } }`,
    );
    expect(again.registerPhoneNumber.phoneNumber).toEqual({ verifiedName: "Fresh Sprouts Bakery & Cafe", newNameStatus: null });
  });
});

describe("the README's Embedded Signup walkthrough on the demo", () => {
  const signup = async (options: Record<string, unknown> = {}) =>
    (await (await fetch(`${simulatorUrl}/__simulator/embedded-signup`, { method: "POST", body: JSON.stringify(options) })).json()) as {
      code: string;
      message: { event: string; data: { waba_id: string; phone_number_id?: string } };
    };
  type Done = { completeEmbeddedSignup: { onboarding: { id: string; state: string; steps: { kind: string; status: string }[]; phoneNumber: { status: string; platformType: string } | null } } };

  it("goes from the demo's code to a registered number, credit line shared", async () => {
    const s = await signup();
    const data = await run<Done>(`mutation { completeEmbeddedSignup(input: {
        code: "${s.code}", event: FINISH, wabaId: "${s.message.data.waba_id}", phoneNumberId: "${s.message.data.phone_number_id}", pin: "246810",
        creditLineCurrency: USD, idempotencyKey: "walkthrough-1" }) {
      ... on CompleteEmbeddedSignupSuccess { onboarding { id state registrationDeadline steps { kind status nextAction error { reason message } } phoneNumber { displayPhoneNumber status platformType } } }
      ... on Error { message } } }`);
    expect(data.completeEmbeddedSignup.onboarding).toMatchObject({ state: "COMPLETED", phoneNumber: { status: "CONNECTED", platformType: "CLOUD_API" } });
    expect(data.completeEmbeddedSignup.onboarding.steps.every((step) => step.status === "DONE")).toBe(true);
  });

  it("waits for the number's existing PIN, and resumeOnboarding finishes it", async () => {
    const s = await signup({ existingPin: "135790" });
    const started = await run<Done>(`mutation { completeEmbeddedSignup(input: {
        code: "${s.code}", event: FINISH, wabaId: "${s.message.data.waba_id}", phoneNumberId: "${s.message.data.phone_number_id}", pin: "246810", idempotencyKey: "walkthrough-2" }) {
      ... on CompleteEmbeddedSignupSuccess { onboarding { id state steps { kind status } phoneNumber { status platformType } } } } }`);
    expect(started.completeEmbeddedSignup.onboarding.state).toBe("NEEDS_ACTION");
    const resumed = await run<{ resumeOnboarding: { onboarding: { state: string } } }>(
      `mutation { resumeOnboarding(input: { id: "${started.completeEmbeddedSignup.onboarding.id}", pin: "135790" }) { ... on ResumeOnboardingSuccess { onboarding { state } } } }`,
    );
    expect(resumed.resumeOnboarding.onboarding.state).toBe("COMPLETED");
  });
});
