import { createCounter, createHistogram, usePrometheus, type FillLabelsFnParams } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { GatewayMetrics } from "./metrics.js";

/** Distinct operation names `/metrics` names; later ones are counted as "other". */
export const MAX_OPERATION_NAMES = 100;

/** A GraphQL name of reasonable length; anything else a caller sent as `operationName` is "other". */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation names as metric labels, from a bounded set: callers choose operation names, and every new one would
 * be a new series of every operation metric (300 names grew `/metrics` from 37 KB to 1.5 MB). The first
 * `max` names seen keep their own label (a deployment's frontends and services use a few dozen), the rest are
 * "other", and so is an `operationName` parameter that is no GraphQL name (it can be any string, of any length).
 */
export class OperationNames {
  private readonly known = new Set<string>();
  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(name: string | undefined): string {
    if (!name) return "Anonymous";
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max || !OPERATION_NAME.test(name)) return "other";
    this.known.add(name);
    return name;
  }
}

/**
 * `/metrics` (Prometheus, on the gateway's port): the gateway's own metrics plus Yoga's operation counts,
 * durations and errors, labelled with bounded operation names. The URL label is off (it would carry query
 * strings: PINs, variables), and so is an error's path (aliases and list indexes, chosen by callers); the
 * per-phase histograms, the summary and the deprecated-field walk cost CPU on every operation for little an
 * operator uses.
 */
export function operationMetrics(metrics: GatewayMetrics, names = new OperationNames()): Plugin {
  const registry = metrics.registry;
  const operation = (p: FillLabelsFnParams) => ({ operationName: names.label(p.operationName), operationType: p.operationType ?? "unknown" });
  return usePrometheus({
    endpoint: "/metrics",
    registry,
    labels: { url: false, path: false },
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: "graphql_envelop_request", help: "Counts the amount of GraphQL requests executed through Envelop", labelNames: ["operationName", "operationType"] },
        fillLabelsFn: operation,
        phases: ["execute", "subscribe"],
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: { name: "graphql_envelop_request_duration", help: "Time spent on running the GraphQL operation from parse to execute", labelNames: ["operationName", "operationType"] },
        fillLabelsFn: operation,
        phases: ["execute", "subscribe"],
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: "graphql_envelop_error_result", help: "Counts the amount of errors reported from all phases", labelNames: ["operationName", "operationType", "phase"] },
        fillLabelsFn: (p) => ({ ...operation(p), phase: p.errorPhase ?? "unknown" }),
        phases: ["parse", "validate", "context", "execute", "subscribe"],
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: { name: "graphql_yoga_http_duration", help: "Time spent on HTTP connection", labelNames: ["operationName", "operationType", "method", "statusCode"] },
        fillLabelsFn: (p, { request, response }: { request: Request; response: Response }) => ({ ...operation(p), method: request.method, statusCode: response.status }),
        phases: ["request"],
      }),
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
  }) as Plugin;
}
