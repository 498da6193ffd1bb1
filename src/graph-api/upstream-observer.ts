import type { Logger } from "pino";
import type { GatewayMetrics } from "../observability/metrics.js";
import type { ThrottleState, Usage } from "./throttle.js";

/**
 * What readiness reports about Meta: once Meta refuses the gateway's own token (code 190) the gateway is
 * not ready (an operator must act) until a call succeeds again.
 */
export class UpstreamHealth {
  private refusedAt: number | undefined;
  /** Why the last check could not reach Meta (the transport's code and syscall), until a call gets through. */
  private unreachableCause: string | undefined;

  tokenRefused(): void {
    this.refusedAt ??= Date.now();
  }

  unreachable(cause: string): void {
    this.unreachableCause = cause;
  }

  succeeded(): void {
    this.refusedAt = undefined;
    this.unreachableCause = undefined;
  }

  get ready(): boolean {
    return this.refusedAt === undefined && this.unreachableCause === undefined;
  }

  /** Why the gateway is not ready, in words an operator acts on; undefined when it is. */
  get reason(): string | undefined {
    if (this.refusedAt !== undefined) return "Meta refuses the gateway's access token";
    if (this.unreachableCause !== undefined) return `Meta is unreachable (${this.unreachableCause})`;
    return undefined;
  }
}

/** What the client reports each upstream attempt to: metrics, the per-WABA throttle, readiness, logs. */
export interface UpstreamObserver {
  metrics: GatewayMetrics;
  throttle: ThrottleState;
  health: UpstreamHealth;
  logger: Logger;
}

/** Records Meta's usage headers; resolves once a new hold is shared with the fleet. */
export function recordUsage(observer: UpstreamObserver, usage: Usage): Promise<void> {
  const shared = observer.throttle.note(usage);
  const { metrics } = observer;
  if (usage.app) {
    for (const metric of ["call_count", "total_cputime", "total_time"] as const) {
      const v = usage.app[metric];
      if (typeof v === "number") metrics.appUsage.set({ metric }, v);
    }
  }
  for (const [wabaId, entries] of usage.business) {
    for (const e of entries) {
      const type = String(e.type ?? "unknown");
      for (const metric of ["call_count", "total_cputime", "total_time"] as const) {
        const v = e[metric];
        if (typeof v === "number") metrics.businessUsage.set({ waba_id: metrics.wabaLabel(wabaId), type, metric }, v);
      }
      metrics.regainAccessSeconds.set({ waba_id: metrics.wabaLabel(wabaId), type }, Number(e.estimated_time_to_regain_access ?? 0) * 60);
    }
  }
  return shared;
}

/** The metric label of an upstream path: its kind, never the ids or query in it. */
export function endpointKind(method: string, path: string, batch: boolean): string {
  if (batch) return "batch";
  const segments = path.split("?")[0]?.split("/").filter(Boolean) ?? [];
  if (segments[0] === "v1") return `onprem_${segments.slice(1).join("_")}`;
  if (segments.length === 0) return "root";
  if (segments.length === 1) return method === "GET" ? "node" : "phone_update";
  return segments[1] ?? "other";
}
