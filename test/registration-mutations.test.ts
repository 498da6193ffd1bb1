import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { secretsOf } from "../src/simulator/state.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const gw = useGateway(ctx);

graphql(`
  fragment MutationErrors on Error {
    __typename
    message
    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }
    ... on ValidationError { field }
  }
`);

const RequestCode = graphql(`
  mutation RequestCode($input: RequestVerificationCodeInput!) {
    requestVerificationCode(input: $input) {
      __typename
      ... on RequestVerificationCodeSuccess { phoneNumber { id codeVerificationStatus registration { state } } }
      ...MutationErrors
    }
  }
`);

const VerifyCode = graphql(`
  mutation VerifyCode($input: VerifyCodeInput!) {
    verifyCode(input: $input) {
      __typename
      ... on VerifyCodeSuccess { phoneNumber { id codeVerificationStatus registration { state nextAction } } }
      ...MutationErrors
    }
  }
`);

const Register = graphql(`
  mutation Register($input: RegisterPhoneNumberInput!) {
    registerPhoneNumber(input: $input) {
      __typename
      ... on RegisterPhoneNumberSuccess { phoneNumber { id platformType status isPinEnabled registration { state nextAction } } }
      ...MutationErrors
    }
  }
`);

const Deregister = graphql(`
  mutation Deregister($input: DeregisterPhoneNumberInput!) {
    deregisterPhoneNumber(input: $input) {
      __typename
      ... on DeregisterPhoneNumberSuccess { phoneNumber { id platformType } }
      ...MutationErrors
    }
  }
`);

const SetPin = graphql(`
  mutation SetPin($input: SetTwoStepVerificationPinInput!) {
    setTwoStepVerificationPin(input: $input) {
      __typename
      ... on SetTwoStepVerificationPinSuccess { phoneNumber { id isPinEnabled } }
      ...MutationErrors
    }
  }
`);

const RegisterThenDeregister = graphql(`
  mutation RegisterThenDeregister($id: ID!) {
    first: registerPhoneNumber(input: { phoneNumberId: $id, pin: "123456" }) {
      ... on RegisterPhoneNumberSuccess { phoneNumber { platformType } }
    }
    second: deregisterPhoneNumber(input: { phoneNumberId: $id }) {
      ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType } }
    }
  }
`);

const log = () => ctx.sim.log.entries;
const posts = (endpoint: string) => log().filter((r) => r.endpoint === endpoint);

describe("registration lifecycle against the simulator", () => {
  it("walks a fresh number from NEEDS_VERIFICATION to REGISTERED_CLOUD_API, each success re-read from Meta", async () => {
    const requested = await execute(gw.yoga, RequestCode, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, codeMethod: "SMS", language: "en_US" } });
    expect(requested.body.data?.requestVerificationCode).toMatchObject({
      __typename: "RequestVerificationCodeSuccess",
      phoneNumber: { id: WALKTHROUGH_PHONE_ID, codeVerificationStatus: "NOT_VERIFIED", registration: { state: "NEEDS_VERIFICATION" } },
    });
    expect(posts("request_code")).toHaveLength(1);
    expect(posts("request_code")[0]).toMatchObject({ method: "POST", path: `/v26.0/${WALKTHROUGH_PHONE_ID}/request_code`, headers: { contentType: "application/json" }, body: { code_method: "SMS", language: "en_US" } });
    // The success's number is read after the change.
    expect(log().map((r) => r.endpoint)).toEqual(["request_code", "node"]);

    ctx.sim.log.clear();
    const wrong = await execute(gw.yoga, VerifyCode, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, code: "999999" } });
    expect(wrong.body.data?.verifyCode).toMatchObject({ __typename: "GraphApiError", reason: "WRONG_CODE", code: 136025, retryable: false, fbtraceId: expect.any(String) });

    const right = await execute(gw.yoga, VerifyCode, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, code: "123456" } });
    expect(right.body.data?.verifyCode).toMatchObject({
      __typename: "VerifyCodeSuccess",
      phoneNumber: { codeVerificationStatus: "VERIFIED", registration: { state: "READY_TO_REGISTER", nextAction: expect.stringContaining("registerPhoneNumber") } },
    });

    ctx.sim.log.clear();
    const registered = await execute(gw.yoga, Register, { input: { phoneNumberId: WALKTHROUGH_PHONE_ID, pin: "246810", dataLocalizationRegion: "IN" } });
    expect(registered.body.data?.registerPhoneNumber).toMatchObject({
      __typename: "RegisterPhoneNumberSuccess",
      phoneNumber: { platformType: "CLOUD_API", status: "CONNECTED", isPinEnabled: true, registration: { state: "REGISTERED_CLOUD_API" } },
    });
    expect(posts("register")[0]?.body).toEqual({ messaging_product: "whatsapp", pin: "246810", data_localization_region: "IN" });
  });

  it("reports a PIN that does not match the number's two-step PIN as PIN_MISMATCH", async () => {
    const set = await execute(gw.yoga, SetPin, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "111111" } });
    expect(set.body.data?.setTwoStepVerificationPin).toMatchObject({ __typename: "SetTwoStepVerificationPinSuccess", phoneNumber: { isPinEnabled: true } });
    expect(posts("phone_update")[0]).toMatchObject({ path: `/v26.0/${DEMO_PHONE_ID}`, body: { pin: "111111" } });
    const { body } = await execute(gw.yoga, Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "222222" } });
    expect(body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "PIN_MISMATCH", code: 133005, retryable: false });
  });

  it("reports an unverified number as NOT_VERIFIED", async () => {
    const { body } = await execute(gw.yoga, Register, { input: { phoneNumberId: DEMO_UNVERIFIED_PHONE_ID, pin: "123456" } });
    expect(body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "NOT_VERIFIED", code: 133006 });
  });

  it("reports Meta's 10-per-72-hours limit as REGISTRATION_LIMIT, retryable after 72 hours", async () => {
    const id = "1090000000000001";
    secretsOf(ctx.sim.state, id).registrationCalls = Array.from({ length: 10 }, () => Date.now() - 1000);
    const { body } = await execute(gw.yoga, Deregister, { input: { phoneNumberId: id } });
    expect(body.data?.deregisterPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "REGISTRATION_LIMIT", code: 133016, retryable: true, retryAfterSeconds: 259_200 });
  });

  it("deregisters a number", async () => {
    const { body } = await execute(gw.yoga, Deregister, { input: { phoneNumberId: "1090000000000002" } });
    expect(body.data?.deregisterPhoneNumber).toMatchObject({ __typename: "DeregisterPhoneNumberSuccess", phoneNumber: { platformType: "NOT_APPLICABLE" } });
    expect(posts("deregister")[0]?.body).toBeUndefined();
  });

  it("re-reads the number after each mutation of one operation, never from the operation's cache", async () => {
    // A verified number with an approved name (and so a certificate): Meta registers only those.
    const { body } = await execute(gw.yoga, RegisterThenDeregister, { id: "1090000000000006" });
    expect(body.data?.first).toEqual({ phoneNumber: { platformType: "CLOUD_API" } });
    expect(body.data?.second).toEqual({ phoneNumber: { platformType: "NOT_APPLICABLE" } });
  });

  it("refuses bad input with a ValidationError naming the field, sending nothing to Meta", async () => {
    const cases = [
      [Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "12345" } }, "pin"],
      [Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "12a456" } }, "pin"],
      [Register, { input: { phoneNumberId: "12/../me", pin: "123456" } }, "phoneNumberId"],
      [Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "123456", dataLocalizationRegion: "XX" } }, "dataLocalizationRegion"],
      [VerifyCode, { input: { phoneNumberId: DEMO_PHONE_ID, code: "12a" } }, "code"],
      [RequestCode, { input: { phoneNumberId: DEMO_PHONE_ID, codeMethod: "SMS", language: "english" } }, "language"],
      [SetPin, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "1234567" } }, "pin"],
    ] as const;
    for (const [document, variables, field] of cases) {
      const { body } = await execute(gw.yoga, document as typeof Register, variables as never);
      const result = Object.values(body.data ?? {})[0] as { __typename: string; field: string; message: string };
      expect(result).toMatchObject({ __typename: "ValidationError", field });
      expect(result.message).toContain(field);
    }
    expect(log()).toHaveLength(0);
  });

  it("maps Meta's other refusals to stable reasons", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "graph-error", error: { code: 80007, message: "(#80007) Rate limit hit" } }, "RATE_LIMITED"],
      [{ kind: "graph-error", error: { code: 200, status: 403, message: "(#200) Permissions error" } }, "PERMISSION_DENIED"],
      [{ kind: "graph-error", error: { code: 100, message: "(#100) Invalid parameter" } }, "INVALID_PARAMETER"],
      [{ kind: "graph-error", error: { code: 131999, message: "Something else" } }, "OTHER"],
    ];
    for (const [fault, reason] of cases) {
      ctx.sim.faults.add("register", fault as never);
      const { body } = await execute(gw.yoga, Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "111111" } });
      expect(body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason });
    }
    const missing = await execute(gw.yoga, Register, { input: { phoneNumberId: "999999999", pin: "111111" } });
    expect(missing.body.data?.registerPhoneNumber).toMatchObject({ reason: "NOT_FOUND", code: 100, subcode: 33 });
  });

  it("reports a refused gateway token as ACCESS_TOKEN_INVALID without echoing it", async () => {
    const bad = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: "EAAG-not-valid-anymore", timeoutMs: 2000 } });
    const { body, text } = await execute(bad.yoga, Deregister, { input: { phoneNumberId: DEMO_PHONE_ID } });
    expect(body.data?.deregisterPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "ACCESS_TOKEN_INVALID", code: 190 });
    expect(text).not.toContain("EAAG-not-valid-anymore");
    await bad.yoga.dispose();
  });

  it("sends a mutation exactly once when Meta answers 5xx or the connection breaks, saying the outcome is unknown", async () => {
    for (const fault of [{ kind: "html500" }, { kind: "reset" }, { kind: "graph-error", error: { code: 2, status: 503, message: "Service temporarily unavailable", isTransient: true } }] as const) {
      ctx.sim.log.clear();
      ctx.sim.faults.add("register", fault as never);
      const { body } = await execute(gw.yoga, Register, { input: { phoneNumberId: DEMO_PHONE_ID, pin: "111111" } });
      const result = body.data?.registerPhoneNumber as { reason: string; message: string; retryable: boolean };
      expect(result).toMatchObject({ reason: "UPSTREAM_UNAVAILABLE", retryable: true });
      expect(result.message).toContain("outcome is unknown");
      expect(posts("register")).toHaveLength(1);
    }
  });

  it("reports a hang as UPSTREAM_TIMEOUT, sent once", async () => {
    const slow = gatewayFor(ctx.sim, { graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 300 } });
    ctx.sim.faults.add("request_code", { kind: "hang" });
    const { body } = await execute(slow.yoga, RequestCode, { input: { phoneNumberId: DEMO_PHONE_ID, codeMethod: "VOICE", language: "en" } });
    expect(body.data?.requestVerificationCode).toMatchObject({ __typename: "GraphApiError", reason: "UPSTREAM_TIMEOUT" });
    expect((body.data?.requestVerificationCode as { message: string }).message).toContain("outcome is unknown");
    expect(posts("request_code")).toHaveLength(1);
    await slow.yoga.dispose();
  });
});
