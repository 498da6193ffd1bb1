import type { Logger } from "pino";
import { createAuthenticator, type Authenticate } from "./auth/authenticate.js";
import type { Caller } from "./auth/caller.js";
import { UpstreamCache } from "./cache/upstream-cache.js";
import { DEFAULT_OPERATION_TIMEOUT_MS } from "./config.js";
import type { ContextDeps, ReadDeps } from "./context.js";
import { Fleet } from "./fleet/fleet.js";
import { connectRedis } from "./fleet/redis-clients.js";
import { SubscriptionStreams } from "./fleet/subscription-streams.js";
import { CallerSlots } from "./graph-api/caller-slots.js";
import { createPool, GraphApiClient, readDeadlineMs } from "./graph-api/client.js";
import { NumberDirectory } from "./graph-api/number-directory.js";
import { NumberIndex } from "./graph-api/number-index.js";
import { ThrottleState } from "./graph-api/throttle.js";
import { checkTokenPeriodically } from "./graph-api/token-check.js";
import { UpstreamHealth } from "./graph-api/upstream-observer.js";
import { GatewayMetrics } from "./observability/metrics.js";
import { OnPremisesClient } from "./on-premises/client.js";
import { PendingRegistration } from "./on-premises/pending-registration.js";
import { createOnboardings } from "./onboarding/onboardings.js";
import { toStepError as stepError } from "./schema/shared/graph-failures.js";
import type { GatewayOptions } from "./gateway-options.js";
import { USER_AGENT } from "./version.js";

/** Every long-lived object of one gateway, built once: what plugins and each request's context are made from. */
export interface Services {
  log: Logger;
  metrics: GatewayMetrics;
  /** The gateway's own token's standing with Meta (readiness). */
  health: UpstreamHealth;
  directory: NumberDirectory;
  fleet: Fleet;
  authenticate: Authenticate;
  /** Callers authenticated before parsing, by request. */
  callers: WeakMap<Request, Caller>;
  /** What each request's context is made from. */
  context: ContextDeps;
  /** Closes the upstream pools, the On-Premises client and Redis. */
  close: () => Promise<void>;
}

/** Builds the gateway's long-lived parts from its options (no listening, no Yoga). */
export function createServices(options: GatewayOptions): Services {
  const log = options.logger;
  const now = options.now ?? Date.now;
  const metrics = new GatewayMetrics(options.metricsWabaLabels ?? false);
  const health = new UpstreamHealth();
  // One number → WABA index for the throttle, access control, per-WABA tokens and webhooks.
  const numbers = new NumberIndex();
  const throttle = new ThrottleState(numbers);
  const pool = createPool(options.graphApi.baseUrl, options.proxy);
  // Readiness follows the gateway's own token only: a customer's refused token fails that customer's objects.
  const clientWith = (accessToken: string, tokenHealth = new UpstreamHealth()) =>
    new GraphApiClient({
      ...options.graphApi,
      accessToken,
      userAgent: USER_AGENT,
      pool,
      traced: options.tracing ?? false,
      customerToken: tokenHealth !== health,
      observer: { metrics, health: tokenHealth, throttle, logger: log },
    });
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
  const onPremises = options.onPremises
    ? new OnPremisesClient(options.onPremises, now, options.proxy ? createPool(options.onPremises.baseUrl, options.proxy, 8) : undefined)
    : undefined;
  const authenticate = createAuthenticator(options.auth ?? { open: true, apiClients: [] });
  const callers = new WeakMap<Request, Caller>();
  const redis = options.redisUrl ? connectRedis(options.redisUrl, log) : undefined;
  const fleet = new Fleet(redis, log);
  // A hold Meta asks for on one instance holds on all of them.
  throttle.share = (wabaId, untilMs) => fleet.shareThrottle(wabaId, untilMs);
  fleet.onThrottle((wabaId, untilMs) => throttle.holdUntil(wabaId, untilMs));
  const onPremisesPending = new PendingRegistration(fleet);
  const streams = new SubscriptionStreams(options.maxSubscriptionsPerCaller);
  // Readiness follows Meta: the token checked at start and then periodically, not only when callers call.
  const stopTokenCheck = options.readinessCheckSeconds ? checkTokenPeriodically(client, health, options.readinessCheckSeconds * 1000) : undefined;
  const redisGauge = setInterval(() => {
    if (fleet.status() !== "memory") metrics.redisUp.set(fleet.status() === "redis" ? 1 : 0);
  }, 1_000);
  redisGauge.unref();
  // No GraphQL response cache: it would answer before authentication and for mutations. Meta's answers are kept
  // instead, below the access checks, and dropped by id on every instance when a webhook or a mutation says so.
  const cache = new UpstreamCache((options.cacheTtlSeconds ?? 30) * 1000);
  const onboardings = options.signup
    ? createOnboardings({ settings: options.signup, redis, businessId: options.businessId, system: client, anonymous: clientWith(""), clientWith, directory, fleet, log, now, describe: stepError })
    : undefined;
  fleet.onInvalidate(({ wabaIds, phoneIds, objectIds = [], tokenWabaIds = [], numbersKept = false }) => {
    cache.invalidate([...phoneIds, ...wabaIds, ...objectIds]);
    if (!numbersKept) for (const id of wabaIds) directory.forget(id);
    if (tokenWabaIds.length > 0) void onboardings?.loadTokens(tokenWabaIds);
  });
  const reads: ReadDeps = { batching: options.batching, throttle, cache, traced: options.tracing ?? false, onHeldBack: () => metrics.heldBack.inc() };
  return {
    log,
    metrics,
    health,
    directory,
    fleet,
    authenticate,
    callers,
    context: {
      authenticate,
      callers,
      operationTimeoutMs: options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS,
      callerSlots: new CallerSlots(options.maxUpstreamPerCaller),
      reads,
      directory,
      fleet,
      streams,
      onPremises,
      onPremisesPending,
      onboardings,
      now,
      log,
      businessId: options.businessId,
    },
    close: async () => {
      clearInterval(redisGauge);
      stopTokenCheck?.();
      await Promise.all([pool.close(), onPremises?.close(), onboardings?.close()]);
      await fleet.close();
    },
  };
}
