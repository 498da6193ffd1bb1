import { describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { codes, execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { fieldsOf, useSimulator } from "./helpers/simulator.js";
import { DEMO_CERTIFICATE, DEMO_NEW_CERTIFICATE, DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID } from "../src/simulator/seed.js";

const ctx = useSimulator();

const PhoneDetail = graphql(`
  query PhoneDetail($id: ID!) {
    phoneNumber(id: $id) {
      id
      displayPhoneNumber
      verifiedName
      qualityRating
      codeVerificationStatus
      accountMode
      lastOnboardedTime
      nameStatus
      newNameStatus
      certificate { value nameStatus }
      newCertificate { value nameStatus }
      status
      platformType
      throughputLevel
      messagingLimit
      isOfficialBusinessAccount
      isPinEnabled
      healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }
    }
  }
`);

const DisplayOnly = graphql(`
  query DisplayOnly($id: ID!) {
    phoneNumber(id: $id) { displayPhoneNumber }
  }
`);

const TwoNumbers = graphql(`
  query TwoNumbers($good: ID!, $bad: ID!) {
    good: phoneNumber(id: $good) { id verifiedName }
    bad: phoneNumber(id: $bad) { id verifiedName }
  }
`);

const ManyNumbers = graphql(`
  query ManyNumbers($ids: [ID!]!) {
    phoneNumbers(ids: $ids) { id displayPhoneNumber }
  }
`);

describe("phone number reads", () => {
  const gw = useGateway(ctx);

  it("reads Meta's guide example with every documented field, sending the token only in the Authorization header", async () => {
    const { status, body } = await execute(gw.yoga, PhoneDetail, { id: DEMO_PHONE_ID });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.phoneNumber).toMatchObject({
      id: DEMO_PHONE_ID,
      displayPhoneNumber: "+1 631-555-1111",
      lastOnboardedTime: "2023-08-22T19:05:53Z",
      nameStatus: "APPROVED",
      newNameStatus: "APPROVED",
      certificate: { value: DEMO_CERTIFICATE, nameStatus: "APPROVED" },
      newCertificate: { value: DEMO_NEW_CERTIFICATE, nameStatus: "APPROVED" },
      codeVerificationStatus: "VERIFIED",
      accountMode: "LIVE",
      status: "CONNECTED",
      platformType: "CLOUD_API",
      throughputLevel: "STANDARD",
      messagingLimit: "TIER_10K",
      isOfficialBusinessAccount: false,
      isPinEnabled: true,
      healthStatus: { canSendMessage: "AVAILABLE" },
    });
    const [request] = ctx.sim.log.entries;
    expect(ctx.sim.log.count).toBe(1);
    expect(request?.headers.authorization).toBe(`Bearer ${ctx.sim.token}`);
    expect(request?.headers.userAgent).toMatch(/^waba-gateway\/\d+\.\d+\.\d+$/);
    expect(JSON.stringify(request?.query)).not.toContain(ctx.sim.token);
    expect(request?.path).toBe(`/v26.0/${DEMO_PHONE_ID}`);
    expect(fieldsOf(request)).toEqual(
      [
        "account_mode", "certificate", "code_verification_status", "display_phone_number", "health_status", "id",
        "is_official_business_account", "is_pin_enabled", "last_onboarded_time", "name_status", "new_certificate",
        "new_name_status", "platform_type", "quality_rating", "status", "throughput", "verified_name",
        "whatsapp_business_manager_messaging_limit",
      ].sort(),
    );
  });

  it("asks Meta for exactly the selected fields: display number only fetches no certificate", async () => {
    const { body } = await execute(gw.yoga, DisplayOnly, { id: DEMO_PHONE_ID });
    expect(body.data?.phoneNumber?.displayPhoneNumber).toBe("+1 631-555-1111");
    expect(fieldsOf(ctx.sim.log.entries[0])).toEqual(["display_phone_number", "id"]);
  });

  it("asks for what @include and @skip leave selected, each time the same document runs (the projection is remembered per document)", async () => {
    // The read cache off and compiled from the first run: every request reaches Meta, through both executions.
    const fresh = gatewayFor(ctx.sim, { cacheTtlSeconds: 0, compileAfter: 1 });
    const query = "query P($id: ID!, $cert: Boolean!, $noName: Boolean!) { phoneNumber(id: $id) { id certificate @include(if: $cert) { value } verifiedName @skip(if: $noName) } }";
    const cases = [
      [true, false, ["certificate", "id", "name_status", "verified_name"]],
      [false, false, ["id", "verified_name"]],
      [true, true, ["certificate", "id", "name_status"]],
      [false, true, ["id"]],
      [true, false, ["certificate", "id", "name_status", "verified_name"]],
      [false, true, ["id"]],
    ] as const;
    for (const [cert, noName, fields] of cases) {
      ctx.sim.log.clear();
      const r = await fresh.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { id: DEMO_PHONE_ID, cert, noName } }) });
      expect(((await r.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(fieldsOf(ctx.sim.log.entries[0])).toEqual(fields);
    }
    await fresh.yoga.dispose();
  });

  it("reads the unverified number and a number without certificate as null certificate", async () => {
    const { body } = await execute(gw.yoga, PhoneDetail, { id: DEMO_UNVERIFIED_PHONE_ID });
    expect(body.data?.phoneNumber).toMatchObject({ codeVerificationStatus: "NOT_VERIFIED", certificate: null, newCertificate: null, newNameStatus: null });
  });

  it("maps values outside the documented enums to UNKNOWN instead of failing", async () => {
    const { body } = await execute(gw.yoga, PhoneDetail, { id: "1090000000000007" });
    expect(body.errors).toBeUndefined();
    expect(body.data?.phoneNumber).toMatchObject({ nameStatus: "UNKNOWN", qualityRating: "UNKNOWN", codeVerificationStatus: "UNVERIFIED" });
  });

  it("answers a missing number with null and NOT_FOUND, its sibling unaffected, HTTP 200", async () => {
    const { status, body } = await execute(gw.yoga, TwoNumbers, { good: DEMO_PHONE_ID, bad: "999999999" });
    expect(status).toBe(200);
    expect(body.data?.good).toMatchObject({ id: DEMO_PHONE_ID, verifiedName: "Lucky Shrub" });
    expect(body.data?.bad).toBeNull();
    expect(codes(body)).toEqual(["NOT_FOUND"]);
    expect(body.errors?.[0]?.path).toEqual(["bad"]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ graphApiCode: expect.any(Number), fbtraceId: expect.any(String) });
  });

  it("keeps the order asked for in phoneNumbers(ids) and refuses a non-numeric id without calling Meta for it", async () => {
    const { body } = await execute(gw.yoga, ManyNumbers, { ids: [DEMO_UNVERIFIED_PHONE_ID, "not-an-id", DEMO_PHONE_ID] });
    expect(body.data?.phoneNumbers.map((p) => p?.id ?? null)).toEqual([DEMO_UNVERIFIED_PHONE_ID, null, DEMO_PHONE_ID]);
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    const sent = ctx.sim.log.entries.map((r) => r.query.ids ?? "").join(",");
    expect(sent).not.toContain("not-an-id");
  });

  it("refuses a path-like id before any upstream call", async () => {
    const { body } = await execute(gw.yoga, DisplayOnly, { id: "../me?fields=id" });
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    expect(ctx.sim.log.count).toBe(0);
  });

  it("refuses more than 250 ids before any upstream call", async () => {
    const ids = Array.from({ length: 251 }, (_, i) => String(1000 + i));
    const { body } = await execute(gw.yoga, ManyNumbers, { ids });
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
    expect(ctx.sim.log.count).toBe(0);
  });
});
