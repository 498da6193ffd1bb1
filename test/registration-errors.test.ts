import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import type { GraphErrorSpec } from "../src/simulator/responses.js";
import { useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Every registration error in Meta's table gets its own reason (graph-api.md §5, §6); the simulator sends each
// the way Meta does (HTTP status, code, `error_data.details`).
const ctx = useSimulator();
const gw = useGateway(ctx);

const MUTATIONS: Record<string, string> = {
  register: `registerPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "123456" })`,
  deregister: `deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" })`,
  request_code: `requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" })`,
  verify_code: `verifyCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", code: "123456" })`,
  phone_update: `setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "123456" })`,
};

async function refusedWith(endpoint: string, error: GraphErrorSpec) {
  ctx.sim.faults.add(endpoint, { kind: "graph-error", error });
  const r = await gw.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { m: ${MUTATIONS[endpoint]} { __typename ... on GraphApiError { reason code retryable retryAfterSeconds message } } }` }),
  });
  const body = (await r.json()) as { data?: { m?: Record<string, unknown> } };
  expect(ctx.sim.log.entries.filter((e) => e.endpoint === endpoint)).toHaveLength(1);
  return body.data?.m;
}

describe("registration errors: one reason per Meta code", () => {
  const cases: [string, GraphErrorSpec, Record<string, unknown>][] = [
    ["deregister", { code: 133000, status: 500, message: "Incomplete deregistration" }, { reason: "DEREGISTRATION_INCOMPLETE", retryable: false }],
    ["deregister", { code: 133010, message: "Phone number Not Registered" }, { reason: "NOT_REGISTERED", retryable: false }],
    ["register", { code: 133015, message: "Please wait a few minutes before attempting to register this phone number" }, { reason: "RECENTLY_DELETED", retryAfterSeconds: 300 }],
    ["register", { code: 133008, message: "Too many two step verification PIN guesses for this phone number", details: "Try again after 12 hours." }, { reason: "TOO_MANY_PIN_ATTEMPTS", retryAfterSeconds: 43_200 }],
    ["register", { code: 133009, message: "Two step verification PIN was entered too quickly" }, { reason: "TOO_MANY_PIN_ATTEMPTS", retryAfterSeconds: null }],
    ["register", { code: 131031, status: 403, message: "Business Account locked" }, { reason: "ACCOUNT_LOCKED", retryable: false }],
    ["request_code", { code: 136024, message: "Could not send the code" }, { reason: "CODE_NOT_SENT", retryable: true }],
    ["register", { code: 368, status: 403, message: "Temporarily blocked for policies violations" }, { reason: "POLICY_BLOCKED" }],
    ["phone_update", { code: 131005, status: 403, message: "Access denied" }, { reason: "PERMISSION_DENIED", retryable: false }],
    ["verify_code", { code: 131008, message: "Required parameter is missing" }, { reason: "INVALID_PARAMETER", retryable: false }],
    ["register", { code: 131009, message: "Parameter value is not valid" }, { reason: "INVALID_PARAMETER", retryable: false }],
  ];

  for (const [endpoint, error, expected] of cases) {
    it(`answers ${error.code} on ${endpoint} as ${String(expected.reason)}, sent once`, async () => {
      const answer = await refusedWith(endpoint, error);
      expect(answer).toMatchObject({ __typename: "GraphApiError", code: error.code, ...expected });
      expect(String(answer?.message)).not.toContain(error.message);
    });
  }
});
