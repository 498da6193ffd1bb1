import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID, NEW_CLIENT_WABA_ID, PREVERIFIED_UNVERIFIED_ID, WALKTHROUGH_PHONE_ID } from "../src/simulator/seed.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const PIN = "482913";
const CODE = "123456";
const ON_PREM_PASSWORD = "simulator-password";

describe("nothing secret leaks", () => {
  it("keeps the token, PINs, codes and the On-Premises password out of every response and log line", async () => {
    // Queries compiled from their first run: the compiled code's errors must not leak either.
    const good = gatewayFor(ctx.sim, { compileAfter: 1, onPremises: { baseUrl: ctx.sim.url, username: "admin", password: ON_PREM_PASSWORD, timeoutMs: 2000 } });
    const refused = gatewayFor(ctx.sim, { compileAfter: 1, graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: `${ctx.sim.token}-revoked`, timeoutMs: 2000 } });
    const responses: string[] = [];
    const run = async (yoga: typeof good.yoga, query: string, variables: Record<string, unknown> = {}) => {
      const r = await yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "leak-check-1" },
        body: JSON.stringify({ query, variables }),
      });
      responses.push(await r.text());
    };
    const register = `mutation ($pin: String!, $id: ID!) { registerPhoneNumber(input: { phoneNumberId: $id, pin: $pin }) { __typename ... on Error { message } ... on GraphApiError { reason code fbtraceId } } }`;
    for (const yoga of [good.yoga, refused.yoga]) {
      await run(yoga, `{ waba(id: "${DEMO_WABA_ID}") { name phoneNumbers(first: 3) { edges { node { id certificate { value } } } } } }`);
      await run(yoga, register, { id: DEMO_PHONE_ID, pin: PIN });
      await run(yoga, register, { id: DEMO_PHONE_ID, pin: "12" });
      await run(yoga, `mutation ($c: String!) { verifyCode(input: { phoneNumberId: "${WALKTHROUGH_PHONE_ID}", code: $c }) { __typename } }`, { c: CODE });
      await run(yoga, `mutation ($pin: String!) { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: $pin }) { __typename } }`, { pin: PIN });
      await run(yoga, `mutation { registerOnPremisesAccount(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, pin: "${PIN}" }) { __typename } }`);
      // Onboarding: the business's edges, the pre-verified pool (with a code), adding numbers, names, subscriptions.
      await run(yoga, `{ managedWabas(relation: CLIENT, first: 3) { edges { node { id subscribedApps { id } } } } preverifiedPhoneNumbers { edges { node { id } } } }`);
      await run(yoga, `mutation ($c: String!) { verifyPreverifiedCode(input: { preverifiedPhoneNumberId: "${PREVERIFIED_UNVERIFIED_ID}", code: $c }) { __typename ... on Error { message } } }`, { c: CODE });
      await run(yoga, `mutation { addPreverifiedPhoneNumber(input: { phoneNumber: "+16315557099" }) { __typename ... on Error { message } } }`);
      await run(yoga, `mutation { addPhoneNumber(input: { wabaId: "${NEW_CLIENT_WABA_ID}", phoneNumber: "+16315557098", verifiedName: "Fresh Sprouts" }) { __typename ... on Error { message } } }`);
      await run(yoga, `mutation { requestDisplayNameChange(input: { phoneNumberId: "${DEMO_PHONE_ID}", newDisplayName: "Lucky Shrub Two" }) { __typename ... on Error { message } } }`);
      await run(yoga, `mutation { subscribeAppToWaba(input: { wabaId: "${NEW_CLIENT_WABA_ID}" }) { __typename ... on Error { message } } }`);
      ctx.sim.faults.add("node", { kind: "html500" }, 3);
      await run(yoga, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`);
      responses.push(await (await yoga.fetch("http://yoga/metrics")).text());
      responses.push(await (await yoga.fetch("http://yoga/readiness")).text());
    }
    const everything = [...responses, good.logs.text, refused.logs.text].join("\n");
    expect(responses.some((r) => r.includes("GraphApiError"))).toBe(true);
    expect(good.logs.text).toContain('"requestId":"leak-check-1"');
    for (const secret of [ctx.sim.token, PIN, CODE, ON_PREM_PASSWORD, "Bearer "]) expect(everything).not.toContain(secret);
    // The upstream did receive them, where they belong.
    expect(ctx.sim.log.entries.some((r) => r.headers.authorization === `Bearer ${ctx.sim.token}`)).toBe(true);
    expect(ctx.sim.log.entries.some((r) => r.body?.pin === PIN)).toBe(true);
    expect(ctx.sim.log.entries.some((r) => r.endpoint === "verify_code" && r.body?.code === CODE)).toBe(true);
    await Promise.all([good.yoga.dispose(), refused.yoga.dispose()]);
  });
});
