import { z } from "zod";

/** `npm run simulator`'s own settings: the only reader of the SIMULATOR_* variables. */
export interface SimulatorConfig {
  token: string;
  port: number;
  latencyMs: number;
  benchWabas: number;
}

const schema = z.object({
  SIMULATOR_TOKEN: z.string().min(1).default("simulator-token"),
  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  SIMULATOR_LATENCY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  SIMULATOR_BENCH_WABAS: z.coerce.number().int().min(0).max(1000).default(0),
});

export function loadSimulatorConfig(env: Record<string, string | undefined>): SimulatorConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith("SIMULATOR_") && v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new Error(`Invalid simulator configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const e = parsed.data;
  return { token: e.SIMULATOR_TOKEN, port: e.SIMULATOR_PORT, latencyMs: e.SIMULATOR_LATENCY_MS, benchWabas: e.SIMULATOR_BENCH_WABAS };
}
