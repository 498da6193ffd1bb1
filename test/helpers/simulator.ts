import { afterAll, beforeAll, beforeEach } from "vitest";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/simulator/server.js";
import type { LoggedRequest } from "../../src/simulator/request-log.js";

/** Starts one simulator for the file, with a clean request log and no armed faults before each test. */
export function useSimulator(options: SimulatorOptions = {}): { readonly sim: Simulator } {
  const holder = {} as { sim: Simulator };
  beforeAll(async () => {
    holder.sim = await createSimulator(options);
  });
  beforeEach(() => {
    holder.sim.log.clear();
    holder.sim.faults.clear();
  });
  afterAll(async () => {
    await holder.sim?.close();
  });
  return holder;
}

/** The `fields=` a logged request carried, as a sorted list. */
export function fieldsOf(request: LoggedRequest | undefined): string[] {
  return (request?.query.fields ?? "").split(",").filter(Boolean).sort();
}
