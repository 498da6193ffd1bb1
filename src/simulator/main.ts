import { loadSimulatorConfig, type SimulatorConfig } from "./config.js";
import { createSimulator } from "./server.js";

/** `npm run simulator`: the Graph API simulator on its own. */
let config: SimulatorConfig;
try {
  config = loadSimulatorConfig(process.env);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
const sim = await createSimulator({ token: config.token, port: config.port, latencyMs: config.latencyMs, seed: { benchWabas: config.benchWabas } });
// The benchmark and other tools read this line to find the simulator (PORT 0 picks a free port).
process.stdout.write(`Graph API simulator on ${sim.url} (token: ${sim.token}; latency ${sim.latencyMs} ms)\n`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
