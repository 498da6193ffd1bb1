import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { ApiClient } from "../src/auth/clients-file.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, NEW_CLIENT_WABA_ID, PREVERIFIED_FRESH_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { phonesOfWaba, wabaOfPhone } from "../src/simulator/state.js";
import { decideName } from "../src/simulator/webhooks.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const gw = useGateway(ctx);

const AddNumber = graphql(`
  mutation AddNumber($input: AddPhoneNumberInput!) {
    addPhoneNumber(input: $input) {
      __typename
      ... on AddPhoneNumberSuccess { phoneNumber { id displayPhoneNumber verifiedName codeVerificationStatus nameStatus registration { state nextAction } } }
      ... on MigrationBlockedError { blockers { reason message } }
      ...MutationErrors
    }
  }
`);

const Walk = {
  requestCode: graphql(`
    mutation OnboardRequestCode($id: ID!) {
      requestVerificationCode(input: { phoneNumberId: $id, codeMethod: SMS, language: "en_US" }) { __typename }
    }
  `),
  verify: graphql(`
    mutation OnboardVerify($id: ID!) {
      verifyCode(input: { phoneNumberId: $id, code: "123456" }) { __typename }
    }
  `),
  register: graphql(`
    mutation OnboardRegister($id: ID!) {
      registerPhoneNumber(input: { phoneNumberId: $id, pin: "246810" }) {
        __typename
        ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName nameStatus newNameStatus registration { state nextAction } } }
        ... on GraphApiError { reason code subcode }
      }
    }
  `),
};

const NumbersOf = graphql(`
  query OnboardNumbersOf($id: ID!) {
    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id displayPhoneNumber } } } }
  }
`);

const Blockers = graphql(`
  query Blockers($id: ID!, $to: ID) {
    phoneNumber(id: $id) { id migrationBlockers(toWabaId: $to) { reason message } }
  }
`);

const NameChange = graphql(`
  mutation NameChange($input: RequestDisplayNameChangeInput!) {
    requestDisplayNameChange(input: $input) {
      __typename
      ... on RequestDisplayNameChangeSuccess { phoneNumber { id verifiedName newDisplayName newNameStatus } }
      ...MutationErrors
    }
  }
`);

const posts = (endpoint: string) => ctx.sim.log.entries.filter((e) => e.method === "POST" && e.endpoint === endpoint);
const added = (r: Awaited<ReturnType<typeof addNumber>>) => {
  const result = r.body.data?.addPhoneNumber;
  return result?.__typename === "AddPhoneNumberSuccess" ? result.phoneNumber : undefined;
};
const addNumber = (input: { wabaId: string; phoneNumber: string; verifiedName: string; migrate?: boolean; preverifiedPhoneNumberId?: string }, headers?: Record<string, string>, yoga = gw.yoga) =>
  execute(yoga, AddNumber, { input }, headers);

describe("addPhoneNumber", () => {
  it("sends cc and the national number split from E.164, and the new number is readable at once and walks verification to registration", async () => {
    // Read (and cached) before the number exists: the add must drop that answer.
    const before = await execute(gw.yoga, NumbersOf, { id: NEW_CLIENT_WABA_ID });
    expect(before.body.data?.waba?.phoneNumbers.edges).toEqual([]);
    ctx.sim.log.clear();
    const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315559876", verifiedName: "  Fresh Sprouts Bakery " });
    const phone = added(r);
    expect(phone).toMatchObject({ verifiedName: "Fresh Sprouts Bakery", codeVerificationStatus: "NOT_VERIFIED", registration: { state: "NEEDS_VERIFICATION" } });
    expect(posts("add_phone_number")).toHaveLength(1);
    expect(posts("add_phone_number")[0]).toMatchObject({
      path: `/v26.0/${NEW_CLIENT_WABA_ID}/phone_numbers`,
      body: { cc: "1", phone_number: "6315559876", verified_name: "Fresh Sprouts Bakery" },
      headers: { contentType: "application/json" },
    });
    // No migrate or preverified parameter unless asked for.
    expect(Object.keys(posts("add_phone_number")[0]?.body ?? {}).sort()).toEqual(["cc", "phone_number", "verified_name"]);

    const id = phone?.id ?? "";
    const listed = await execute(gw.yoga, NumbersOf, { id: NEW_CLIENT_WABA_ID });
    expect(listed.body.data?.waba?.phoneNumbers.edges.map((e) => e.node.id)).toContain(id);

    expect((await execute(gw.yoga, Walk.requestCode, { id })).body.data?.requestVerificationCode.__typename).toBe("RequestVerificationCodeSuccess");
    expect((await execute(gw.yoga, Walk.verify, { id })).body.data?.verifyCode.__typename).toBe("VerifyCodeSuccess");
    // A new number's name goes to review: no certificate, so Meta refuses register until it approves the name.
    const early = await execute(gw.yoga, Walk.register, { id });
    expect(early.body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "DISPLAY_NAME_NOT_APPROVED", code: 100, subcode: 2388001 });
    await decideName(ctx.sim.state, undefined, id, "APPROVED");
    const registered = await execute(gw.yoga, Walk.register, { id });
    expect(registered.body.data?.registerPhoneNumber).toMatchObject({ phoneNumber: { registration: { state: "REGISTERED_CLOUD_API" } } });
  });

  it("refuses a number not in E.164 form, and a blank or over-long name, as ValidationError with nothing sent", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ phoneNumber: "6315551234" }, "phoneNumber"],
      [{ phoneNumber: "+1 631-555-1234" }, "phoneNumber"],
      [{ phoneNumber: "+1631555" }, "phoneNumber"],
      [{ phoneNumber: "+999123456789" }, "phoneNumber"],
      [{ verifiedName: "   " }, "verifiedName"],
      [{ verifiedName: "x".repeat(257) }, "verifiedName"],
      [{ wabaId: "1;DROP" }, "wabaId"],
    ];
    for (const [change, field] of cases) {
      const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315550001", verifiedName: "Fresh Sprouts", ...change });
      expect(r.body.data?.addPhoneNumber, JSON.stringify(change)).toMatchObject({ __typename: "ValidationError", field });
    }
    const both = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550001", verifiedName: "Lucky Shrub", migrate: true, preverifiedPhoneNumberId: PREVERIFIED_FRESH_ID });
    expect(both.body.data?.addPhoneNumber).toMatchObject({ __typename: "ValidationError", field: "preverifiedPhoneNumberId" });
    expect(ctx.sim.log.count).toBe(0);
  });

  it("answers Meta's 200000 for a number already on a WABA as a GraphApiError, sent once", async () => {
    const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315551111", verifiedName: "Lucky Shrub" });
    expect(r.body.data?.addPhoneNumber).toMatchObject({ __typename: "GraphApiError", code: 200000, reason: "CANNOT_ADD_NUMBER", retryable: false });
    expect(ctx.sim.log.count).toBe(1);
  });

  it("sends a transport failure once and says the outcome is unknown", async () => {
    ctx.sim.faults.add("add_phone_number", { kind: "reset" });
    const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315550002", verifiedName: "Fresh Sprouts" });
    expect(r.body.data?.addPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "UPSTREAM_UNAVAILABLE", retryable: true });
    expect(posts("add_phone_number")).toHaveLength(1);
  });
});

describe("migrating a number", () => {
  // Jasper's Market's second number: no PIN, name APPROVED (the seed's generated number 42).
  const MOVABLE = "1080000000000002";
  // Its first: two-step verification on.
  const PINNED = "1080000000000001";

  it("lists what Meta would refuse a migration for, from the number's fields and the destination's subscriptions", async () => {
    const pinned = await execute(gw.yoga, Blockers, { id: PINNED, to: NEW_CLIENT_WABA_ID });
    expect(pinned.body.data?.phoneNumber?.migrationBlockers.map((b) => b.reason)).toEqual(
      expect.arrayContaining(["TWO_STEP_VERIFICATION_ON", "NO_APP_SUBSCRIBED"]),
    );
    const movable = await execute(gw.yoga, Blockers, { id: MOVABLE, to: DEMO_WABA_ID });
    expect(movable.body.data?.phoneNumber?.migrationBlockers).toEqual([]);
    const fields = ctx.sim.log.entries.find((e) => e.endpoint === "node")?.query.fields;
    expect(fields).toBe("id,is_pin_enabled,name_status,new_name_status");
  });

  it("refuses up front, sending no POST, when the destination WABA has no subscribed app", async () => {
    const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+15551421042", verifiedName: "Demo Store 42", migrate: true });
    expect(r.body.data?.addPhoneNumber).toMatchObject({ __typename: "MigrationBlockedError", blockers: [{ reason: "NO_APP_SUBSCRIBED" }] });
    expect(ctx.sim.log.entries.map((e) => `${e.method} ${e.endpoint}`)).toEqual(["GET subscribed_apps"]);
  });

  it("passes on Meta's refusals: a number no other WABA holds, and a number with two-step verification on", async () => {
    const nobody = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550003", verifiedName: "Lucky Shrub", migrate: true });
    expect(nobody.body.data?.addPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "INVALID_PARAMETER", code: 100 });
    const pinnedDigits = ctx.sim.state.phones.get(PINNED)?.display_phone_number as string;
    const pinned = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: `+${pinnedDigits.replace(/\D/g, "")}`, verifiedName: "Demo Store 41", migrate: true });
    expect(pinned.body.data?.addPhoneNumber).toMatchObject({ __typename: "GraphApiError", code: 200000, reason: "CANNOT_ADD_NUMBER" });
    expect(posts("add_phone_number").map((p) => p.body?.migrate_phone_number)).toEqual([true, true]);
  });

  it("moves a number: the new ID is verified and registered on the destination, and the source WABA loses it then", async () => {
    const digits = (ctx.sim.state.phones.get(MOVABLE)?.display_phone_number as string).replace(/\D/g, "");
    const r = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: `+${digits}`, verifiedName: "Demo Store 42", migrate: true });
    const phone = added(r);
    expect(phone).toMatchObject({ verifiedName: "Demo Store 42", nameStatus: "APPROVED", codeVerificationStatus: "NOT_VERIFIED" });
    expect(posts("add_phone_number")[0]?.body).toMatchObject({ cc: "1", phone_number: digits.slice(1), migrate_phone_number: true });
    const id = phone?.id ?? "";
    expect(wabaOfPhone(ctx.sim.state, MOVABLE)).toBe(SECOND_WABA_ID);
    await execute(gw.yoga, Walk.requestCode, { id });
    await execute(gw.yoga, Walk.verify, { id });
    expect((await execute(gw.yoga, Walk.register, { id })).body.data?.registerPhoneNumber.__typename).toBe("RegisterPhoneNumberSuccess");
    expect(wabaOfPhone(ctx.sim.state, MOVABLE)).toBeUndefined();
    expect(wabaOfPhone(ctx.sim.state, id)).toBe(DEMO_WABA_ID);
  });
});

describe("a tenant's migration never pulls another tenant's number (issue 22, finding 5)", () => {
  const A_KEY = "wgk_tenant-a-migrates";
  const OPERATOR = "wgk_operator-migrates";
  const clients: ApiClient[] = [
    { keyHash: createHash("sha256").update(A_KEY).digest(), caller: { name: "tenant-a", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
    { keyHash: createHash("sha256").update(OPERATOR).digest(), caller: { name: "ops", kind: "api-key", wabaIds: "all", scopes: new Set(["read", "manage"]) } },
  ];
  const digitsOf = (id: string | undefined) => String(ctx.sim.state.phones.get(id ?? "")?.display_phone_number ?? "").replace(/\D/g, "");

  it("refuses B's number with nothing sent, answering exactly as Meta's refusal of a number no WABA holds", async () => {
    // Every optimisation on, and a fresh gateway: it has listed nobody's numbers yet (B's WABA is one of the business's).
    const { yoga } = gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients }, compileAfter: 1 });
    const bNumber = phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id;
    const headers = { "x-api-key": A_KEY };
    const pulled = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: `+${digitsOf(bNumber)}`, verifiedName: "x", migrate: true }, headers, yoga);
    expect(posts("add_phone_number")).toHaveLength(0);
    expect(wabaOfPhone(ctx.sim.state, bNumber ?? "")).toBe(SECOND_WABA_ID);
    // A number no WABA holds: Meta refuses it (100), and the tenant hears the very same answer.
    const nowhere = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550077", verifiedName: "x", migrate: true }, headers, yoga);
    expect(posts("add_phone_number")).toHaveLength(1);
    const answer = (r: typeof pulled) => r.body.data?.addPhoneNumber;
    expect(answer(pulled)).toMatchObject({ __typename: "GraphApiError", reason: "CANNOT_ADD_NUMBER" });
    expect(answer(nowhere)).toEqual(answer(pulled));
    // An operator hears Meta's own answer.
    const ops = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550078", verifiedName: "x", migrate: true }, { "x-api-key": OPERATOR }, yoga);
    expect(ops.body.data?.addPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "INVALID_PARAMETER" });
    await yoga.dispose();
  });
});

describe("adding a pre-verified number", () => {
  const TENANT_KEY = "wgk_lucky-shrub-tenant";
  const clients: ApiClient[] = [
    {
      keyHash: createHash("sha256").update(TENANT_KEY).digest(),
      caller: { name: "lucky", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) },
    },
  ];

  it("is for operators only: a tenant is refused with nothing sent", async () => {
    const { yoga } = gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients } });
    const r = await execute(
      yoga,
      AddNumber,
      { input: { wabaId: DEMO_WABA_ID, phoneNumber: "+16315557002", verifiedName: "Lucky Shrub", preverifiedPhoneNumberId: PREVERIFIED_FRESH_ID } },
      { "x-api-key": TENANT_KEY },
    );
    expect(r.body.data?.addPhoneNumber).toMatchObject({ __typename: "ForbiddenError", message: expect.stringContaining("operator") });
    expect(ctx.sim.log.count).toBe(0);
    await yoga.dispose();
  });

  it("sends preverified_id with the number, which arrives VERIFIED, to register once its name is approved", async () => {
    const r = await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315557002", verifiedName: "Fresh Sprouts Bakery", preverifiedPhoneNumberId: PREVERIFIED_FRESH_ID });
    expect(added(r)).toMatchObject({ codeVerificationStatus: "VERIFIED", registration: { state: "NAME_IN_REVIEW" } });
    expect(posts("add_phone_number")[0]?.body).toEqual({ cc: "1", phone_number: "6315557002", verified_name: "Fresh Sprouts Bakery", preverified_id: PREVERIFIED_FRESH_ID });
    // Claimed: Meta replaces the pre-verified object with the number.
    expect(ctx.sim.state.preverified.has(PREVERIFIED_FRESH_ID)).toBe(false);
  });
});

describe("requestDisplayNameChange", () => {
  it("sends new_display_name, and the number reads PENDING_REVIEW with the name asked for", async () => {
    const r = await execute(gw.yoga, NameChange, { input: { phoneNumberId: DEMO_PHONE_ID, newDisplayName: "Lucky Shrub Garden Centre" } });
    expect(r.body.data?.requestDisplayNameChange).toMatchObject({
      __typename: "RequestDisplayNameChangeSuccess",
      phoneNumber: { verifiedName: "Lucky Shrub", newDisplayName: "Lucky Shrub Garden Centre", newNameStatus: "PENDING_REVIEW" },
    });
    expect(posts("phone_update")).toHaveLength(1);
    expect(posts("phone_update")[0]).toMatchObject({ path: `/v26.0/${DEMO_PHONE_ID}`, body: { new_display_name: "Lucky Shrub Garden Centre" } });
  });

  it("refuses names with hidden or broken characters before sending: NUL, zero-width, bidi overrides, lone surrogates (issue 22, finding 9)", async () => {
    for (const newDisplayName of ["Lucky\u0000Shrub", "Lucky\u200bShrub", "Lucky \u202eburhS", "Lucky \u2066Shrub\u2069", "Lucky \ud83d", "Lu\ufeffcky"]) {
      const r = await execute(gw.yoga, NameChange, { input: { phoneNumberId: DEMO_PHONE_ID, newDisplayName } });
      expect(r.body.data?.requestDisplayNameChange, JSON.stringify(newDisplayName)).toMatchObject({ __typename: "ValidationError", field: "newDisplayName" });
      const added = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550079", verifiedName: newDisplayName });
      expect(added.body.data?.addPhoneNumber).toMatchObject({ __typename: "ValidationError", field: "verifiedName" });
    }
    expect(ctx.sim.log.count).toBe(0);
    // Letters of any script, emoji and accents are names.
    const ok = await addNumber({ wabaId: DEMO_WABA_ID, phoneNumber: "+16315550080", verifiedName: "Café Ünïcode 🌿 حديقة" });
    expect(ok.body.data?.addPhoneNumber).toMatchObject({ __typename: "AddPhoneNumberSuccess" });
  });

  it("refuses a blank or over-long name before sending, and passes Meta's 10-in-30-days refusal on", async () => {
    for (const newDisplayName of ["", "  ", "n".repeat(257)]) {
      const r = await execute(gw.yoga, NameChange, { input: { phoneNumberId: DEMO_PHONE_ID, newDisplayName } });
      expect(r.body.data?.requestDisplayNameChange).toMatchObject({ __typename: "ValidationError", field: "newDisplayName" });
    }
    expect(ctx.sim.log.count).toBe(0);
    const results: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await execute(gw.yoga, NameChange, { input: { phoneNumberId: DEMO_PHONE_ID, newDisplayName: `Lucky Shrub ${i}` } });
      results.push(r.body.data?.requestDisplayNameChange.__typename ?? "");
    }
    // One change was asked for in the test before: the tenth here is the eleventh in 30 days.
    expect(results.slice(0, 9).every((t) => t === "RequestDisplayNameChangeSuccess")).toBe(true);
    expect(results[9]).toBe("GraphApiError");
    expect(posts("phone_update")).toHaveLength(10);
  });
});

describe("the audit trail", () => {
  it("records every onboarding mutation with the caller, the object and the outcome", async () => {
    await addNumber({ wabaId: NEW_CLIENT_WABA_ID, phoneNumber: "+16315551111", verifiedName: "Lucky Shrub" });
    await execute(gw.yoga, NameChange, { input: { phoneNumberId: "1090000000000001", newDisplayName: "Demo Store One" } });
    const audit = gw.logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.audit === true);
    expect(audit).toContainEqual(expect.objectContaining({ action: "addPhoneNumber", wabaId: NEW_CLIENT_WABA_ID, caller: "anonymous", outcome: "CANNOT_ADD_NUMBER" }));
    expect(audit).toContainEqual(expect.objectContaining({ action: "requestDisplayNameChange", phoneNumberId: "1090000000000001", outcome: "success" }));
  });
});
