import { describe, expect, it } from "vitest";
import { deriveRegistration, REGISTRATION_WINDOW_MS } from "../src/schema/phone-number/registration.js";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor } from "./helpers/gateway.js";
import { fieldsOf, useSimulator } from "./helpers/simulator.js";

const ONBOARDED = "2023-08-22T19:05:53+0000";
const deadline = Date.parse("2023-08-22T19:05:53Z") + REGISTRATION_WINDOW_MS;

describe("PhoneNumber.registration (derived)", () => {
  it("derives every state from platform_type, code_verification_status and last_onboarded_time", () => {
    const at = deadline - 1000;
    const base = { id: "1", last_onboarded_time: ONBOARDED };
    expect(deriveRegistration({ ...base, platform_type: "CLOUD_API" }, at).state).toBe("REGISTERED_CLOUD_API");
    expect(deriveRegistration({ ...base, platform_type: "ON_PREMISE" }, at).state).toBe("REGISTERED_ON_PREMISES");
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "VERIFIED" }, at).state).toBe("READY_TO_REGISTER");
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "VERIFIED", name_status: "PENDING_REVIEW" }, at).state).toBe("NAME_IN_REVIEW");
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "VERIFIED", name_status: "AVAILABLE_WITHOUT_REVIEW" }, at).state).toBe("READY_TO_REGISTER");
    // A status Meta has not documented gets no certificate as far as the gateway knows: the onboarding waits for it too.
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "VERIFIED", name_status: "SOMETHING_NEW" }, at).state).toBe("NAME_NOT_APPROVED");
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "NOT_VERIFIED" }, at).state).toBe("NEEDS_VERIFICATION");
    expect(deriveRegistration({ ...base, platform_type: "NOT_APPLICABLE", code_verification_status: "EXPIRED" }, at).state).toBe("NEEDS_VERIFICATION");
    expect(deriveRegistration({ ...base, code_verification_status: "VERIFIED" }, deadline + 1000).state).toBe("WINDOW_EXPIRED");
    // Registered numbers stay registered after the window.
    expect(deriveRegistration({ ...base, platform_type: "CLOUD_API" }, deadline + 1000).state).toBe("REGISTERED_CLOUD_API");
  });

  it("puts the deadline at last_onboarded_time + 14 days, expiring only once now is past it", () => {
    const verified = { id: "1", last_onboarded_time: ONBOARDED, code_verification_status: "VERIFIED" };
    expect(deriveRegistration(verified, deadline).deadline?.toISOString()).toBe("2023-09-05T19:05:53.000Z");
    expect(deriveRegistration(verified, deadline).state).toBe("READY_TO_REGISTER");
    expect(deriveRegistration(verified, deadline + 1).state).toBe("WINDOW_EXPIRED");
    expect(deriveRegistration(verified, deadline - 1).nextAction).toContain("2023-09-05T19:05:53Z");
    expect(deriveRegistration({ id: "1", code_verification_status: "VERIFIED" }, deadline)).toMatchObject({ state: "READY_TO_REGISTER", deadline: null });
  });

  it("gives one plain sentence for a person in each state", () => {
    for (const phone of [
      { id: "1", platform_type: "CLOUD_API" },
      { id: "1", platform_type: "ON_PREMISE" },
      { id: "1", code_verification_status: "VERIFIED" },
      { id: "1", code_verification_status: "VERIFIED", name_status: "PENDING_REVIEW" },
      { id: "1", code_verification_status: "NOT_VERIFIED" },
      { id: "1", last_onboarded_time: ONBOARDED },
    ]) {
      const { nextAction } = deriveRegistration(phone, deadline + 1);
      expect(nextAction).toMatch(/^[A-Z][^\n]+\.$/);
    }
  });
});

describe("registration through the gateway", () => {
  const ctx = useSimulator();
  const Registration = graphql(`
    query RegistrationOf($id: ID!) {
      phoneNumber(id: $id) { registration { state deadline nextAction } }
    }
  `);

  it("fetches only the six Meta fields it needs, and follows the gateway's clock across the deadline", async () => {
    // The unverified example number was onboarded 2023-08-21T10:12:00Z.
    const its = Date.parse("2023-08-21T10:12:00Z") + REGISTRATION_WINDOW_MS;
    const before = gatewayFor(ctx.sim, { now: () => its - 1000 });
    const early = await execute(before.yoga, Registration, { id: DEMO_UNVERIFIED_PHONE_ID });
    expect(early.body.data?.phoneNumber?.registration).toMatchObject({ state: "NEEDS_VERIFICATION", deadline: "2023-09-04T10:12:00Z" });
    expect(fieldsOf(ctx.sim.log.entries[0])).toEqual(["code_verification_status", "id", "is_on_biz_app", "last_onboarded_time", "name_status", "new_name_status", "platform_type"]);

    const after = gatewayFor(ctx.sim, { now: () => its + 1000 });
    const late = await execute(after.yoga, Registration, { id: DEMO_UNVERIFIED_PHONE_ID });
    expect(late.body.data?.phoneNumber?.registration.state).toBe("WINDOW_EXPIRED");
    const registered = await execute(after.yoga, Registration, { id: DEMO_PHONE_ID });
    expect(registered.body.data?.phoneNumber?.registration.state).toBe("REGISTERED_CLOUD_API");
    // Its approved new name (Meta's guide's example) takes effect once it registers again (graph-api.md §11.5).
    expect(registered.body.data?.phoneNumber?.registration.nextAction).toMatch(/register the number again.*within 14 days/i);
    await Promise.all([before.yoga.dispose(), after.yoga.dispose()]);
  });
});
