import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import type { ApiClient } from "../src/auth/clients-file.js";
import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Issue 16 (2, 3): one customer's revoked token, or one WABA that cannot be listed, fails only its own objects.
const LUCKY = "EAAG-lucky-system-user";
const REVOKED = "EAAG-jasper-revoked";
const ctx = useSimulator({ scopedTokens: { [LUCKY]: [DEMO_WABA_ID] } });
const SECRET = "failure-isolation-secret-at-least-32-bytes";

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string }; path?: unknown[] }[];
}
async function run(gw: TestGateway, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { status: r.status, ...((await r.json()) as Omit<Answer, "status">) };
}
const listingsWith = (token: string) => ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers" && e.headers.authorization === `Bearer ${token}`).length;

describe("a revoked customer token fails only that customer's objects", () => {
  it("serves the other tenant, answers the revoked one's WABA ACCESS_TOKEN_INVALID with what to do, stays ready, and does not re-list on every request", async () => {
    const gw = gatewayFor(ctx.sim, {
      graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: LUCKY, timeoutMs: 2_000 },
      tokensByWaba: new Map([[SECOND_WABA_ID, REVOKED]]),
    });
    for (let i = 0; i < 10; i++) {
      const a = await run(gw, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } luckyWaba: waba(id: "${DEMO_WABA_ID}") { name } jasper: waba(id: "${SECOND_WABA_ID}") { name } }`);
      expect(a.data?.phoneNumber).toEqual({ id: DEMO_PHONE_ID });
      expect(a.data?.luckyWaba).toEqual({ name: "Lucky Shrub" });
      expect(a.data?.jasper).toBeNull();
      expect(a.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["jasper"], "ACCESS_TOKEN_INVALID"]]);
      expect((a.errors?.[0]?.extensions as { nextAction?: string } | undefined)?.nextAction).toMatch(/Embedded Signup again/);
    }
    expect(listingsWith(REVOKED)).toBeLessThanOrEqual(1);
    const ready = await gw.yoga.fetch("http://yoga/readiness");
    expect(ready.status).toBe(200);
    await gw.yoga.dispose();
  });
});

describe("a WABA that cannot be listed fails only its own objects", () => {
  it("lets a caller whose set names an unknown WABA read and change its other WABA's numbers, listing the unknown one once", async () => {
    const gw = gatewayFor(ctx.sim, {
      graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 2_000 },
      auth: { open: false, apiClients: [], jwt: { secret: SECRET } },
    });
    const token = await new SignJWT({ waba_ids: [DEMO_WABA_ID, "100000000000001"], scope: "read manage", sub: "partner-1" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));
    const auth = { authorization: `Bearer ${token}` };
    for (let i = 0; i < 5; i++) {
      const read = await run(gw, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`, auth);
      expect(read.errors).toBeUndefined();
      expect(read.data?.phoneNumber).toEqual({ id: DEMO_PHONE_ID });
    }
    const pin = await run(gw, `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${DEMO_PHONE_ID}", pin: "246802" }) { __typename } }`, auth);
    expect(pin.data?.setTwoStepVerificationPin).toEqual({ __typename: "SetTwoStepVerificationPinSuccess" });
    const unknownListings = ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers" && e.path.includes("100000000000001")).length;
    expect(unknownListings).toBe(1);
    await gw.yoga.dispose();
  });
});

describe("fair sharing under a slow Meta (issue 16: 4)", () => {
  it("keeps another caller's reads fast while one floods a hanging endpoint, and ends the flood within the operation's deadline", async () => {
    const key = (name: string) => createHash("sha256").update(name).digest();
    const caller = (name: string, wabaId: string): ApiClient => ({ keyHash: key(name), caller: { name, kind: "api-key", wabaIds: new Set([wabaId]), scopes: new Set(["read"]) } });
    const gw = gatewayFor(ctx.sim, {
      graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 10_000 },
      auth: { open: false, apiClients: [caller("flooder", DEMO_WABA_ID), caller("bystander", SECOND_WABA_ID)] },
      operationTimeoutMs: 1_500,
      cacheTtlSeconds: 0,
    });
    // Warm the flooder's membership listing before the edge starts hanging.
    await run(gw, `{ waba(id: "${DEMO_WABA_ID}") { name } }`, { "x-api-key": "flooder" });
    ctx.sim.faults.add("phone_numbers", { kind: "hang" }, 10_000);
    const started = Date.now();
    let floodEnded = 0;
    const flood = Array.from({ length: 200 }, (_, i) =>
      run(gw, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: ${(i % 90) + 1}, filter: { accountMode: LIVE }) { edges { node { id } } } } }`, { "x-api-key": "flooder" }).finally(
        () => floodEnded++,
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    const bystander = await run(gw, `{ waba(id: "${SECOND_WABA_ID}") { name } }`, { "x-api-key": "bystander" });
    expect(bystander.data?.waba).toEqual({ name: "Jasper's Market" });
    // Served while every flooding operation still waited: the flooder holds its share of connections, not all.
    expect(floodEnded).toBe(0);
    const flooded = await Promise.all(flood);
    const floodMs = Date.now() - started;
    for (const f of flooded) expect(f.errors?.[0]?.extensions?.code).toBe("UPSTREAM_TIMEOUT");
    // Every flooding operation ended at its deadline (1.5 s), waiting for a connection included.
    expect(floodMs).toBeLessThan(3_500);
    ctx.sim.faults.clear();
    await gw.yoga.dispose();
  });
});
