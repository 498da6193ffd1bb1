/**
 * One run for scripts/instructions.ts, in one process with the simulator: WARM_UP operations of a bench scenario,
 * then N more, made by one subject. Run it under callgrind with --instr-atstart=no and COUNT_WINDOW=1: only the N
 * operations are counted (callgrind_control turns counting on and off around them).
 *
 *   node --import tsx scripts/instructions-run.ts <gateway|yoga|direct> <scenario key> <N> [warm-up]
 *
 * gateway: the gateway in process (scripts/in-process.ts: its defaults, batching and compiled execution, read cache off);
 * yoga: the bare graphql-yoga floor with one resolver (scenario (a) only); direct: the bench's REST client making
 * the scenario's calls itself (what the simulator and undici cost, to subtract from both).
 */
import { execFileSync } from "node:child_process";
import { createSimulator } from "../src/simulator/server.js";
import { floorReader, floorYoga } from "./bench/floor-yoga.mjs";
import { RestClient, SCENARIOS } from "./bench/scenarios.js";
import { inProcess } from "./in-process.js";

const [subject = "gateway", key = "a", count = "200", warm = "2000"] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.key === key);
if (!scenario) throw new Error(`no scenario ${key}`);
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
const seed = { seed: { benchWabas: 20 } };

let operation: () => Promise<unknown>;
let close: () => Promise<unknown>;
if (subject === "gateway") {
  // Its defaults but the read cache, which the bench turns off too (else every read after the first is a hit).
  const gateway = await inProcess({ cacheTtlSeconds: 0 }, seed);
  operation = () => gateway.post(body);
  close = gateway.close;
} else {
  const sim = await createSimulator(seed);
  if (subject === "yoga") {
    if (key !== "a") throw new Error("the graphql-yoga floor serves scenario (a) only");
    const reader = floorReader(sim.url, sim.token);
    const yoga = floorYoga(reader.read);
    operation = async () => (await yoga.fetch("http://floor/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body })).text();
    close = async () => (await reader.close(), await sim.close());
  } else if (subject === "direct") {
    const rest = new RestClient(sim.url, sim.token);
    operation = () => scenario.direct(rest);
    close = async () => (await rest.close(), await sim.close());
  } else throw new Error(`no subject ${subject}`);
}

// A run that counts failures would measure the wrong thing: the first answer must be data.
const first = await operation();
if (typeof first === "string" && (first.includes('"errors"') || !first.includes('"data"'))) throw new Error(`${subject} (${key}) failed: ${first.slice(0, 300)}`);
for (let i = 1; i < Number(warm); i++) await operation();
// Under callgrind started with --instr-atstart=no, only the window is counted: start-up, warm-up and shutdown
// cost billions of instructions that vary from run to run by more than an operation's whole cost.
const counted = process.env.COUNT_WINDOW === "1";
if (counted) execFileSync("callgrind_control", ["--instr=on", String(process.pid)], { stdio: "ignore" });
for (let i = 0; i < Number(count); i++) await operation();
if (counted) execFileSync("callgrind_control", ["--instr=off", String(process.pid)], { stdio: "ignore" });
await close();
