import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import { buildDist } from "./build.mjs";
import { alternately, median, type Alternated } from "./bench/alternate.js";
import { control, graphql, start, upstreamPerOperation, type Proc } from "./bench/processes.js";
import { attackScenarios, clientsFile, type AttackResult } from "./bench/attacks.js";
import { faultScenarios, type FaultResult } from "./bench/faults.js";
import { fleetScenarios, type FleetResult } from "./bench/fleet.js";
import { instructionCounts } from "./instructions.js";
import { meshComparison, type PeerRow } from "./bench/mesh.js";
import { RestClient, SCENARIOS, type Scenario } from "./bench/scenarios.js";

/**
 * `npm run bench`: the simulator (with a latency per upstream call, like a round trip to Meta) and the
 * gateway in their own processes; autocannon drives the gateway, with batching on and off, and a plain
 * undici client makes the same REST calls directly, all in parallel, for comparison.
 *
 *   BENCH_LATENCY_MS (default 50)   simulated upstream latency
 *   BENCH_DURATION_S (default 4)    seconds per measurement
 *   --instructions                  instruction counts (valgrind) instead of timings: scripts/instructions.ts
 *   BENCH_ONLY=a,c                  run only these scenarios; BENCH_ONLY=attacks runs only the hostile callers,
 *                                   BENCH_ONLY=fleet only the fleet (two instances, Redis, webhooks),
 *                                   BENCH_ONLY=mesh only the comparison with GraphQL Mesh (Hive Gateway),
 *                                   BENCH_ONLY=floor only the gateway against the graphql-yoga floor on (a)
 */
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION_S ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(",");
const CPU_SECONDS = Math.max(DURATION, 8);
const TOKEN = "bench-token";
/** The simulator's URL, once it runs (the direct client's CPU measure opens its own pool to it). */
let simUrl = "";
const scenarios = SCENARIOS.filter((s) => !ONLY || ONLY.includes(s.key));

interface Measure {
  upstreamPerOp: number;
  p50: number;
  p99: number;
  opsPerSec: number;
  p50At32: number;
  opsPerSecAt32: number;
  failures: number;
}

async function cannon(gateway: Proc, s: Scenario, connections: number, seconds = DURATION, body = JSON.stringify({ query: s.query, variables: s.variables })) {
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections,
    duration: seconds,
  });
  return result;
}

/** Calls still in flight from the previous load run land before an operation's calls are counted. */
const SETTLE_MS = 4 * LATENCY + 500;

async function measureGateway(sim: Proc, gateway: Proc, s: Scenario): Promise<Measure> {
  const upstream = await upstreamPerOperation(sim, () => graphql(gateway, s.query, s.variables), SETTLE_MS);
  const one = await cannon(gateway, s, 1);
  await control(sim, "DELETE", "requests");
  const many = await cannon(gateway, s, 32);
  await control(sim, "DELETE", "requests");
  return {
    upstreamPerOp: upstream,
    p50: one.latency.p50,
    p99: one.latency.p99,
    opsPerSec: one.requests.average,
    p50At32: many.latency.p50,
    opsPerSecAt32: many.requests.average,
    failures: one.non2xx + one.errors + many.non2xx + many.errors,
  };
}

/** The plain REST client: `connections` workers, each running the scenario's parallel calls in a loop. */
async function measureDirect(rest: RestClient, s: Scenario, connections: number) {
  const histogram = hdr.build();
  const until = Date.now() + DURATION * 1000;
  let ops = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await s.direct(rest);
        histogram.recordValue(Math.round(performance.now() - t0));
        ops++;
      }
    }),
  );
  return { p50: histogram.getValueAtPercentile(50), p99: histogram.getValueAtPercentile(99), opsPerSec: ops / DURATION };
}

async function startGateway(sim: Proc, batching: boolean, extra: Record<string, string> = {}): Promise<Proc> {
  const gateway = await start(
    // As in production: the compiled gateway (built once at the start of the benchmark).
    "dist/server.js",
    {
      GRAPH_API_ACCESS_TOKEN: TOKEN,
      GRAPH_API_BASE_URL: sim.url,
      GATEWAY_BATCHING: String(batching),
      GATEWAY_AUTH: "none",
      PORT: "0",
      HOST: "127.0.0.1",
      ADMIN_PORT: "0",
      ADMIN_HOST: "127.0.0.1",
      // As deployed: graphql-js skips its development-mode checks.
      NODE_ENV: "production",
      // The read cache would answer repeated operations without Meta; it is measured on its own below.
      CACHE_TTL_SECONDS: "0",
      ...extra,
      LOG_LEVEL: "info",
      GRAPHIQL: "false",
    },
    /"port":(\d+)[^\n]*waba-gateway listening/,
  );
  // The gateway logs its port as JSON; turn it into a URL.
  return Object.assign(gateway, { url: `http://127.0.0.1:${gateway.url}` });
}

function printPeers(peers: PeerRow[] | string): void {
  const lines = ["", `GraphQL Mesh (Hive Gateway over Meta's OpenAPI spec, scripts/bench/mesh) beside the gateway: CPU per operation of each whole process, one operation at a time at 0 ms upstream latency, after a warm-up, measured alternately in ${ROUNDS} rounds of ${ROUND_S} s (medians); the same data asked of both as far as Mesh's schema can express it (no certificates: the spec has none).`, ""];
  if (typeof peers === "string") lines.push(`Mesh was not measured: ${peers}.`);
  else {
    lines.push("| read | gateway CPU/op | Mesh CPU/op | Mesh ÷ gateway (median of the rounds) | each round | upstream calls: gateway / Mesh |", "| --- | ---: | ---: | ---: | --- | ---: |");
    for (const p of peers) lines.push(`| ${p.title} | ${fmt(p.gatewayMs, 2)} ms | ${fmt(p.meshMs, 2)} ms | ${fmt(median(p.ratios), 2)}× | ${p.ratios.map((r) => r.toFixed(2)).join(", ")} | ${p.gatewayUpstream} / ${p.meshUpstream} |`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

function printFleet(f: FleetResult): void {
  const w = f.webhookToSubscriber;
  const lines = [
    "",
    "Fleet: two gateway processes sharing a real redis-server.",
    "",
    w
      ? `- Webhook POSTed to instance A → event on a subscription held on instance B: p50 ${fmt(w.p50)} ms, p99 ${fmt(w.p99)} ms (${w.samples} phone_number_quality_update deliveries for one number; Graph calls per delivery after the first: ${fmt(f.graphCallsPerDelivery, 2)}, its digits matched from the WABA's listing).`
      : "- Webhook to subscriber: no event arrived.",
    `- Polling with webhooks: ${f.polling.dashboards} dashboards reading one WABA's 10 numbers every 50 ms (half on each instance) for 10 s while Meta reviews a number's name back and forth (${f.polling.deliveries} signed deliveries to A): ${f.polling.operations} operations, ${f.polling.graphCalls} Graph calls (${fmt((f.polling.graphCalls / Math.max(1, f.polling.operations)) * 1000, 1)} per 1,000 operations; WABA listings among them: ${f.polling.listings}). Reads right after a delivery's 200 showing the old status: ${f.polling.staleAfterAck} of ${f.polling.readsAfterAck} (both instances).`,
    `- Read of one number, cache warm (CACHE_TTL_SECONDS=30): p50 ${fmt(f.cachedRead.p50)} ms, p99 ${fmt(f.cachedRead.p99)} ms, ${fmt(f.cachedRead.opsPerSec)} ops/s at c=1; cache off: p50 ${fmt(f.uncachedRead.p50)} ms, p99 ${fmt(f.uncachedRead.p99)} ms.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function printFaults(faults: FaultResult[]): void {
  const lines = [
    "",
    `Faults, scenario (c) through the gateway at concurrency 8 for ${DURATION} s each:`,
    "",
    "| fault | operations | client-visible error rate | retries per operation | p50 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...faults.map((f) => `| ${f.name} | ${f.operations} | ${fmt(f.clientErrorRate * 100, 2)} % | ${fmt(f.retriesPerOp, 3)} | ${fmt(f.p50)} | ${fmt(f.p99)} |`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

async function main(): Promise<void> {
  if (process.argv.includes("--instructions")) {
    // Instruction counts instead of timings (valgrind; about 40 minutes for (a)): see scripts/instructions.ts.
    instructionCounts(ONLY ?? ["a"], process.env.BENCH_SUBJECTS?.split(",") ?? ["gateway", "yoga", "direct"]);
    return;
  }
  process.stderr.write("building dist/ (npm run build)…\n");
  await buildDist();
  const sim = await start(
    "src/simulator/main.ts",
    { SIMULATOR_PORT: "0", SIMULATOR_TOKEN: TOKEN, SIMULATOR_LATENCY_MS: String(LATENCY), SIMULATOR_BENCH_WABAS: "20" },
    /simulator on (http:\/\/\S+)/,
  );
  simUrl = sim.url;
  try {
    if (ONLY?.length === 1 && ONLY[0] === "mesh") {
      await control(sim, "POST", "latency", { ms: 0 });
      const gateway = await startGateway(sim, true);
      printPeers(await meshComparison(sim, gateway, TOKEN, CPU_SECONDS, { rounds: ROUNDS, roundS: ROUND_S }));
      await gateway.stop();
      return;
    }
    if (ONLY?.length === 1 && ONLY[0] === "floor") {
      await control(sim, "POST", "latency", { ms: 0 });
      printHeadToHead(await headToHead(sim, SCENARIOS[0] as Scenario));
      return;
    }
    if (ONLY?.length === 1 && ONLY[0] === "fleet") {
      process.stderr.write("measuring the fleet (two instances, Redis)…\n");
      printFleet(await fleetScenarios(sim, (env) => startGateway(sim, true, env), DURATION));
      return;
    }
    if (!(ONLY?.length === 1 && ONLY[0] === "attacks")) await standard(sim);
    process.stderr.write("measuring hostile callers…\n");
    const attacker = await startGateway(sim, true, { GATEWAY_AUTH: "", GATEWAY_CLIENTS_FILE: clientsFile(), GATEWAY_OPERATION_TIMEOUT_MS: "2000" });
    const attacks = await attackScenarios(sim, attacker, DURATION);
    await attacker.stop();
    printAttacks(attacks);
  } finally {
    await sim.stop();
  }
}

async function standard(sim: Proc): Promise<void> {
  const results = new Map<string, Map<string, Measure>>();
  const rss = new Map<string, number>();
  {
    for (const [mode, batching] of [["gateway", true], ["gateway, batching off", false]] as const) {
      const gateway = await startGateway(sim, batching);
      const byScenario = new Map<string, Measure>();
      for (const s of scenarios) {
        process.stderr.write(`measuring ${s.title} through the ${mode}…\n`);
        byScenario.set(s.key, await measureGateway(sim, gateway, s));
      }
      rss.set(mode, gateway.peakRssMiB());
      results.set(mode, byScenario);
      await gateway.stop();
    }

    const rest = new RestClient(sim.url, TOKEN);
    const direct = new Map<string, Measure>();
    for (const s of scenarios) {
      process.stderr.write(`measuring ${s.title} with the direct REST client…\n`);
      const calls = await upstreamPerOperation(sim, () => s.direct(rest), SETTLE_MS);
      const one = await measureDirect(rest, s, 1);
      const many = await measureDirect(rest, s, 32);
      await control(sim, "DELETE", "requests");
      direct.set(s.key, { upstreamPerOp: calls, p50: one.p50, p99: one.p99, opsPerSec: one.opsPerSec, p50At32: many.p50, opsPerSecAt32: many.opsPerSec, failures: 0 });
    }
    await rest.close();
    results.set("direct REST (undici, parallel)", direct);

    // Gateway CPU per operation with an instant upstream: what the gateway itself costs, measured
    // after a warm-up long enough for V8 to finish optimising (short runs mostly measure the JIT).
    await control(sim, "POST", "latency", { ms: 0 });
    const gateway = await startGateway(sim, true);
    const startMs = gateway.startMs;
    const cpu: CpuRow[] = [];
    let run: autocannon.Result | undefined;
    for (const s of scenarios) {
      process.stderr.write(`measuring CPU per operation for ${s.title} (gateway, then direct client)…\n`);
      await cannon(gateway, s, 1, CPU_SECONDS);
      await control(sim, "DELETE", "requests");
      const cpu0 = gateway.cpuMs();
      const measured = await cannon(gateway, s, 1, CPU_SECONDS);
      if (s.key === "a") run = measured;
      const gatewayMs = (gateway.cpuMs() - cpu0) / Math.max(1, measured.requests.total);
      cpu.push({ title: s.title, gatewayMs, directMs: await directCpuPerOp(s) });
      await control(sim, "DELETE", "requests");
    }
    const a = scenarios.find((s) => s.key === "a");
    const rssAt32 = a ? (await cannon(gateway, a, 32, DURATION), gateway.peakRssMiB()) : Number.NaN;
    await gateway.stop();
    // The same, with every query on graphql-js's interpreter: what compiling hot queries saves.
    process.stderr.write("measuring CPU per operation with compilation off (GATEWAY_COMPILE_AFTER=0)…\n");
    const interpreted = await startGateway(sim, true, { GATEWAY_COMPILE_AFTER: "0" });
    for (const [i, s] of scenarios.entries()) {
      const row = cpu[i];
      if (row) row.interpretedMs = (await cpuPerOp(interpreted, s)).cpuMs;
      await control(sim, "DELETE", "requests");
    }
    await interpreted.stop();
    const floors = a ? await measureFloors(sim, a) : [];
    const versus = a ? await headToHead(sim, a) : undefined;
    const integration = a ? await measureIntegration(sim, a) : [];
    const peerGateway = await startGateway(sim, true);
    const peers = ONLY ? "not run with BENCH_ONLY (BENCH_ONLY=mesh runs it alone)" : await meshComparison(sim, peerGateway, TOKEN, CPU_SECONDS, { rounds: ROUNDS, roundS: ROUND_S });
    await peerGateway.stop();

    process.stderr.write("measuring the fault scenarios…\n");
    await control(sim, "POST", "latency", { ms: LATENCY });
    const faulty = await startGateway(sim, true);
    const faults = await faultScenarios(sim, faulty, SCENARIOS[2] as Scenario, DURATION);
    await faulty.stop();

    process.stderr.write("measuring the fleet (two instances, Redis)…\n");
    const fleet = await fleetScenarios(sim, (env) => startGateway(sim, true, env), DURATION);

    print(results, rss, cpu.find((c) => c.title === a?.title)?.gatewayMs ?? Number.NaN, run?.latency.average ?? Number.NaN);
    printCpu(cpu, startMs, rssAt32, floors);
    if (versus) printHeadToHead(versus);
    printIntegration(integration);
    printPeers(peers);
    printFaults(faults);
    printFleet(fleet);
  }
}

interface CpuRow {
  title: string;
  gatewayMs: number;
  directMs: number;
  /** With GATEWAY_COMPILE_AFTER=0: every query interpreted by graphql-js. */
  interpretedMs?: number;
}

interface IntegrationRow {
  name: string;
  cpuMs: number;
}

/** CPU per operation of a scenario one operation at a time, after the warm-up, with this request body. */
async function cpuPerOp(gateway: Proc, s: Scenario, body?: string): Promise<{ cpuMs: number }> {
  await cannon(gateway, s, 1, CPU_SECONDS, body);
  const cpu0 = gateway.cpuMs();
  const measured = await cannon(gateway, s, 1, CPU_SECONDS, body);
  if (measured.non2xx > 0) throw new Error(`(${s.key}) failed ${measured.non2xx} times`);
  return { cpuMs: (gateway.cpuMs() - cpu0) / Math.max(1, measured.requests.total) };
}

/**
 * Production integration costs for (a): a persisted operation sent by hash against the same document sent whole
 * (one gateway with a manifest holding it), and tracing on (OTLP/HTTP to a local receiver) against off.
 */
async function measureIntegration(sim: Proc, a: Scenario): Promise<IntegrationRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "waba-bench-manifest-"));
  const hash = createHash("sha256").update(a.query).digest("hex");
  const manifest = join(dir, "persisted-documents.json");
  writeFileSync(manifest, JSON.stringify({ [`sha256:${hash}`]: a.query }));
  process.stderr.write("measuring persisted operations (a) by hash and in full…\n");
  const persisted = await startGateway(sim, true, { GATEWAY_PERSISTED_DOCUMENTS: manifest });
  const raw = await cpuPerOp(persisted, a);
  const byHash = await cpuPerOp(persisted, a, JSON.stringify({ documentId: `sha256:${hash}`, variables: a.variables }));
  await persisted.stop();

  process.stderr.write("measuring tracing on (OTLP to a local receiver)…\n");
  let exports = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      exports++;
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const traced = await startGateway(sim, true, { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  const tracedCost = await cpuPerOp(traced, a);
  await traced.stop();
  receiver.close();
  if (exports === 0) throw new Error("tracing on, but no span reached the OTLP receiver");
  return [
    { name: "document sent in full (same gateway, manifest loaded)", ...raw },
    { name: "persisted operation sent by hash (documentId)", ...byHash },
    { name: `tracing on: OTLP/HTTP to a local receiver (${exports} exports)`, ...tracedCost },
  ];
}

function printIntegration(rows: IntegrationRow[]): void {
  const lines = [
    "",
    `Production integration, (a) at 0 ms upstream latency, one operation at a time (${CPU_SECONDS} s after a ${CPU_SECONDS} s warm-up); tracing off in the first two rows:`,
    "",
    "| (a) through the gateway | CPU/op |",
    "| --- | ---: |",
    ...rows.map((r) => `| ${r.name} | ${fmt(r.cpuMs, 2)} ms |`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

interface FloorRow {
  name: string;
  cpuMs: number;
  startMs: number;
  rssAt32: number;
}

/** A floor server for (a) (scripts/bench/floor-server.mjs), as its own process, by its URL. */
async function startFloor(sim: Proc, floor: "http" | "yoga"): Promise<Proc> {
  const server = await start("scripts/bench/floor-server.mjs", { SIM_URL: sim.url, SIM_TOKEN: TOKEN, FLOOR: floor, NODE_ENV: "production" }, /"port":(\d+)[^\n]*floor listening/);
  return Object.assign(server, { url: `http://127.0.0.1:${server.url}` });
}

/**
 * What any server making (a)'s upstream GET costs, measured like the gateway: a bare node:http server, and a bare
 * graphql-yoga server with one resolver (scripts/bench/floor-server.mjs). The gateway cannot cost less than them.
 */
async function measureFloors(sim: Proc, a: Scenario): Promise<FloorRow[]> {
  const rows: FloorRow[] = [];
  for (const [name, floor] of [["bare node:http + undici", "http"], ["bare graphql-yoga, one resolver", "yoga"]] as const) {
    process.stderr.write(`measuring the floor: ${name}…\n`);
    const proc = await startFloor(sim, floor);
    await cannon(proc, a, 1, CPU_SECONDS);
    const cpu0 = proc.cpuMs();
    const measured = await cannon(proc, a, 1, CPU_SECONDS);
    const cpuMs = (proc.cpuMs() - cpu0) / Math.max(1, measured.requests.total);
    await cannon(proc, a, 32, DURATION);
    rows.push({ name, cpuMs, startMs: proc.startMs, rssAt32: proc.peakRssMiB() });
    await proc.stop();
  }
  return rows;
}

/** Rounds of the head-to-head measurements (the floor here, Mesh in bench/mesh.ts), and each one's length in seconds. */
export const ROUNDS = 10;
export const ROUND_S = 2;

interface HeadToHead extends Alternated {
  gatewayRss: number;
  floorRss: number;
}

/**
 * The gateway against the bare graphql-yoga floor on (a), head to head: fresh processes that serve only (a), measured
 * alternately (bench/alternate.ts), then (a) at c=32 on each and their peak RSS (the gateway's row above has run
 * every scenario by then, the floor only (a)).
 */
async function headToHead(sim: Proc, a: Scenario): Promise<HeadToHead> {
  process.stderr.write("measuring the gateway against the graphql-yoga floor, alternately…\n");
  const gateway = await startGateway(sim, true);
  const floor = await startFloor(sim, "yoga");
  const body = JSON.stringify({ query: a.query, variables: a.variables });
  const cpu = await alternately({ proc: gateway, body }, { proc: floor, body }, { warmS: CPU_SECONDS, rounds: ROUNDS, roundS: ROUND_S, between: () => control(sim, "DELETE", "requests") });
  for (const p of [gateway, floor]) await cannon(p, a, 32, DURATION);
  const result = { ...cpu, gatewayRss: gateway.peakRssMiB(), floorRss: floor.peakRssMiB() };
  await gateway.stop();
  await floor.stop();
  return result;
}

/**
 * The direct client's own CPU per operation for a scenario, in this process (nothing else runs here meanwhile):
 * its calls one operation at a time for CPU_SECONDS after a warm-up, as the gateway is measured.
 */
async function directCpuPerOp(s: Scenario): Promise<number> {
  const rest = new RestClient(simUrl, TOKEN);
  const loop = async (seconds: number) => {
    let ops = 0;
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      await s.direct(rest);
      ops++;
    }
    return ops;
  };
  await loop(CPU_SECONDS);
  const before = process.cpuUsage();
  const ops = await loop(CPU_SECONDS);
  const used = process.cpuUsage(before);
  await rest.close();
  return (used.user + used.system) / 1000 / Math.max(1, ops);
}

function printCpu(rows: CpuRow[], startMs: number, rssAt32: number, floors: FloorRow[]): void {
  const a = rows.find((r) => r.title.startsWith("(a)"));
  const lines = [
    "",
    `CPU per operation at 0 ms upstream latency (one operation at a time, ${CPU_SECONDS} s after a ${CPU_SECONDS} s warm-up; the bundled gateway, node dist/server.js):`,
    "",
    "| scenario | gateway CPU/op | direct client CPU/op | gateway ÷ direct | gateway, compilation off (GATEWAY_COMPILE_AFTER=0) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.title} | ${fmt(r.gatewayMs, 2)} ms | ${fmt(r.directMs, 2)} ms | ${fmt(r.gatewayMs / r.directMs, 1)}× | ${fmt(r.interpretedMs ?? Number.NaN, 2)} ms |`),
    "",
    `Start-up to listening: ${fmt(startMs)} ms. Peak RSS after (a) at c=32: ${fmt(rssAt32)} MiB.`,
    "",
    "Floors for (a), measured the same way (scripts/bench/floor-server.mjs): what a server costs before any gateway logic.",
    "",
    "| server for (a) | CPU/op | ÷ direct client | start-up to listening | peak RSS after c=32 |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...floors.map((f) => `| ${f.name} | ${fmt(f.cpuMs, 2)} ms | ${fmt(f.cpuMs / (a?.directMs ?? Number.NaN), 1)}× | ${fmt(f.startMs)} ms | ${fmt(f.rssAt32)} MiB |`),
    `| waba-gateway | ${fmt(a?.gatewayMs ?? Number.NaN, 2)} ms | ${fmt((a?.gatewayMs ?? Number.NaN) / (a?.directMs ?? Number.NaN), 1)}× | ${fmt(startMs)} ms | ${fmt(rssAt32)} MiB |`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function printHeadToHead(h: HeadToHead): void {
  const ratios = h.ratios.map((r) => r.toFixed(2));
  const lines = [
    "",
    `The gateway against the bare graphql-yoga floor on (a), head to head: fresh processes serving only (a), each warmed ${CPU_SECONDS} s, then measured alternately in ${ROUNDS} rounds of ${ROUND_S} s (one operation at a time), then (a) at c=32 on each.`,
    "",
    "| | gateway | bare graphql-yoga | gateway ÷ floor | target |",
    "| --- | ---: | ---: | ---: | --- |",
    `| CPU per operation (median of the rounds) | ${fmt(h.aMs, 2)} ms | ${fmt(h.bMs, 2)} ms | ${fmt(median(h.ratios), 2)}× (rounds: ${ratios.join(", ")}) | ≤ 1.2× |`,
    `| peak RSS after c=32 | ${fmt(h.gatewayRss)} MiB | ${fmt(h.floorRss)} MiB | ${fmt(h.gatewayRss / h.floorRss, 2)}× | ≤ 1.3× |`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function printAttacks(results: AttackResult[]): void {
  const lines = [
    "",
    "Hostile callers: two tenants (API keys), the read cache off, upstream latency as above; the bystander reads its WABA and /health in a loop during each attack.",
    "",
    "| attack | attack requests | gateway CPU per attack request | bytes per attack response | attack p99 ms | /health p50 ms | bystander read p50 ms | bystander errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(`| ${r.name} | ${r.attackOps} | ${fmt(r.cpuPerAttackMs, 2)} ms | ${fmt(r.bytesPerAttack)} | ${fmt(r.attackP99Ms)} | ${fmt(r.healthP50Ms, 1)} | ${fmt(r.tenantP50Ms, 1)} | ${r.tenantFailures} |`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

function print(results: Map<string, Map<string, Measure>>, rss: Map<string, number>, cpuPerOp: number, meanAtZero: number): void {
  const lines = [
    `waba-gateway benchmark: upstream latency ${LATENCY} ms per call, ${DURATION} s per measurement, ${new Date().toISOString()}`,
    "",
    "| scenario | client | upstream requests/op | p50 ms (c=1) | p99 ms (c=1) | ops/s (c=1) | p50 ms (c=32) | ops/s (c=32) | failures |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const s of scenarios) {
    for (const [mode, byScenario] of results) {
      const m = byScenario.get(s.key);
      if (!m) continue;
      lines.push(
        `| ${s.title} | ${mode} | ${fmt(m.upstreamPerOp, 2)} | ${fmt(m.p50)} | ${fmt(m.p99)} | ${fmt(m.opsPerSec)} | ${fmt(m.p50At32)} | ${fmt(m.opsPerSecAt32)} | ${m.failures} |`,
      );
    }
  }
  lines.push("", "| scenario | p50 gateway ÷ direct REST (c=1) | p50 batching off ÷ gateway (c=1) | ops/s gateway ÷ batching off (c=32) |", "| --- | ---: | ---: | ---: |");
  const gw = results.get("gateway");
  const naive = results.get("gateway, batching off");
  const direct = results.get("direct REST (undici, parallel)");
  for (const s of scenarios) {
    const g = gw?.get(s.key);
    const n = naive?.get(s.key);
    const d = direct?.get(s.key);
    if (!g || !n || !d) continue;
    lines.push(`| ${s.title} | ${fmt(g.p50 / d.p50, 2)} | ${fmt(n.p50 / g.p50, 2)} | ${fmt(g.opsPerSecAt32 / n.opsPerSecAt32, 2)} |`);
  }
  lines.push("", `Peak RSS: ${[...rss].map(([mode, mib]) => `${mode} ${fmt(mib)} MiB`).join(", ")}.`);
  lines.push(`Gateway CPU per operation for (a) at 0 ms upstream latency: ${fmt(cpuPerOp, 2)} ms (process CPU time ÷ operations over ${CPU_SECONDS} s after an ${CPU_SECONDS} s warm-up; mean end-to-end latency ${fmt(meanAtZero, 2)} ms).`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
