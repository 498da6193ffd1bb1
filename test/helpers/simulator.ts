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

/** One read Meta received: a request of its own, or one slot of a batch call (with the call's token). */
export interface SentRead {
  method: string;
  path: string;
  endpoint: string;
  query: Record<string, string>;
  token: string | undefined;
  /** Whether it travelled as a batch slot. */
  inBatch: boolean;
}

/** Every request and every batch slot in the log, flattened, in order. */
export function sentReads(entries: readonly LoggedRequest[]): SentRead[] {
  return entries.flatMap((e): SentRead[] => {
    const token = e.headers.authorization?.replace(/^Bearer /, "");
    if (!e.batch) return [{ method: e.method, path: e.path, endpoint: e.endpoint, query: e.query, token, inBatch: false }];
    return e.batch.map((s) => ({ method: s.method, path: s.path, endpoint: s.endpoint, query: s.query, token, inBatch: true }));
  });
}

/** The object each read named (its first path segment after the version). */
export function objectOf(read: SentRead): string {
  return read.path.split("/").filter((s) => s && !/^v\d+\.\d+$/.test(s))[0] ?? "";
}
