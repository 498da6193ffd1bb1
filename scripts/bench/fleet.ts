import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../../src/simulator/seed.js";
import { sign } from "../../src/webhooks/signature.js";
import { startRedis } from "../../test/helpers/redis.js";
import type { Proc } from "./processes.js";

const WEBHOOKS = { WEBHOOK_VERIFY_TOKEN: "bench-verify-token", META_APP_SECRET: "bench-app-secret-0123456789abcdef" };

export interface FleetResult {
  webhookToSubscriber: { p50: number; p99: number; samples: number } | undefined;
  cachedRead: { p50: number; p99: number; opsPerSec: number };
  uncachedRead: { p50: number; p99: number };
}

/** Opens an SSE subscription and calls back with the arrival time of each event. */
async function subscribe(url: string, onEvent: (at: number) => void): Promise<AbortController> {
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind event } }` }),
    signal: controller.signal,
  });
  const reader = res.body?.getReader();
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        const text = new TextDecoder().decode(chunk.value);
        for (let i = text.indexOf("event: next"); i >= 0; i = text.indexOf("event: next", i + 1)) onEvent(performance.now());
      }
    } catch {
      // closed
    }
  })();
  return controller;
}

async function readLatency(gateway: Proc, seconds: number) {
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id displayPhoneNumber nameStatus certificate { value } } }` }),
    connections: 1,
    duration: seconds,
  });
  return { p50: result.latency.p50, p99: result.latency.p99, opsPerSec: result.requests.average };
}

/**
 * Two gateway processes sharing a real Redis: the time from a signed webhook POSTed to instance A to the
 * event arriving on a subscription held on instance B; and read latency with the cache warm vs off.
 */
export async function fleetScenarios(sim: Proc, startGateway: (env: Record<string, string>) => Promise<Proc>, seconds: number): Promise<FleetResult> {
  const redis = await startRedis();
  const env = { ...WEBHOOKS, REDIS_URL: redis.url, CACHE_TTL_SECONDS: "30" };
  const a = await startGateway(env);
  const b = await startGateway(env);
  try {
    for (const gw of [a, b]) {
      for (let i = 0; (await (await fetch(`${gw.adminUrl}/readiness`)).json() as { redis?: string }).redis !== "up"; i++) {
        if (i > 50) throw new Error("the gateways did not reach Redis");
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const histogram = hdr.build();
    let arrived: ((at: number) => void) | undefined;
    const sub = await subscribe(b.url, (at) => arrived?.(at));
    await new Promise((r) => setTimeout(r, 500));
    const samples = 50;
    for (let i = 0; i < samples; i++) {
      const body = JSON.stringify({
        object: "whatsapp_business_account",
        // A WABA-level change: the path through the fleet alone (a number's change adds one Meta read to map its digits).
        entry: [{ id: DEMO_WABA_ID, time: 1_800_000_000 + i, changes: [{ field: "account_review_update", value: { decision: "APPROVED" } }] }],
      });
      const got = new Promise<number>((resolve) => (arrived = resolve));
      const sent = performance.now();
      await fetch(`${a.url}/webhooks/meta`, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, WEBHOOKS.META_APP_SECRET) }, body });
      const at = await Promise.race([got, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 3_000))]);
      if (Number.isFinite(at)) histogram.recordValue(Math.max(1, Math.round((at - sent) * 10)));
    }
    sub.abort();
    const cachedRead = await readLatency(a, seconds);
    const uncached = await startGateway({ CACHE_TTL_SECONDS: "0" });
    const uncachedRead = await readLatency(uncached, seconds);
    await uncached.stop();
    return {
      webhookToSubscriber: histogram.totalCount > 0 ? { p50: histogram.getValueAtPercentile(50) / 10, p99: histogram.getValueAtPercentile(99) / 10, samples: histogram.totalCount } : undefined,
      cachedRead,
      uncachedRead,
    };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
}
