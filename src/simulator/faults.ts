import type { GraphErrorSpec } from "./responses.js";

/** Ways the simulator can misbehave, as Meta's Graph API does. */
export type Fault =
  | { kind: "latency"; ms: number }
  | { kind: "hang" }
  | { kind: "html500" }
  | { kind: "graph-error"; error: GraphErrorSpec; headers?: Record<string, string> }
  | { kind: "non-json" }
  | { kind: "truncated" }
  | { kind: "reset" };

interface Armed {
  endpoint: string;
  fault: Fault;
  remaining: number;
}

/**
 * Fault switches: each applies to the next `times` calls of one endpoint
 * (`node`, `phone_numbers`, `ids`, `batch`, `register`, …, or `*` for any).
 */
export class FaultSwitches {
  private armed: Armed[] = [];

  add(endpoint: string, fault: Fault, times = 1): void {
    this.armed.push({ endpoint, fault, remaining: times });
  }

  clear(): void {
    this.armed = [];
  }

  /** Takes the first fault armed for this endpoint, counting it down. */
  take(endpoint: string): Fault | undefined {
    const hit = this.armed.find((a) => a.remaining > 0 && (a.endpoint === endpoint || a.endpoint === "*"));
    if (!hit) return undefined;
    hit.remaining--;
    this.armed = this.armed.filter((a) => a.remaining > 0);
    return hit.fault;
  }
}
