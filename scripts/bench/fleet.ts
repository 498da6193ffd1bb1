import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../../src/simulator/seed.js";
import { sign } from "../../src/webhooks/signature.js";
import { startRedis } from "../../test/helpers/redis.js";
import { control, graphql, type Proc } from "./processes.js";

const WEBHOOKS = { WEBHOOK_VERIFY_TOKEN: "bench-verify-token", META_APP_SECRET: "bench-app-secret-0123456789abcdef" };
/** The demo number's display digits, as Meta's webhooks name it. */
const DEMO_DIGITS = "16315551111";

const DASHBOARD = `{ waba(id: "${DEMO_WABA_ID}") { id name phoneNumbers(first: 10) { edges { node { id displayPhoneNumber nameStatus qualityRating } } } } }`;
const NAME_STATUS = `{ phoneNumber(id: "${DEMO_PHONE_ID}") { nameStatus } }`;

/**
 * The workload of the performance issue: 20 dashboards polling one WABA's numbers (every 50 ms, half on each
 * instance) while Meta reviews the demo number's name back and forth (the simulator changes it, then sends the
 * signed webhook to instance A). Counts every Graph call per 1,000 operations, the WABA listings among them, and
 * reads made on both instances right after each delivery's 200 that still showed the old status.
 */
async function pollingWithWebhooks(sim: Proc, a: Proc, b: Proc, seconds: number): Promise<PollingResult> {
  await control(sim, "POST", "webhook-target", { url: `${a.url}/webhooks/meta`, appSecret: WEBHOOKS.META_APP_SECRET });
  // Warm: each instance has read the dashboard once (and so listed nothing yet: listings are for webhooks and tenants).
  for (const gw of [a, b]) await graphql(gw, DASHBOARD);
  await control(sim, "DELETE", "requests");
  const dashboards = 20;
  const until = Date.now() + seconds * 1000;
  let operations = 0;
  const pollers = Array.from({ length: dashboards }, async (_, i) => {
    const gw = i % 2 === 0 ? a : b;
    while (Date.now() < until) {
      await graphql(gw, DASHBOARD);
      operations++;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  let deliveries = 0;
  let staleAfterAck = 0;
  let readsAfterAck = 0;
  const reviewer = (async () => {
    for (let i = 0; Date.now() < until; i++) {
      const decision = i % 2 === 0 ? "REJECTED" : "APPROVED";
      const answer = await control(sim, "POST", "name-decision", { phoneNumberId: DEMO_PHONE_ID, decision });
      if (answer.webhookAnswer !== 200) throw new Error(`the gateway answered the webhook with ${answer.webhookAnswer}`);
      deliveries++;
      const expected = decision === "APPROVED" ? "APPROVED" : "DECLINED";
      for (const gw of [a, b]) {
        const read = await graphql<{ phoneNumber: { nameStatus: string } }>(gw, NAME_STATUS);
        operations++;
        readsAfterAck++;
        if (read.phoneNumber.nameStatus !== expected) staleAfterAck++;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  await Promise.all([...pollers, reviewer]);
  const log = await control(sim, "GET", "requests");
  // Put the demo number back as the seed has it.
  await control(sim, "POST", "name-decision", { phoneNumberId: DEMO_PHONE_ID, decision: "APPROVED" });
  return {
    dashboards,
    operations,
    deliveries,
    graphCalls: log.count ?? 0,
    listings: (log.requests ?? []).filter((r) => r.endpoint === "phone_numbers").length,
    staleAfterAck,
    readsAfterAck,
  };
}

export interface PollingResult {
  dashboards: number;
  operations: number;
  deliveries: number;
  graphCalls: number;
  /** Calls that listed a WABA's numbers (what matching a webhook's digits to a number costs when unknown). */
  listings: number;
  /** Reads made right after a delivery's 200 (on both instances) that still showed the old status. */
  staleAfterAck: number;
  readsAfterAck: number;
}

export interface FleetResult {
  webhookToSubscriber: { p50: number; p99: number; samples: number } | undefined;
  /** Graph calls a delivery itself cost while those 50 were sent (0 once the WABA is listed). */
  graphCallsPerDelivery: number;
  polling: PollingResult;
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
    // The first delivery lists the demo WABA's numbers once; the count starts after it.
    let counted = false;
    for (let i = 0; i < samples; i++) {
      const body = JSON.stringify({
        object: "whatsapp_business_account",
        // A number's change: its display digits are matched to its id from the directory's listing, no Graph call.
        entry: [{ id: DEMO_WABA_ID, time: 1_800_000_000 + i, changes: [{ field: "phone_number_quality_update", value: { display_phone_number: DEMO_DIGITS, event: "FLAGGED" } }] }],
      });
      const got = new Promise<number>((resolve) => (arrived = resolve));
      const sent = performance.now();
      await fetch(`${a.url}/webhooks/meta`, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, WEBHOOKS.META_APP_SECRET) }, body });
      const at = await Promise.race([got, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 3_000))]);
      if (Number.isFinite(at)) histogram.recordValue(Math.max(1, Math.round((at - sent) * 10)));
      if (!counted) {
        await control(sim, "DELETE", "requests");
        counted = true;
      }
    }
    const graphCallsPerDelivery = ((await control(sim, "GET", "requests")).count ?? 0) / (samples - 1);
    sub.abort();
    const polling = await pollingWithWebhooks(sim, a, b, 10);
    const cachedRead = await readLatency(a, seconds);
    const uncached = await startGateway({ CACHE_TTL_SECONDS: "0" });
    const uncachedRead = await readLatency(uncached, seconds);
    await uncached.stop();
    return {
      webhookToSubscriber: histogram.totalCount > 0 ? { p50: histogram.getValueAtPercentile(50) / 10, p99: histogram.getValueAtPercentile(99) / 10, samples: histogram.totalCount } : undefined,
      graphCallsPerDelivery,
      polling,
      cachedRead,
      uncachedRead,
    };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
}
