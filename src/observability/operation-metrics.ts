import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { GatewayMetrics } from "./metrics.js";

/**
 * `/metrics` (Prometheus, on the gateway's port): the gateway's own metrics plus Yoga's operation counts,
 * durations and errors. The URL label is off (it would carry query strings: PINs, variables); the per-phase
 * histograms, the summary and the deprecated-field walk cost CPU on every operation for little an operator uses.
 */
export function operationMetrics(metrics: GatewayMetrics): Plugin {
  return usePrometheus({
    endpoint: "/metrics",
    registry: metrics.registry,
    labels: { url: false },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_yoga_http_duration: true,
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
