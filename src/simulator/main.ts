import { createSimulator } from "./server.js";

/** `npm run simulator`: the Graph API simulator on its own. */
const sim = await createSimulator({
  token: process.env.SIMULATOR_TOKEN ?? "simulator-token",
  port: Number(process.env.SIMULATOR_PORT ?? 4100),
  latencyMs: Number(process.env.SIMULATOR_LATENCY_MS ?? 0),
  seed: { benchWabas: Number(process.env.SIMULATOR_BENCH_WABAS ?? 0) },
});
// The benchmark and other tools read this line to find the simulator (PORT 0 picks a free port).
process.stdout.write(`Graph API simulator on ${sim.url} (token: ${sim.token}; latency ${sim.latencyMs} ms)\n`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
