import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_UNVERIFIED_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import type { Simulator } from "../src/simulator/server.js";
import { decideName } from "../src/simulator/webhooks.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";
import { sign } from "../src/webhooks/signature.js";

const ctx = useSimulator();

/** A customer onboarded through Embedded Signup in the simulator: its WABA and number. */
async function signedUp(sim: Simulator, options: Record<string, unknown>): Promise<{ wabaId: string; phoneId: string }> {
  const s = (await (await fetch(`${sim.url}/__simulator/embedded-signup`, { method: "POST", body: JSON.stringify(options) })).json()) as { message: { data: { waba_id: string } } };
  const wabaId = s.message.data.waba_id;
  return { wabaId, phoneId: sim.state.wabas.get(wabaId)?.phoneIds[0] as string };
}

const Number = graphql(`
  query LifeOfNumber($id: ID!) {
    phoneNumber(id: $id) { id isOnBizApp registration { state nextAction } officialBusinessAccount { status statusMessage } }
  }
`);

const Sync = graphql(`
  mutation Sync($id: ID!, $kind: CoexistenceSyncKind!) {
    syncCoexistenceData(input: { phoneNumberId: $id, kind: $kind }) {
      __typename
      ... on SyncCoexistenceDataSuccess { requestId phoneNumber { id } }
      ... on GraphApiError { reason message retryable }
      ... on ValidationError { field message }
    }
  }
`);

const Deregister = graphql(`
  mutation DeregisterLife($id: ID!) {
    deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ValidationError { field message } ... on GraphApiError { reason } }
  }
`);

const Register = graphql(`
  mutation RegisterLife($id: ID!) {
    registerPhoneNumber(input: { phoneNumberId: $id, pin: "246810" }) { __typename ... on GraphApiError { reason code subcode message retryable } }
  }
`);

const Oba = graphql(`
  mutation Oba($input: RequestOfficialBusinessAccountInput!) {
    requestOfficialBusinessAccount(input: $input) {
      __typename
      ... on RequestOfficialBusinessAccountSuccess { phoneNumber { officialBusinessAccount { status } } }
      ... on ValidationError { field message }
      ... on GraphApiError { reason }
    }
  }
`);

const Certificates = graphql(`
  query CertificateDetails($id: ID!) {
    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id verifiedName certificate { details { verifiedName issuer serial issuedAt } } } } } }
  }
`);

const posts = (endpoint: string) => ctx.sim.log.entries.filter((e) => e.method === "POST" && e.endpoint === endpoint);

describe("coexistence: a WhatsApp Business app number on Cloud API (graph-api.md §13.3)", () => {
  it("reads as COEXISTENCE with a next action that never says to register, syncs each kind once, and refuses deregistration", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const { phoneId } = await signedUp(ctx.sim, { event: "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING" });
    const read = await execute(yoga, Number, { id: phoneId });
    expect(read.body.data?.phoneNumber).toMatchObject({ isOnBizApp: true, registration: { state: "COEXISTENCE" } });
    expect(read.body.data?.phoneNumber?.registration.nextAction).not.toMatch(/regist/i);

    const contacts = await execute(yoga, Sync, { id: phoneId, kind: "CONTACTS" });
    expect(contacts.body.data?.syncCoexistenceData).toMatchObject({ __typename: "SyncCoexistenceDataSuccess", requestId: expect.stringMatching(/\w+/), phoneNumber: { id: phoneId } });
    const history = await execute(yoga, Sync, { id: phoneId, kind: "HISTORY" });
    expect(history.body.data?.syncCoexistenceData).toMatchObject({ __typename: "SyncCoexistenceDataSuccess" });
    expect(posts("smb_app_data").map((e) => e.body)).toEqual([
      { messaging_product: "whatsapp", sync_type: "smb_app_state_sync" },
      { messaging_product: "whatsapp", sync_type: "history" },
    ]);

    ctx.sim.log.clear();
    const again = await execute(yoga, Sync, { id: phoneId, kind: "CONTACTS" });
    expect(again.body.data?.syncCoexistenceData).toMatchObject({ __typename: "GraphApiError", reason: "SYNC_ALREADY_REQUESTED", retryable: false });
    expect(posts("smb_app_data")).toEqual([]);

    const deregister = await execute(yoga, Deregister, { id: phoneId });
    expect(deregister.body.data?.deregisterPhoneNumber).toMatchObject({ __typename: "ValidationError", field: "phoneNumberId" });
    expect(posts("deregister")).toEqual([]);
    await yoga.dispose();
  });

  it("says when the 24-hour window has passed, and refuses a number that is not a Business app number, both before calling Meta", async () => {
    const { phoneId } = await signedUp(ctx.sim, { event: "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING" });
    const late = gatewayFor(ctx.sim, { now: () => Date.now() + 25 * 3600_000 });
    const res = await execute(late.yoga, Sync, { id: phoneId, kind: "HISTORY" });
    expect(res.body.data?.syncCoexistenceData).toMatchObject({ __typename: "ValidationError", message: expect.stringMatching(/24 hours .* closed at/) });
    const cloud = await execute(late.yoga, Sync, { id: DEMO_PHONE_ID, kind: "HISTORY" });
    expect(cloud.body.data?.syncCoexistenceData).toMatchObject({ __typename: "ValidationError", field: "phoneNumberId" });
    expect(posts("smb_app_data")).toEqual([]);
    await late.yoga.dispose();
  });
});

describe("registration that knows why it cannot proceed", () => {
  it("answers NUMBER_ON_WHATSAPP_ACCOUNT (100/2388001) for a number still on a WhatsApp account", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const { phoneId } = await signedUp(ctx.sim, { numberOnWhatsAppAccount: true });
    const res = await execute(yoga, Register, { id: phoneId });
    expect(res.body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "NUMBER_ON_WHATSAPP_ACCOUNT", code: 100, subcode: 2388001, retryable: false });
    const answer = res.body.data?.registerPhoneNumber;
    expect(answer && "message" in answer ? answer.message : "").toMatch(/disconnect it there/);
    await yoga.dispose();
  });

  it("is NAME_NOT_APPROVED, not READY_TO_REGISTER, for a verified number whose name was declined", async () => {
    const { yoga } = gatewayFor(ctx.sim, { cacheTtlSeconds: 0 });
    const { phoneId } = await signedUp(ctx.sim, {});
    expect((await execute(yoga, Number, { id: phoneId })).body.data?.phoneNumber?.registration.state).toBe("READY_TO_REGISTER");
    const phone = ctx.sim.state.phones.get(phoneId);
    if (phone) phone.name_status = "DECLINED";
    const declined = await execute(yoga, Number, { id: phoneId });
    expect(declined.body.data?.phoneNumber?.registration).toMatchObject({ state: "NAME_NOT_APPROVED", nextAction: expect.stringMatching(/requestDisplayNameChange/) });
    await yoga.dispose();
  });

  it("is NAME_IN_REVIEW while Meta reviews the name, Meta's 2388001 then reads DISPLAY_NAME_NOT_APPROVED, and it registers once the name is approved", async () => {
    const { yoga } = gatewayFor(ctx.sim, { cacheTtlSeconds: 0 });
    const { phoneId } = await signedUp(ctx.sim, { namePending: true });
    const reviewed = await execute(yoga, Number, { id: phoneId });
    expect(reviewed.body.data?.phoneNumber?.registration).toMatchObject({ state: "NAME_IN_REVIEW", nextAction: expect.stringMatching(/^Wait for Meta's review/) });
    const early = await execute(yoga, Register, { id: phoneId });
    expect(early.body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason: "DISPLAY_NAME_NOT_APPROVED", code: 100, subcode: 2388001, retryable: true });
    await decideName(ctx.sim.state, undefined, phoneId, "APPROVED");
    expect((await execute(yoga, Number, { id: phoneId })).body.data?.phoneNumber?.registration.state).toBe("READY_TO_REGISTER");
    expect((await execute(yoga, Register, { id: phoneId })).body.data?.registerPhoneNumber.__typename).toBe("RegisterPhoneNumberSuccess");
    await yoga.dispose();
  });

  it("tells Meta's two 2388001 refusals apart by error_user_msg, whichever call answers them", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const refusal = (userMsg: string) => ({ kind: "graph-error", error: { code: 100, subcode: 2388001, userTitle: "Cannot Create Certificate", userMsg, message: "(#100) Invalid parameter" } });
    for (const [userMsg, reason] of [
      ["This number is registered to an existing WhatsApp account. To use this number, disconnect it from the existing account.", "NUMBER_ON_WHATSAPP_ACCOUNT"],
      ["Your display name could not be processed. Please edit your display name and try again.", "DISPLAY_NAME_NOT_APPROVED"],
      ["", "NUMBER_ON_WHATSAPP_ACCOUNT"],
    ] as const) {
      ctx.sim.faults.add("register", refusal(userMsg) as never);
      const res = await execute(yoga, Register, { id: DEMO_PHONE_ID });
      expect(res.body.data?.registerPhoneNumber).toMatchObject({ __typename: "GraphApiError", reason, subcode: 2388001 });
    }
    await yoga.dispose();
  });
});

describe("Official Business Account (graph-api.md §13.4)", () => {
  const application = { businessWebsiteUrl: "https://luckyshrub.example.com", primaryCountryOfOperation: "US", primaryLanguage: "en_US", supportingLinks: ["https://news.example.com/lucky-shrub"] };

  it("sends the application and reads the status Meta keeps", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const res = await execute(yoga, Oba, { input: { phoneNumberId: DEMO_PHONE_ID, ...application } });
    expect(res.body.data?.requestOfficialBusinessAccount).toEqual({ __typename: "RequestOfficialBusinessAccountSuccess", phoneNumber: { officialBusinessAccount: { status: "PENDING" } } });
    expect(posts("official_business_account")[0]?.body).toEqual({
      business_website_url: "https://luckyshrub.example.com",
      primary_country_of_operation: "US",
      primary_language: "en_US",
      supporting_links: ["https://news.example.com/lucky-shrub"],
    });
    await yoga.dispose();
  });

  it("reports the 30-day wait after a rejection it heard of (account_alerts OBA_REJECTED) before calling Meta", async () => {
    const webhooks = { verifyToken: "verify-token-for-tests", appSecret: "app-secret-for-the-oba-tests-0123456" };
    const gw = gatewayFor(ctx.sim, { webhooks });
    const body = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [{ id: DEMO_WABA_ID, time: 42, changes: [{ field: "account_alerts", value: { entity_type: "PHONE_NUMBER", entity_id: DEMO_PHONE_ID, alert_info: { alert_type: "OBA_REJECTED", alert_severity: "WARNING" } } }] }],
    });
    const ack = await gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, webhooks.appSecret) }, body });
    expect(ack.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    ctx.sim.log.clear();
    const res = await execute(gw.yoga, Oba, { input: { phoneNumberId: DEMO_PHONE_ID, ...application } });
    expect(res.body.data?.requestOfficialBusinessAccount).toMatchObject({ __typename: "ValidationError", field: "phoneNumberId", message: expect.stringMatching(/takes a new one from/) });
    expect(posts("official_business_account")).toEqual([]);
    await gw.yoga.dispose();
  });

  it("refuses bad input and numbers Meta would refuse (PIN off, Business app numbers) before sending", async () => {
    const { yoga } = gatewayFor(ctx.sim);
    const { phoneId: coexistence } = await signedUp(ctx.sim, { event: "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING" });
    ctx.sim.log.clear();
    const cases = [
      [{ ...application, phoneNumberId: DEMO_PHONE_ID, supportingLinks: Array.from({ length: 6 }, (_, i) => `https://e.example.com/${i}`) }, "supportingLinks"],
      [{ ...application, phoneNumberId: DEMO_PHONE_ID, primaryCountryOfOperation: "USA" }, "primaryCountryOfOperation"],
      [{ ...application, phoneNumberId: DEMO_PHONE_ID, businessWebsiteUrl: "javascript:alert(1)" }, "businessWebsiteUrl"],
      [{ ...application, phoneNumberId: DEMO_UNVERIFIED_PHONE_ID }, "phoneNumberId"],
      [{ ...application, phoneNumberId: coexistence }, "phoneNumberId"],
    ] as const;
    for (const [input, field] of cases) {
      const res = await execute(yoga, Oba, { input });
      expect(res.body.data?.requestOfficialBusinessAccount, field).toMatchObject({ __typename: "ValidationError", field });
    }
    expect(posts("official_business_account")).toEqual([]);
    await yoga.dispose();
  });
});

describe("Certificate.details (graph-api.md §13.6)", () => {
  it("names each simulator number's verified name, and is null for a certificate that does not decode", async () => {
    const { yoga } = gatewayFor(ctx.sim, { cacheTtlSeconds: 0 });
    const res = await execute(yoga, Certificates, { id: DEMO_WABA_ID });
    const numbers = res.body.data?.waba?.phoneNumbers.edges.map((e) => e.node) ?? [];
    const certified = numbers.filter((n) => n.certificate);
    expect(certified.length).toBeGreaterThan(5);
    for (const n of certified) expect(n.certificate?.details).toMatchObject({ verifiedName: n.verifiedName, issuer: "ent:wa", serial: expect.stringMatching(/^\d+$/) });

    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    const real = phone?.certificate;
    for (const garbage of ["AbCdEfGhIjKlMnOpQrStUvWxYz", Buffer.from("not a certificate").toString("base64"), "%%%"]) {
      if (phone) phone.certificate = garbage;
      const read = await execute(yoga, Certificates, { id: DEMO_WABA_ID });
      const demo = read.body.data?.waba?.phoneNumbers.edges.find((e) => e.node.id === DEMO_PHONE_ID)?.node;
      expect(demo?.certificate?.details, garbage).toBeNull();
    }
    if (phone) phone.certificate = real;
    await yoga.dispose();
  });
});
