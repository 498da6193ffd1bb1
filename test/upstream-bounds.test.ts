import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { phonesOfWaba } from "../src/simulator/state.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Every upstream call, mutations included, runs under the caller's share of the connections and the operation's
// deadline (issue 22, finding 2): a tenant flooding a hanging Meta endpoint with mutations neither fills the pool
// for the others nor holds its own requests past their deadline.
const ctx = useSimulator();
const sha = (key: string) => createHash("sha256").update(key).digest();
const A_KEY = "wgk_tenant-a-key";
const B_KEY = "wgk_tenant-b-key";
const clients: ApiClient[] = [
  { keyHash: sha(A_KEY), caller: { name: "tenant-a", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read", "manage"]) } },
  { keyHash: sha(B_KEY), caller: { name: "tenant-b", kind: "api-key", wabaIds: new Set([SECOND_WABA_ID]), scopes: new Set(["read", "manage"]) } },
];
const DEADLINE_MS = 1_500;

const secured = (maxUpstreamPerCaller?: number) =>
  gatewayFor(ctx.sim, {
    auth: { open: false, apiClients: clients },
    graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 10_000 },
    operationTimeoutMs: DEADLINE_MS,
    // The defaults a user gets, every optimisation on: the read cache, and compiled execution from the first run.
    compileAfter: 1,
    ...(maxUpstreamPerCaller ? { maxUpstreamPerCaller } : {}),
  });

async function post(gw: ReturnType<typeof secured>, key: string, query: string) {
  const started = performance.now();
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", "x-api-key": key }, body: JSON.stringify({ query }) });
  const body = (await r.json()) as { data?: Record<string, Record<string, unknown> | null> | null; errors?: unknown[] };
  return { body, ms: performance.now() - started };
}

const requestCode = (id: string) =>
  `mutation { requestVerificationCode(input: { phoneNumberId: "${id}", codeMethod: SMS, language: "en_US" }) { __typename ... on GraphApiError { reason message } } }`;

describe("mutations run under the caller's upstream share and the operation's deadline", () => {
  it("holds a tenant's flood of hanging mutations to its share: another tenant's read goes through, and every mutation ends at its deadline", async () => {
    const gw = secured();
    const bNumber = phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id ?? "";
    try {
      // B learns its numbers first (access control), so that the flood below is all request_code.
      expect((await post(gw, B_KEY, `{ phoneNumber(id: "${bNumber}") { id } }`)).body.data?.phoneNumber).toEqual({ id: bNumber });
      ctx.sim.faults.add("request_code", { kind: "hang" }, 10_000);
      const flood = Array.from({ length: 135 }, () => post(gw, B_KEY, requestCode(bNumber)));
      await new Promise((r) => setTimeout(r, 200));
      const read = await post(gw, A_KEY, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id verifiedName } }`);
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data?.phoneNumber).toMatchObject({ id: DEMO_PHONE_ID });
      // The read took a normal round trip, not a wait for a connection the flood held.
      expect(read.ms).toBeLessThan(DEADLINE_MS);
      // While every call hangs (before any deadline), at most the caller's share (64) has reached Meta.
      await new Promise((r) => setTimeout(r, 300));
      const whileHanging = ctx.sim.log.entries.filter((e) => e.endpoint === "request_code").length;
      expect(whileHanging).toBeLessThanOrEqual(64);
      expect(whileHanging).toBeGreaterThan(0);

      const answers = await Promise.all(flood);
      for (const a of answers) {
        expect(a.body.data?.requestVerificationCode).toMatchObject({ __typename: "GraphApiError", reason: "UPSTREAM_TIMEOUT" });
        // Each ended at its operation's deadline (plus scheduling), not at the attempt timeout or later.
        expect(a.ms).toBeLessThan(DEADLINE_MS + 1_000);
      }
      // The others waited for a slot. Those whose deadline passed while waiting say that nothing was sent; the rest
      // (sent as a slot freed up, a few at the last moment) say the outcome is unknown.
      const sent = ctx.sim.log.entries.filter((e) => e.endpoint === "request_code").length;
      const unsent = answers.filter((a) => String(a.body.data?.requestVerificationCode?.message).includes("nothing was sent"));
      expect(unsent.length).toBeGreaterThan(0);
      expect(unsent.length + sent).toBeLessThanOrEqual(135);
    } finally {
      await gw.yoga.dispose();
    }
  });

  it("ends a call queued behind a full connection pool at its deadline (undici looks at a signal only once a request has a connection)", async () => {
    // No per-caller share smaller than the pool (128): the 7 calls beyond it wait inside undici's queue.
    const gw = secured(1_000);
    const bNumber = phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id ?? "";
    try {
      await post(gw, B_KEY, `{ phoneNumber(id: "${bNumber}") { id } }`);
      ctx.sim.faults.add("request_code", { kind: "hang" }, 10_000);
      const answers = await Promise.all(Array.from({ length: 135 }, () => post(gw, B_KEY, requestCode(bNumber))));
      for (const a of answers) {
        expect(a.body.data?.requestVerificationCode).toMatchObject({ __typename: "GraphApiError", reason: "UPSTREAM_TIMEOUT" });
        expect(a.ms).toBeLessThan(DEADLINE_MS + 1_000);
      }
    } finally {
      await gw.yoga.dispose();
    }
  });
});

describe("a WABA's number list is shared: one caller's deadline never cuts it short for the others", () => {
  it("keeps listing after the caller that started it gave up, and serves the next caller from it", async () => {
    const gw = gatewayFor(ctx.sim, {
      auth: { open: false, apiClients: clients },
      graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: ctx.sim.token, timeoutMs: 5_000 },
      operationTimeoutMs: 400,
      compileAfter: 1,
    });
    try {
      ctx.sim.faults.add("phone_numbers", { kind: "latency", ms: 700 });
      const first = await post(gw, A_KEY, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`);
      // The first caller's operation ended at its deadline, blaming the wait, not the caller.
      expect(first.body.errors?.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(["UPSTREAM_TIMEOUT"]);
      expect(first.ms).toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 500));
      // The listing finished on its own deadline: the next read is served, and lists nothing again.
      ctx.sim.log.clear();
      const next = await post(gw, A_KEY, `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`);
      expect(next.body).toEqual({ data: { phoneNumber: { id: DEMO_PHONE_ID } } });
      expect(ctx.sim.log.entries.filter((e) => e.endpoint === "phone_numbers")).toHaveLength(0);
    } finally {
      await gw.yoga.dispose();
    }
  });
});
