import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { DEMO_BUSINESS_ID, DEMO_WABA_ID, PREVERIFIED_FRESH_ID, PREVERIFIED_REVERIFIABLE_ID, PREVERIFIED_UNVERIFIED_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor, useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const gw = useGateway(ctx);
const DAY = 86_400_000;

const Pool = graphql(`
  query Pool($first: Int, $after: String) {
    preverifiedPhoneNumbers(first: $first, after: $after) {
      edges { cursor node { id phoneNumber codeVerificationStatus verificationExpiryTime reverificationOpensAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const AddPreverified = graphql(`
  mutation AddPreverified($phoneNumber: String!) {
    addPreverifiedPhoneNumber(input: { phoneNumber: $phoneNumber }) {
      __typename
      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }
      ...MutationErrors
    }
  }
`);

const RequestPreverifiedCode = graphql(`
  mutation RequestPreverifiedCode($id: ID!) {
    requestPreverifiedVerificationCode(input: { preverifiedPhoneNumberId: $id, codeMethod: SMS, language: "en_US" }) {
      __typename
      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }
      ... on ReverificationNotOpenError { message opensAt }
      ...MutationErrors
    }
  }
`);

const VerifyPreverified = graphql(`
  mutation VerifyPreverified($id: ID!, $code: String!) {
    verifyPreverifiedCode(input: { preverifiedPhoneNumberId: $id, code: $code }) {
      __typename
      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime reverificationOpensAt } }
      ...MutationErrors
    }
  }
`);

const posts = (endpoint: string) => ctx.sim.log.entries.filter((e) => e.method === "POST" && e.endpoint === endpoint);
const nodes = (body: Awaited<ReturnType<typeof pool>>["body"]) => body.data?.preverifiedPhoneNumbers.edges.map((e) => e.node) ?? [];
const pool = (headers?: Record<string, string>, first = 25) => execute(gw.yoga, Pool, { first }, headers);

describe("the business's pre-verified numbers", () => {
  it("lists them in creation order with their status, expiry and re-verification window, in one call", async () => {
    const r = await pool();
    expect(r.body.errors).toBeUndefined();
    const [reverifiable, fresh, unverified] = nodes(r.body);
    expect([reverifiable?.id, fresh?.id, unverified?.id]).toEqual([PREVERIFIED_REVERIFIABLE_ID, PREVERIFIED_FRESH_ID, PREVERIFIED_UNVERIFIED_ID]);
    expect(reverifiable).toMatchObject({ phoneNumber: "+1 631-555-7001", codeVerificationStatus: "VERIFIED", reverificationOpensAt: null });
    // Verified yesterday: 90 days of VERIFIED, re-verification from 45 days before the end.
    const expiry = Date.parse(fresh?.verificationExpiryTime ?? "");
    expect(Math.round((expiry - Date.now()) / DAY)).toBe(89);
    expect(Date.parse(fresh?.reverificationOpensAt ?? "")).toBe(expiry - 45 * DAY);
    expect(unverified).toMatchObject({ codeVerificationStatus: "NOT_VERIFIED", verificationExpiryTime: null, reverificationOpensAt: null });
    expect(ctx.sim.log.count).toBe(1);
    expect(ctx.sim.log.entries[0]).toMatchObject({
      path: `/v26.0/${DEMO_BUSINESS_ID}/preverified_numbers`,
      query: { fields: "code_verification_status,id,phone_number,verification_expiry_time", limit: "25" },
    });
  });

  it("pages with Meta's cursors", async () => {
    const first = await pool(undefined, 2);
    expect(nodes(first.body)).toHaveLength(2);
    expect(first.body.data?.preverifiedPhoneNumbers.pageInfo.hasNextPage).toBe(true);
    const rest = await execute(gw.yoga, Pool, { first: 2, after: first.body.data?.preverifiedPhoneNumbers.pageInfo.endCursor });
    expect(nodes(rest.body).map((n) => n.id)).toEqual([PREVERIFIED_UNVERIFIED_ID]);
  });
});

describe("operator callers only", () => {
  const SECRET = "a-test-secret-that-is-at-least-32-bytes-long";
  const TENANT_KEY = "wgk_tenant-with-manage";
  const OPERATOR_KEY = "wgk_operator-star";
  const clients: ApiClient[] = [
    { keyHash: createHash("sha256").update(TENANT_KEY).digest(), caller: { name: "tenant", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
    { keyHash: createHash("sha256").update(OPERATOR_KEY).digest(), caller: { name: "ops", kind: "api-key", wabaIds: "all", scopes: new Set(["read", "manage"]) } },
  ];
  const jwt = (scope: string) => new SignJWT({ scope, waba_ids: [DEMO_WABA_ID], sub: `caller-${scope}` }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

  it("refuses tenants (even with every scope but operator) before calling Meta, and serves \"*\" keys and JWTs with the operator scope", async () => {
    const { yoga } = gatewayFor(ctx.sim, { auth: { open: false, apiClients: clients, jwt: { secret: SECRET } } });
    const asTenant = { "x-api-key": TENANT_KEY };
    for (const [doc, vars] of [
      [Pool, {}],
      [AddPreverified, { phoneNumber: "+16315557010" }],
      [RequestPreverifiedCode, { id: PREVERIFIED_UNVERIFIED_ID }],
      [VerifyPreverified, { id: PREVERIFIED_UNVERIFIED_ID, code: "123456" }],
    ] as const) {
      const r = await execute(yoga, doc as typeof Pool, vars as never, asTenant);
      // The query is refused with an error entry; each mutation with its typed ForbiddenError.
      const refusal = doc === Pool ? r.body.errors?.[0] : Object.values(r.body.data ?? {})[0];
      expect(refusal).toMatchObject({ message: expect.stringContaining("operator"), ...(doc === Pool ? { extensions: { code: "FORBIDDEN" } } : { __typename: "ForbiddenError" }) });
    }
    const tenantJwt = await execute(yoga, Pool, {}, { authorization: `Bearer ${await jwt("read manage")}` });
    expect(tenantJwt.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(ctx.sim.log.count).toBe(0);

    const ops = await execute(yoga, Pool, {}, { "x-api-key": OPERATOR_KEY });
    expect(ops.body.data?.preverifiedPhoneNumbers.edges.length).toBeGreaterThan(0);
    const opsJwt = await execute(yoga, Pool, {}, { authorization: `Bearer ${await jwt("read operator")}` });
    expect(opsJwt.body.data?.preverifiedPhoneNumbers.edges.length).toBeGreaterThan(0);
    await yoga.dispose();
  });
});

describe("adding and verifying a pre-verified number", () => {
  it("adds Meta's sample number (digits with the country code), verifies its code, and refuses early re-verification with nothing sent", async () => {
    const addedR = await execute(gw.yoga, AddPreverified, { phoneNumber: "+15550783881" });
    const result = addedR.body.data?.addPreverifiedPhoneNumber;
    expect(result).toMatchObject({ __typename: "AddPreverifiedPhoneNumberSuccess", preverifiedPhoneNumber: { phoneNumber: "+1 555 078 3881", codeVerificationStatus: "NOT_VERIFIED", verificationExpiryTime: null } });
    expect(posts("add_phone_numbers")[0]).toMatchObject({ path: `/v26.0/${DEMO_BUSINESS_ID}/add_phone_numbers`, body: { phone_number: "15550783881" } });
    const id = result?.__typename === "AddPreverifiedPhoneNumberSuccess" ? (result.preverifiedPhoneNumber?.id ?? "") : "";

    const sent = await execute(gw.yoga, RequestPreverifiedCode, { id });
    expect(sent.body.data?.requestPreverifiedVerificationCode).toMatchObject({ __typename: "RequestPreverifiedVerificationCodeSuccess" });
    expect(posts("request_code")[0]).toMatchObject({ path: `/v26.0/${id}/request_code`, body: { code_method: "SMS", language: "en_US" } });

    const wrong = await execute(gw.yoga, VerifyPreverified, { id, code: "000000" });
    expect(wrong.body.data?.verifyPreverifiedCode).toMatchObject({ __typename: "GraphApiError", reason: "WRONG_CODE" });
    const right = await execute(gw.yoga, VerifyPreverified, { id, code: "123456" });
    expect(right.body.data?.verifyPreverifiedCode).toMatchObject({ __typename: "VerifyPreverifiedCodeSuccess", preverifiedPhoneNumber: { codeVerificationStatus: "VERIFIED" } });
    const verified = right.body.data?.verifyPreverifiedCode;
    const expiry = verified?.__typename === "VerifyPreverifiedCodeSuccess" ? Date.parse(verified.preverifiedPhoneNumber?.verificationExpiryTime ?? "") : Number.NaN;
    expect(Math.round((expiry - Date.now()) / DAY)).toBe(90);

    ctx.sim.log.clear();
    const early = await execute(gw.yoga, RequestPreverifiedCode, { id });
    expect(early.body.data?.requestPreverifiedVerificationCode).toMatchObject({ __typename: "ReverificationNotOpenError", opensAt: new Date(expiry - 45 * DAY).toISOString().replace(".000Z", "Z") });
    expect(posts("request_code")).toHaveLength(0);
  });

  it("sends a code to a VERIFIED number inside its last 45 days", async () => {
    const r = await execute(gw.yoga, RequestPreverifiedCode, { id: PREVERIFIED_REVERIFIABLE_ID });
    expect(r.body.data?.requestPreverifiedVerificationCode, JSON.stringify(r.body)).toMatchObject({ __typename: "RequestPreverifiedVerificationCodeSuccess" });
    expect(posts("request_code")).toHaveLength(1);
  });

  it("refuses a number not in E.164 form or a malformed id as ValidationError with nothing sent", async () => {
    for (const phoneNumber of ["15550783881", "+1555", "+1 555 078 3881"]) {
      const r = await execute(gw.yoga, AddPreverified, { phoneNumber });
      expect(r.body.data?.addPreverifiedPhoneNumber).toMatchObject({ __typename: "ValidationError", field: "phoneNumber" });
    }
    const r = await execute(gw.yoga, VerifyPreverified, { id: "../me", code: "123456" });
    expect(r.body.data?.verifyPreverifiedCode).toMatchObject({ __typename: "ValidationError", field: "preverifiedPhoneNumberId" });
    expect(ctx.sim.log.count).toBe(0);
  });
});

describe("the simulator plays Meta's pre-verified rules", () => {
  const graph = async (method: string, path: string, body?: Record<string, string>) => {
    const r = await fetch(`${ctx.sim.url}/v26.0/${path}`, {
      method,
      headers: { authorization: `Bearer ${ctx.sim.token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, body: (await r.json()) as { error?: { code: number; message: string }; data?: { id: string; code_verification_status: string }[] } };
  };

  it("refuses early re-verification itself, and lets time expire a verification and drop a never-verified number after 90 days", async () => {
    const early = await graph("POST", `${PREVERIFIED_FRESH_ID}/request_code`, { code_method: "SMS", language: "en_US" });
    expect(early.status).toBe(400);
    expect(early.body.error?.code).toBe(100);

    const realNow = ctx.sim.state.now;
    try {
      ctx.sim.state.now = () => Date.now() + 91 * DAY;
      const later = await graph("GET", `${DEMO_BUSINESS_ID}/preverified_numbers?fields=id,code_verification_status`);
      const status = new Map(later.body.data?.map((n) => [n.id, n.code_verification_status]));
      expect(status.get(PREVERIFIED_FRESH_ID)).toBe("EXPIRED");
      expect(status.has(PREVERIFIED_UNVERIFIED_ID)).toBe(false);
      const filtered = await graph("GET", `${DEMO_BUSINESS_ID}/preverified_numbers?code_verification_status=EXPIRED`);
      expect(filtered.body.data?.every((n) => n.code_verification_status === "EXPIRED")).toBe(true);
    } finally {
      ctx.sim.state.now = realNow;
    }
  });
});
