/**
 * How many operations the gateway needs before it runs at its steady cost: CPU per operation over consecutive
 * chunks of a scenario, in process with the simulator (read cache off, like the bench). The instruction counts'
 * warm-up (scripts/instructions.ts) is chosen from this curve.
 *
 *   node --predictable --import tsx scripts/bench/warm-up.ts [scenario key] [operations per chunk] [chunks]
 */
import { inProcess } from "../in-process.js";
import { SCENARIOS } from "./scenarios.js";

const [key = "a", per = "1000", chunks = "24"] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.key === key);
if (!scenario) throw new Error(`no scenario ${key}`);
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
const gateway = await inProcess({ cacheTtlSeconds: 0 }, { seed: { benchWabas: 20 } });
const curve: string[] = [];
for (let chunk = 0; chunk < Number(chunks); chunk++) {
  const start = process.cpuUsage();
  for (let i = 0; i < Number(per); i++) await gateway.post(body);
  const used = process.cpuUsage(start);
  curve.push(((used.user + used.system) / Number(per)).toFixed(0));
}
process.stdout.write(`(${key}): µs of CPU per operation, chunks of ${per}: ${curve.join(" ")}\n`);
await gateway.close();
