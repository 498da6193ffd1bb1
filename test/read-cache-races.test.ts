import { describe, expect, it } from "vitest";
import { UpstreamCache, withCache } from "../src/cache/upstream-cache.js";
import type { NumberDirectory } from "../src/graph-api/number-directory.js";
import type { GraphReader } from "../src/graph-api/reader.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";
import { sign } from "../src/webhooks/signature.js";

// The read cache under concurrency: one call for reads of the same object at once, and never an answer kept that
// a change overtook while it was in flight (the dashboard-polling workload of issue 27).
const ctx = useSimulator();
const webhooks = { verifyToken: "verify-token-for-tests", appSecret: "app-secret-for-the-cache-race-tests" };
const QUERY = JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { nameStatus } }` });
const reads = () => ctx.sim.log.entries.filter((e) => e.endpoint === "node" || e.endpoint === "batch").length;

function setup() {
  const gw = gatewayFor(ctx.sim, { webhooks, cacheTtlSeconds: 30 });
  const read = async () =>
    ((await (await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: QUERY })).json()) as {
      data?: { phoneNumber: { nameStatus: string } | null };
      errors?: { extensions?: { code?: string } }[];
    });
  const deliver = (decision: string, time: number) => {
    const body = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [{ id: DEMO_WABA_ID, time, changes: [{ field: "phone_number_name_update", value: { display_phone_number: "16315551111", decision } }] }],
    });
    return gw.yoga.fetch("http://yoga/webhooks/meta", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, webhooks.appSecret) }, body });
  };
  return { gw, read, deliver };
}

describe("the read cache under concurrency (issue 27)", () => {
  it("sends reads of the same object made at once to Meta once", async () => {
    const { gw, read } = setup();
    ctx.sim.latencyMs = 100;
    try {
      ctx.sim.log.clear();
      const answers = await Promise.all(Array.from({ length: 10 }, () => read()));
      expect(answers.every((a) => a.data?.phoneNumber?.nameStatus === "APPROVED")).toBe(true);
      expect(reads()).toBe(1);
    } finally {
      ctx.sim.latencyMs = 0;
      await gw.yoga.dispose();
    }
  });

  it("does not keep an answer a change overtook while it was in flight, nor let later reads join it", async () => {
    // The race needs Meta's answer to leave before the change and arrive after the drop: a reader below the cache
    // whose answers this test releases (the cache and its reader wrapper are the real ones).
    const cache = new UpstreamCache(30_000);
    const client = {};
    const directory = { scoped: false, clientFor: () => client } as unknown as NumberDirectory;
    const released: ((value: unknown) => void)[] = [];
    let calls = 0;
    const below: GraphReader = {
      nodes: (ids) => {
        calls++;
        return new Promise((resolve) => released.push((value) => resolve(new Map(ids.map((id) => [id, value])))));
      },
      edge: () => Promise.reject(new Error("not used")),
    };
    const reader = () => withCache(below, cache, directory, { enabled: true, hits: 0, misses: 0 });
    const early = reader().nodes([DEMO_PHONE_ID], ["name_status"]);
    cache.invalidate([DEMO_PHONE_ID]);
    // After the drop, a read does not join the one under way: it asks again.
    const later = reader().nodes([DEMO_PHONE_ID], ["name_status"]);
    expect(calls).toBe(2);
    // The later read's answer lands first; the overtaken one (read before the change) lands last.
    released[1]?.({ id: DEMO_PHONE_ID, name_status: "DECLINED" });
    expect((await later).get(DEMO_PHONE_ID)).toEqual({ id: DEMO_PHONE_ID, name_status: "DECLINED" });
    released[0]?.({ id: DEMO_PHONE_ID, name_status: "APPROVED" });
    expect((await early).get(DEMO_PHONE_ID)).toEqual({ id: DEMO_PHONE_ID, name_status: "APPROVED" });
    // The overtaken answer was not kept; the later one was.
    expect((await reader().nodes([DEMO_PHONE_ID], ["name_status"])).get(DEMO_PHONE_ID)).toEqual({ id: DEMO_PHONE_ID, name_status: "DECLINED" });
    expect(calls).toBe(2);
    // The same for an answer that arrives after a drop of another object it shows: kept, as nothing it shows changed.
    const other = reader().nodes(["1090000000000001"], ["name_status"]);
    cache.invalidate(["1090000000000002"]);
    released[2]?.({ id: "1090000000000001", name_status: "APPROVED" });
    await other;
    await reader().nodes(["1090000000000001"], ["name_status"]);
    expect(calls).toBe(3);
  });

  it("waits for a joined read only until its own operation's deadline", async () => {
    const cache = new UpstreamCache(30_000);
    const client = {};
    const directory = { scoped: false, clientFor: () => client } as unknown as NumberDirectory;
    const below: GraphReader = { nodes: () => new Promise(() => undefined), edge: () => new Promise(() => undefined) };
    const policy = () => ({ enabled: true, hits: 0, misses: 0 });
    // The first request's read never answers; the second joins it and its deadline passes.
    void withCache(below, cache, directory, policy()).nodes([DEMO_PHONE_ID], ["name_status"]);
    const deadline = new AbortController();
    const joined = withCache(below, cache, directory, policy(), { signal: deadline.signal }).nodes([DEMO_PHONE_ID], ["name_status"]);
    deadline.abort(new Error("deadline"));
    await expect(joined).rejects.toMatchObject({ name: "UpstreamError", kind: "timeout", notSent: true });
  });

  it("reads for itself when the read it joined failed", async () => {
    const { gw, read } = setup();
    ctx.sim.latencyMs = 100;
    try {
      ctx.sim.faults.add("*", { kind: "graph-error", error: { code: 10, status: 403, message: "(#10) Application does not have permission for this action" } });
      ctx.sim.log.clear();
      const [first, second] = await Promise.all([read(), new Promise((r) => setTimeout(r, 20)).then(read)]);
      expect(first.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(second.data?.phoneNumber?.nameStatus).toBe("APPROVED");
      expect(reads()).toBe(2);
    } finally {
      ctx.sim.latencyMs = 0;
      await gw.yoga.dispose();
    }
  });
});
