import { Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The gateway's Prometheus metrics, one registry per gateway. Labels never carry a URL, an id list or a
 * query string (they would put PINs and variables into metrics): endpoints are named by kind.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  /**
   * `/metrics` is unauthenticated: it names no tenant's WABA unless an operator opts in (METRICS_WABA_LABELS=true).
   * Without it the per-WABA usage gauges carry `waba_id="*"` and the latest value any WABA reported.
   */
  constructor(private readonly wabaLabels = false) {}

  wabaLabel(wabaId: string): string {
    return this.wabaLabels ? wabaId : "*";
  }

  // Each operation's count, duration and errors, and each GraphQL request's HTTP time: the series Yoga's Prometheus
  // plugin recorded, under the same names, labels and help (dashboards keep working), recorded by operation-metrics.ts.
  readonly operations = new Counter({
    name: "graphql_envelop_request",
    help: "Counts the amount of GraphQL requests executed through Envelop",
    labelNames: ["operationName", "operationType"] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: "graphql_envelop_request_duration",
    help: "Time spent on running the GraphQL operation from parse to execute",
    labelNames: ["operationName", "operationType"] as const,
    registers: [this.registry],
  });

  readonly operationErrors = new Counter({
    name: "graphql_envelop_error_result",
    help: "Counts the amount of errors reported from all phases",
    labelNames: ["operationName", "operationType", "phase"] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: "graphql_yoga_http_duration",
    help: "Time spent on HTTP connection",
    labelNames: ["operationName", "operationType", "method", "statusCode"] as const,
    registers: [this.registry],
  });

  readonly upstreamRequests = new Counter({
    name: "graph_api_requests_total",
    help: "Upstream calls to the Graph API (or the On-Premises client), by endpoint kind and outcome.",
    labelNames: ["endpoint", "outcome"] as const,
    registers: [this.registry],
  });

  readonly upstreamDuration = new Histogram({
    name: "graph_api_request_duration_seconds",
    help: "Duration of each upstream attempt.",
    labelNames: ["endpoint"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly retries = new Counter({
    name: "graph_api_retries_total",
    help: "Reads tried again, by endpoint kind and reason.",
    labelNames: ["endpoint", "reason"] as const,
    registers: [this.registry],
  });

  readonly rateLimitWaits = new Counter({
    name: "graph_api_rate_limit_waits_total",
    help: "Waits before a retry because Meta throttled.",
    registers: [this.registry],
  });

  readonly heldBack = new Counter({
    name: "graph_api_reads_held_back_total",
    help: "Reads answered RATE_LIMITED without calling Meta, because Meta said to wait for that WABA.",
    registers: [this.registry],
  });

  readonly compiledQueries = new Counter({
    name: "graphql_queries_compiled_total",
    help: "Query operations compiled once they ran often (GATEWAY_COMPILE_AFTER), by outcome (compiled, not_compilable).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: "webhook_deliveries_total",
    help: "Webhook POSTs from Meta, by outcome (accepted, bad_signature, too_large, too_deep, bad_json).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  readonly webhookChanges = new Counter({
    name: "webhook_changes_total",
    help: "Changes in webhook deliveries, by kind and outcome (published, duplicate).",
    labelNames: ["kind", "outcome"] as const,
    registers: [this.registry],
  });

  readonly webhookUnknownFields = new Counter({
    name: "webhook_unknown_fields_total",
    help: "Webhook changes of fields this gateway does not handle (ignored).",
    labelNames: ["field"] as const,
    registers: [this.registry],
  });

  readonly redisUp = new Gauge({
    name: "fleet_redis_up",
    help: "1 when the fleet's Redis is reachable, 0 when the instance runs degraded; absent without REDIS_URL.",
    registers: [this.registry],
  });

  readonly appUsage = new Gauge({
    name: "graph_api_app_usage_percent",
    help: "X-App-Usage: share of the app's hourly allowance used, by metric.",
    labelNames: ["metric"] as const,
    registers: [this.registry],
  });

  readonly businessUsage = new Gauge({
    name: "graph_api_business_use_case_usage_percent",
    help: "X-Business-Use-Case-Usage: share of a WABA's budget used, by WABA, use case and metric.",
    labelNames: ["waba_id", "type", "metric"] as const,
    registers: [this.registry],
  });

  readonly regainAccessSeconds = new Gauge({
    name: "graph_api_estimated_time_to_regain_access_seconds",
    help: "X-Business-Use-Case-Usage: Meta's estimate of when a throttled WABA may call again.",
    labelNames: ["waba_id", "type"] as const,
    registers: [this.registry],
  });
}
