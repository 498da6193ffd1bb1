import type { GraphErrorSpec } from "./responses.js";

/** Ways the simulator can misbehave, as Meta's Graph API does. */
export type Fault =
  | { kind: "latency"; ms: number }
  | { kind: "hang" }
  | { kind: "html500" }
  | { kind: "graph-error"; error: GraphErrorSpec; headers?: Record<string, string> }
  /** A normal answer that carries these headers too (Meta's usage headers). */
  | { kind: "headers"; headers: Record<string, string> }
  | { kind: "non-json" }
  | { kind: "truncated" }
  | { kind: "reset" };

interface Armed {
  endpoint: string;
  fault: Fault;
  remaining: number;
  /** Calls of the endpoint let through before the fault applies (the second of two POSTs, say). */
  skip: number;
}

/**
 * Fault switches: each applies to the next `times` calls of one endpoint
 * (`node`, `phone_numbers`, `batch`, `register`, …, `slot:node` for a batch slot, or `*` for any).
 */
export class FaultSwitches {
  private armed: Armed[] = [];

  add(endpoint: string, fault: Fault, times = 1, skip = 0): void {
    this.armed.push({ endpoint, fault, remaining: times, skip });
  }

  clear(): void {
    this.armed = [];
  }

  /** Takes the first fault armed for this endpoint, counting it down. */
  take(endpoint: string): Fault | undefined {
    const hit = this.armed.find((a) => a.remaining > 0 && (a.endpoint === endpoint || a.endpoint === "*"));
    if (!hit) return undefined;
    if (hit.skip > 0) {
      hit.skip--;
      return undefined;
    }
    hit.remaining--;
    this.armed = this.armed.filter((a) => a.remaining > 0);
    return hit.fault;
  }
}

const THROTTLE_MESSAGES: Record<number, string> = {
  4: "(#4) Application request limit reached",
  17: "(#17) User request limit reached",
  32: "(#32) Page request limit reached",
  80007: "(#80007) Rate limit hit for WhatsApp Business Account",
  80008: "(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
  130429: "(#130429) Rate limit hit",
};

/** A Meta throttle as Meta sends it: HTTP 400, the code, and usage headers saying how long to wait. */
export function throttleFault(code: number, wabaId: string, regainMinutes: number, callCountPercent = 100): Fault {
  const usage = [{ type: "whatsapp_business_management", call_count: callCountPercent, total_cputime: 20, total_time: 25, estimated_time_to_regain_access: regainMinutes }];
  return {
    kind: "graph-error",
    error: { code, status: 400, message: THROTTLE_MESSAGES[code] ?? `(#${code}) Rate limit hit` },
    headers: {
      "x-business-use-case-usage": JSON.stringify({ [wabaId]: usage }),
      "x-app-usage": JSON.stringify({ call_count: 42, total_cputime: 10, total_time: 12 }),
    },
  };
}
