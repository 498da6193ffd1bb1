import type { Logger } from "pino";
import type { AuthConfig } from "./auth/authenticate.js";
import type { GraphApiConfig, SignupSettings } from "./config.js";
import type { ProxyConfig } from "./graph-api/client.js";
import type { OnPremisesConfig } from "./on-premises/client.js";
import type { PersistedDocuments } from "./plugins/persisted-documents.js";
import type { QueryLimits } from "./plugins/query-limits.js";
import type { WebhookConfig } from "./webhooks/endpoint.js";

/** Everything a gateway is built from (server.ts maps the configuration onto it; tests set what they need). */
export interface GatewayOptions {
  graphApi: GraphApiConfig;
  batching: boolean;
  graphiql: boolean;
  /** Demo mode only changes GraphiQL's default query: it names this WABA (the simulator's demo WABA). */
  demoWabaId?: string | undefined;
  /** Demo mode: serve the Embedded Signup example page, its stand-in popup on this simulator. */
  examplePageSimulator?: string | undefined;
  logger: Logger;
  onPremises?: OnPremisesConfig | undefined;
  /** The clock for the 14-day registration window (tests set it). */
  now?: () => number;
  introspection?: boolean;
  operationTimeoutMs?: number;
  limits?: Partial<QueryLimits & { maxBodyBytes: number; maxCost: number }>;
  /** Who may call; open (every caller sees everything) when omitted. */
  auth?: AuthConfig;
  /** Fleet state in Redis; in memory (one instance) when omitted. */
  redisUrl?: string | undefined;
  /** Meta's webhooks; `/webhooks/meta` answers 404 when omitted. */
  webhooks?: WebhookConfig | undefined;
  /** How long Meta's answers to reads are kept (per upstream token and object, below the access checks); 0 turns it off. */
  cacheTtlSeconds?: number;
  /** How long a WABA's list of numbers is trusted (GATEWAY_NUMBER_DIRECTORY_TTL_SECONDS). */
  numberDirectoryTtlSeconds?: number;
  /** Upstream reads one caller may have in flight at once (GATEWAY_MAX_UPSTREAM_PER_CALLER). */
  maxUpstreamPerCaller?: number;
  /** Subscription streams one caller may hold open (GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER). */
  maxSubscriptionsPerCaller?: number;
  /** Name WABA ids in `/metrics` labels (METRICS_WABA_LABELS); off by default, as `/metrics` is unauthenticated. */
  metricsWabaLabels?: boolean;
  /** The BSP's business portfolio (GRAPH_API_BUSINESS_ID): its WABAs and pre-verified numbers. */
  businessId?: string | undefined;
  /** A span per operation (OpenTelemetry; the SDK is registered by server.ts when OTEL_* configure it). */
  tracing?: boolean;
  /** Trusted documents (GATEWAY_PERSISTED_DOCUMENTS): runnable by hash, and all that persisted-only callers may run. */
  persistedDocuments?: PersistedDocuments | undefined;
  /** WABA id → the token of the customer's own system user for it (GRAPH_API_TOKENS_FILE). */
  tokensByWaba?: ReadonlyMap<string, string>;
  /** Runs of a query document before it runs compiled (GATEWAY_COMPILE_AFTER; 0: never; default 3). */
  compileAfter?: number;
  /** How often the gateway's own token is checked with Meta for /readiness, at start too (GATEWAY_READINESS_CHECK_SECONDS; 0 or unset: only live calls tell). */
  readinessCheckSeconds?: number;
  /** The outbound proxy every upstream call goes through (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
  proxy?: ProxyConfig | undefined;
  /** Finishing Embedded Signup (META_APP_ID, GATEWAY_TOKEN_KEY, …); completeEmbeddedSignup answers NOT_CONFIGURED without it. */
  signup?: SignupSettings | undefined;
}
