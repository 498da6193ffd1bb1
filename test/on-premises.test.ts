import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { DEMO_NEW_CERTIFICATE, DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { phonesOfWaba } from "../src/simulator/state.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const onPremisesFor = (password = ctx.sim.onPremises.password) => ({ baseUrl: ctx.sim.url, username: ctx.sim.onPremises.username, password, timeoutMs: 2000 });
const gw = useGateway(ctx);

const RegisterOnPrem = graphql(`
  mutation RegisterOnPrem($input: RegisterOnPremisesAccountInput!) {
    registerOnPremisesAccount(input: $input) {
      __typename
      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id platformType } }
      ... on Error { message }
      ... on GraphApiError { reason code retryable }
      ... on ValidationError { field }
    }
  }
`);

const VerifyOnPrem = graphql(`
  mutation VerifyOnPrem($input: VerifyOnPremisesAccountInput!) {
    verifyOnPremisesAccount(input: $input) {
      __typename
      ... on VerifyOnPremisesAccountSuccess { phoneNumber { platformType registration { state } } }
      ... on Error { message }
      ... on GraphApiError { reason }
    }
  }
`);

const onPremCalls = (path: string) => ctx.sim.log.entries.filter((r) => r.endpoint === `onprem:${path}`);

describe("On-Premises registration", () => {
  it("answers with a typed error when no On-Premises client is configured", async () => {
    const { body } = await execute(gw.yoga, RegisterOnPrem, { input: { phoneNumberId: DEMO_PHONE_ID, codeMethod: "SMS" } });
    expect(body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "OnPremisesNotConfiguredError", message: expect.stringContaining("ONPREM_BASE_URL") });
    expect(ctx.sim.log.count).toBe(0);
  });

  it("registers with the approved new certificate (202: code sent), verifies, then answers 201, reusing one session", async () => {
    const { yoga } = gatewayFor(ctx.sim, { onPremises: onPremisesFor() });
    const sent = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: DEMO_PHONE_ID, codeMethod: "SMS" } });
    expect(sent.body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "RegisterOnPremisesAccountSuccess", status: "CODE_SENT", verifiedName: "Lucky Shrub (new)" });
    const account = onPremCalls("account")[0];
    expect(account?.body).toEqual({ cc: "1", phone_number: "6315551111", method: "sms", cert: DEMO_NEW_CERTIFICATE });
    expect(account?.headers.authorization).toMatch(/^Bearer /);
    expect(onPremCalls("users/login")[0]?.headers.authorization).toMatch(/^Basic /);
    // The certificate came from Meta, read fresh.
    expect(ctx.sim.log.entries.find((r) => r.endpoint === "node")?.query.fields).toBe("id,display_phone_number,certificate,new_certificate,new_name_status");

    const verified = await execute(yoga, VerifyOnPrem, { input: { phoneNumberId: DEMO_PHONE_ID, code: "123456" } });
    expect(verified.body.data?.verifyOnPremisesAccount).toMatchObject({
      __typename: "VerifyOnPremisesAccountSuccess",
      phoneNumber: { platformType: "ON_PREMISE", registration: { state: "REGISTERED_ON_PREMISES" } },
    });
    expect(onPremCalls("account/verify")[0]?.body).toEqual({ code: "123456" });

    const again = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: DEMO_PHONE_ID, codeMethod: "VOICE", pin: "123456" } });
    expect(again.body.data?.registerOnPremisesAccount).toMatchObject({ status: "REGISTERED" });
    expect(onPremCalls("account")[1]?.body).toMatchObject({ method: "voice", pin: "123456" });
    expect(onPremCalls("users/login")).toHaveLength(1);
    await yoga.dispose();
  });

  it("logs in again and retries that one call once when the client drops the session (401)", async () => {
    const { yoga } = gatewayFor(ctx.sim, { onPremises: onPremisesFor() });
    await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } });
    ctx.sim.onPremises.revokeSessions();
    ctx.sim.log.clear();
    const { body } = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } });
    expect(body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "RegisterOnPremisesAccountSuccess", status: "CODE_SENT" });
    expect(ctx.sim.log.entries.filter((r) => r.endpoint.startsWith("onprem:")).map((r) => r.endpoint)).toEqual(["onprem:account", "onprem:users/login", "onprem:account"]);
    await yoga.dispose();
  });

  it("maps Meta's sunset answer (1005 biz_link_on_prem_reg_blocked) to DISCONTINUED", async () => {
    const { yoga } = gatewayFor(ctx.sim, { onPremises: onPremisesFor() });
    ctx.sim.onPremises.mode = "sunset";
    try {
      const { body } = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } });
      expect(body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "GraphApiError", reason: "DISCONTINUED", code: 1005, retryable: false });
      expect((body.data?.registerOnPremisesAccount as { message: string }).message).toContain("2025-10-23");
    } finally {
      ctx.sim.onPremises.mode = "legacy";
      await yoga.dispose();
    }
  });

  it("reports refused credentials as ACCESS_TOKEN_INVALID without the password", async () => {
    const { yoga } = gatewayFor(ctx.sim, { onPremises: onPremisesFor("wrong-password-value") });
    const { body, text } = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } });
    expect(body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "GraphApiError", reason: "ACCESS_TOKEN_INVALID" });
    expect(text).not.toContain("wrong-password-value");
    await yoga.dispose();
  });

  it("refuses a number without a certificate, a wrong code, and bad input", async () => {
    const { yoga } = gatewayFor(ctx.sim, { onPremises: onPremisesFor() });
    const noCert = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: DEMO_UNVERIFIED_PHONE_ID, codeMethod: "SMS" } });
    expect(noCert.body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "ValidationError", field: "phoneNumberId" });
    const sent = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } });
    expect(sent.body.data?.registerOnPremisesAccount).toMatchObject({ status: "CODE_SENT" });
    const wrong = await execute(yoga, VerifyOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, code: "000000" } });
    expect(wrong.body.data?.verifyOnPremisesAccount).toMatchObject({ __typename: "GraphApiError", reason: "WRONG_CODE" });
    ctx.sim.log.clear();
    const badPin = await execute(yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS", pin: "12" } });
    expect(badPin.body.data?.registerOnPremisesAccount).toMatchObject({ __typename: "ValidationError", field: "pin" });
    expect(ctx.sim.log.count).toBe(0);
    await yoga.dispose();
  });
});

describe("On-Premises verification is tied to the registration that sent the code (issue 16)", () => {
  const SECRET = "onprem-tenants-secret-at-least-32-bytes!!";
  const tenant = (wabaId: string) =>
    new SignJWT({ waba_ids: [wabaId], scope: "read manage" }).setProtectedHeader({ alg: "HS256" }).setSubject(`tenant-${wabaId}`).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
  const secured = () => gatewayFor(ctx.sim, { onPremises: onPremisesFor(), auth: { open: false, apiClients: [], jwt: { secret: SECRET } } });

  it("refuses tenant B's verification while tenant A's registration is pending, calling nothing, and A's number stays unregistered", async () => {
    const gw = secured();
    const a = { authorization: `Bearer ${await tenant(DEMO_WABA_ID)}` };
    const b = { authorization: `Bearer ${await tenant(SECOND_WABA_ID)}` };
    const bNumber = phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id ?? "";
    const sent = await execute(gw.yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } }, a);
    expect(sent.body.data?.registerOnPremisesAccount).toMatchObject({ status: "CODE_SENT" });
    ctx.sim.log.clear();
    const stolen = await execute(gw.yoga, VerifyOnPrem, { input: { phoneNumberId: bNumber, code: "123456" } }, b);
    expect(stolen.body.data?.verifyOnPremisesAccount).toMatchObject({ __typename: "ValidationError", message: expect.stringContaining("registerOnPremisesAccount") });
    // B cannot name A's number either: it is not in B's WABAs.
    const named = await execute(gw.yoga, VerifyOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, code: "123456" } }, b);
    expect(named.body.data?.verifyOnPremisesAccount).toMatchObject({ __typename: "ForbiddenError", message: expect.stringContaining("not in the caller's WABAs") });
    expect(onPremCalls("account/verify")).toHaveLength(0);
    expect(ctx.sim.state.phones.get(WALKTHROUGH_PHONE_ID)?.platform_type).not.toBe("ON_PREMISE");
    await gw.yoga.dispose();
  });

  it("bounds code attempts per number: the sixth within the hour is refused without calling the client", async () => {
    const gw = secured();
    const a = { authorization: `Bearer ${await tenant(DEMO_WABA_ID)}` };
    await execute(gw.yoga, RegisterOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS" } }, a);
    ctx.sim.log.clear();
    const reasons: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await execute(gw.yoga, VerifyOnPrem, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, code: String(100000 + i) } }, a);
      reasons.push((r.body.data?.verifyOnPremisesAccount as { reason?: string }).reason);
    }
    expect(reasons).toEqual(["WRONG_CODE", "WRONG_CODE", "WRONG_CODE", "WRONG_CODE", "WRONG_CODE", "RATE_LIMITED"]);
    expect(onPremCalls("account/verify")).toHaveLength(5);
    await gw.yoga.dispose();
  });
});
