import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { UpstreamCache } from "./cache/upstream-cache.js";
import { createAuthenticator, type AuthConfig } from "./auth/authenticate.js";
import { callerId, type Caller } from "./auth/caller.js";
import { DEFAULT_MAX_COST, DEFAULT_OPERATION_TIMEOUT_MS, type GraphApiConfig } from "./config.js";
import { contextFactory, type Context } from "./context.js";
import { Fleet } from "./fleet/fleet.js";
import { SubscriptionStreams } from "./fleet/subscription-streams.js";
import { connectRedis } from "./fleet/redis-clients.js";
import { createPool, GraphApiClient, readDeadlineMs } from "./graph-api/client.js";
import { NumberDirectory } from "./graph-api/number-directory.js";
import { NumberIndex } from "./graph-api/number-index.js";
import { graphiqlDefaultQuery } from "./graphiql-default-query.js";
import { noCache } from "./loaders/cached-reader.js";
import { createLoaders } from "./loaders/create-loaders.js";
import { GatewayMetrics } from "./observability/metrics.js";
import { operationMetrics } from "./observability/operation-metrics.js";
import { yogaLogging } from "./observability/yoga-logging.js";
import { OnPremisesClient, type OnPremisesConfig } from "./on-premises/client.js";
import { PendingRegistration } from "./on-premises/pending-registration.js";
import { bodyLimit } from "./plugins/body-limit.js";
import { compiledExecution, maskEngineErrors } from "./plugins/compiled-execution.js";
import { operationLog } from "./plugins/operation-log.js";
import { operationTrace } from "./plugins/operation-trace.js";
import { queryLimits, type QueryLimits } from "./plugins/query-limits.js";
import { authenticateFirst } from "./plugins/authenticate-first.js";
import type { PersistedDocuments } from "./plugins/persisted-documents.js";
import { persistedOperations } from "./plugins/persisted-operations.js";
import { errorCap } from "./plugins/error-cap.js";
import { operationCost } from "./plugins/operation-cost.js";
import { readCachePolicy } from "./plugins/read-cache-policy.js";
import { selectionBounds } from "./plugins/selection-bounds.js";
import { readiness } from "./plugins/readiness.js";
import { csrfPrevention, noEchoedBodies } from "./plugins/request-refusals.js";
import { CallerSlots } from "./graph-api/caller-slots.js";
import type { CallOptions } from "./graph-api/call-bounds.js";
import { ThrottleState } from "./graph-api/throttle.js";
import { UpstreamHealth } from "./graph-api/upstream-health.js";
import { WEBHOOK_PATH, webhookEndpoint, type WebhookConfig } from "./webhooks/endpoint.js";
import { schema } from "./schema/index.js";
import { USER_AGENT } from "./version.js";

export interface GatewayOptions {
  graphApi: GraphApiConfig;
  batching: boolean;
  graphiql: boolean;
  /** Demo mode only changes GraphiQL's default query: it names this WABA (the simulator's demo WABA). */
  demoWabaId?: string | undefined;
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
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;


/** The header Yoga's CSRF prevention asks of requests a browser could send cross-site (GraphiQL sends it). */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** Counts compilations; a query graphql-jit cannot compile keeps running on graphql-js, and the log says why. */
const onCompile =
  (metrics: GatewayMetrics, log: Logger) =>
  ({ operationName, errors }: { operationName: string | undefined; errors?: string[] }) => {
    metrics.compiledQueries.inc({ outcome: errors ? "not_compilable" : "compiled" });
    if (errors) log.warn({ operation: operationName, errors }, "query not compiled: it keeps running on graphql-js");
  };

/** Builds the gateway (no listening: server.ts listens, tests call `yoga.fetch`). */
export function createGateway(options: GatewayOptions): Gateway {
  const log = options.logger;
  const now = options.now ?? Date.now;
  const metrics = new GatewayMetrics(options.metricsWabaLabels ?? false);
  const health = new UpstreamHealth();
  // One number → WABA index for the throttle, access control, per-WABA tokens and webhooks.
  const numbers = new NumberIndex();
  const throttle = new ThrottleState(numbers);
  const pool = createPool(options.graphApi.baseUrl);
  // Readiness follows the gateway's own token only: a customer's refused token fails that customer's objects.
  const clientWith = (accessToken: string, tokenHealth = new UpstreamHealth()) =>
    new GraphApiClient({ ...options.graphApi, accessToken, userAgent: USER_AGENT, pool, observer: { metrics, health: tokenHealth, throttle, logger: log } });
  const client = clientWith(options.graphApi.accessToken, health);
  // Customers' own system users (GRAPH_API_TOKENS_FILE): one client per token, all on the one pool.
  const clientsByToken = new Map<string, GraphApiClient>();
  const directory = new NumberDirectory(
    client,
    new Map([...(options.tokensByWaba ?? new Map<string, string>())].map(([wabaId, token]) => {
      const c = clientsByToken.get(token) ?? clientWith(token);
      clientsByToken.set(token, c);
      return [wabaId, c] as const;
    })),
    numbers,
    // A listing may take several pages: the client's own default deadline for a read.
    { ttlMs: (options.numberDirectoryTtlSeconds ?? 60) * 1000, deadlineMs: readDeadlineMs(options.graphApi.timeoutMs) },
  );
  const onPremises = options.onPremises ? new OnPremisesClient(options.onPremises, now) : undefined;
  const authenticate = createAuthenticator(options.auth ?? { open: true, apiClients: [] });
  const callers = new WeakMap<Request, Caller>();
  const fleet = new Fleet(options.redisUrl ? connectRedis(options.redisUrl, log) : undefined, log);
  // A hold Meta asks for on one instance holds on all of them.
  throttle.share = (wabaId, untilMs) => fleet.shareThrottle(wabaId, untilMs);
  fleet.onThrottle((wabaId, untilMs) => throttle.holdUntil(wabaId, untilMs));
  const onPremisesPending = new PendingRegistration(fleet);
  const streams = new SubscriptionStreams(options.maxSubscriptionsPerCaller);
  const redisGauge = setInterval(() => {
    if (fleet.status() !== "memory") metrics.redisUp.set(fleet.status() === "redis" ? 1 : 0);
  }, 1_000);
  redisGauge.unref();
  // No GraphQL response cache: it would answer before authentication and for mutations. Meta's answers are kept
  // instead, below the access checks, and dropped by id on every instance when a webhook or a mutation says so.
  const cache = new UpstreamCache((options.cacheTtlSeconds ?? 30) * 1000);
  fleet.onInvalidate(({ wabaIds, phoneIds, objectIds = [] }) => {
    cache.invalidate([...phoneIds, ...wabaIds, ...objectIds]);
    for (const id of wabaIds) directory.forget(id);
  });
  const operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  const callerSlots = new CallerSlots(options.maxUpstreamPerCaller);
  // One deadline per operation, and one signal that enforces it on every call (reads, mutations, On-Premises),
  // waiting for a connection included; the caller's share of the connections bounds them all.
  const callFor = (caller: Caller): CallOptions => ({
    deadline: Date.now() + operationTimeoutMs,
    signal: AbortSignal.timeout(operationTimeoutMs),
    // Without authentication every caller is one identity: the pool alone bounds it.
    slots: caller.kind === "open" ? undefined : callerSlots.of(callerId(caller)),
  });
  const newLoaders = (caller: Caller, policy = noCache(), call = callFor(caller)) =>
    createLoaders(directory, options.batching, { call, throttle, onHeldBack: () => metrics.heldBack.inc() }, { cache, policy });
  const compileAfter = options.compileAfter ?? 3;
  const limits = { maxAliases: 30, maxDepth: 12, maxTokens: 2000, maxBodyBytes: 1024 * 1024, maxCost: DEFAULT_MAX_COST, ...options.limits };

  const plugins: Plugin[] = [
    webhookEndpoint(options.webhooks, { directory, fleet, metrics, logger: log }),
    bodyLimit(limits.maxBodyBytes, [WEBHOOK_PATH]),
    readiness(health, fleet),
    csrfPrevention(CSRF_HEADER),
    noEchoedBodies(),
    // Before parse and validation: an unauthenticated document costs nothing to refuse.
    authenticateFirst(authenticate, callers),
    // After authentication (it needs the caller), before anything reads the document.
    ...(options.persistedDocuments ? [persistedOperations(options.persistedDocuments, callers)] : []),
    ...queryLimits(limits),
    selectionBounds(),
    // With the variables, before any resolver: what the operation would render, aliases and duplicate ids included.
    operationCost(limits.maxCost),
    errorCap(),
    operationMetrics(metrics),
    readCachePolicy() as Plugin,
    operationLog(log) as Plugin,
    // Before the trace: it wraps whichever execution runs, so the compiled one runs inside the operation's span.
    ...(compileAfter > 0 ? [compiledExecution({ hotAfter: compileAfter, onCompile: onCompile(metrics, log) })] : []),
    ...(options.tracing ? [operationTrace() as Plugin] : []),
    {
      onDispose: () => {
        clearInterval(redisGauge);
        return Promise.all([pool.close(), onPremises?.close(), fleet.close()]).then(() => undefined);
      },
    },
  ];
  if (options.introspection === false) plugins.push(useDisableIntrospection());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // One operation per HTTP request: GraphQL-over-HTTP batching would multiply every limit.
    batching: false,
    // A persisted operation's id in the GraphQL-over-HTTP form (`documentId`), beside Apollo's extension.
    extraParamNames: ["documentId"],
    // Yoga's own body limit pipes every request body through a TransformStream (about a third of a millisecond
    // of CPU per operation here); bodyLimit() checks Content-Length and reads the stream only without one.
    maxRequestBodySize: false,
    maskedErrors: { isDev: false, maskError: maskEngineErrors },
    graphiql: options.graphiql ? { title: "waba-gateway", defaultQuery: graphiqlDefaultQuery(options.demoWabaId), additionalHeaders: { [CSRF_HEADER]: "1" } } : false,
    // Loaded on first use: the bundled GraphiQL (~45 MB of heap) stays out of gateways that never serve it.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    logging: yogaLogging(log),
    context: contextFactory({ authenticate, callers, callFor, newLoaders, directory, fleet, streams, onPremises, onPremisesPending, now, log, businessId: options.businessId }),
    plugins,
  });
}
