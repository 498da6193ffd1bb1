import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import { AccessControl, callerId, type Caller } from "./auth/caller.js";
import type { Authenticate } from "./auth/authenticate.js";
import type { Fleet } from "./fleet/fleet.js";
import type { SubscriptionStreams } from "./fleet/subscription-streams.js";
import type { CallOptions } from "./graph-api/call-bounds.js";
import type { CallerSlots } from "./graph-api/caller-slots.js";
import type { ThrottleState } from "./graph-api/throttle.js";
import type { GraphApiClient } from "./graph-api/client.js";
import type { Logger } from "pino";
import { createLoaders, type Loaders } from "./loaders/create-loaders.js";
import type { NumberDirectory } from "./graph-api/number-directory.js";
import { noCache, type CachePolicy, type UpstreamCache } from "./cache/upstream-cache.js";
import type { OnPremisesClient } from "./on-premises/client.js";
import type { PendingRegistration } from "./on-premises/pending-registration.js";
import type { Onboardings } from "./onboarding/onboardings.js";

/** One per GraphQL request: its own loaders (never shared across callers), a request id for logs. */
export interface Context {
  requestId: string;
  loaders: Loaders;
  /** Whether this request's reads may use Meta's cached answers (queries only; set once the operation is known). */
  readCache: CachePolicy;
  /** Ids this operation has asked for so far (capped per operation by the schema). */
  idsAsked: number;
  /** The authenticated caller and what it may see. */
  access: AccessControl;
  /** This operation's bounds, shared by every upstream call it makes (reads, mutations, On-Premises). */
  call: CallOptions;
  /** For mutations on a number or a WABA: the client with its token, bound to this operation (sent once, never retried, never cached). */
  graphFor: (objectId: string) => Promise<GraphApiClient>;
  /** For mutations on the business portfolio's own objects: the gateway's own (system-user) token, bound to this operation (made on first use). */
  businessGraph: () => GraphApiClient;
  /** The BSP's business portfolio (GRAPH_API_BUSINESS_ID), when configured. */
  businessId: string | undefined;
  /** Whether some WABAs are read with tokens of their own (GRAPH_API_TOKENS_FILE). */
  perWabaTokens: boolean;
  /** A number Meta just created on a WABA: read with that WABA's token from now on. */
  learnNumber: (wabaId: string, phoneNumberId: string) => void;
  /** The configured On-Premises client, if any. */
  onPremises: OnPremisesClient | undefined;
  /** Which number's On-Premises registration awaits its code (fleet-wide), and the code attempts per number. */
  onPremisesPending: PendingRegistration;
  /** Embedded Signup's onboardings (undefined: not configured). */
  onboardings: Onboardings | undefined;
  /** Current time in ms (injectable, for the 14-day registration window). */
  now: () => number;
  /** The gateway's logger, bound to this request's id (made on first use). */
  log: () => Logger;
  /** Open subscription streams per caller (bounded; ended when credentials expire). */
  streams: SubscriptionStreams;
  /** Fleet state: subscription events, invalidations. */
  fleet: Fleet;
  /** Loaders with a fresh deadline, for work long after the request began (a subscription's events). */
  newLoaders: () => Loaders;
}

/** What every request's context is made from: the gateway's long-lived parts. */
export interface ContextDeps {
  authenticate: Authenticate;
  /** Callers authenticated before parsing (authenticateFirst), by request. */
  callers: WeakMap<Request, Caller>;
  /** How long one operation may take, every upstream call included (GATEWAY_OPERATION_TIMEOUT_MS). */
  operationTimeoutMs: number;
  /** Each caller's share of the upstream connections. */
  callerSlots: CallerSlots;
  reads: ReadDeps;
  directory: NumberDirectory;
  fleet: Fleet;
  streams: SubscriptionStreams;
  onPremises: OnPremisesClient | undefined;
  onPremisesPending: PendingRegistration;
  onboardings: Onboardings | undefined;
  now: () => number;
  log: Logger;
  businessId: string | undefined;
}

/** What a request's loaders share with the gateway: batching, the per-WABA throttle, Meta's recent answers, tracing. */
export interface ReadDeps {
  batching: boolean;
  throttle: ThrottleState;
  cache: UpstreamCache;
  traced: boolean;
  /** Counts a read answered RATE_LIMITED without calling Meta. */
  onHeldBack: () => void;
}

/**
 * One deadline per operation, and one signal that enforces it on every call (reads, mutations, On-Premises),
 * waiting for a connection included; the caller's share of the connections bounds them all.
 */
function callFor(deps: ContextDeps, caller: Caller): CallOptions {
  const signal = AbortSignal.timeout(deps.operationTimeoutMs);
  // Each upstream call in flight listens on it (undici and the wait for a slot) and stops when the call ends, so
  // many parallel calls (batching off: one per resolver) are not a leak; without this Node warns past 10.
  setMaxListeners(0, signal);
  return {
    deadline: Date.now() + deps.operationTimeoutMs,
    signal,
    // Without authentication every caller is one identity: the pool alone bounds it.
    slots: caller.kind === "open" ? undefined : deps.callerSlots.of(callerId(caller)),
  };
}

/** A request's loaders (each built on first use), reading within `call`. */
function loadersFor(deps: ContextDeps, call: CallOptions, policy: CachePolicy): Loaders {
  const { batching, throttle, cache, traced, onHeldBack } = deps.reads;
  return createLoaders(deps.directory, batching, { call, throttle, onHeldBack }, { cache, policy }, traced);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Yoga's context factory: one context per request, for the caller authenticated before parsing. */
export function contextFactory(deps: ContextDeps): (initial: { request: Request }) => Promise<Context> {
  return async ({ request }) => {
    // Authenticated before parsing (authenticateFirst); a request that skipped it (none should) is checked here.
    const authenticated = deps.callers.get(request) ?? (await deps.authenticate(request.headers));
    // A tenant that onboarded a WABA through Embedded Signup may use it, whatever its credential lists.
    const granted = authenticated.wabaIds === "all" ? undefined : deps.onboardings?.grantedTo(callerId(authenticated));
    const caller = granted && authenticated.wabaIds !== "all" ? { ...authenticated, wabaIds: new Set([...authenticated.wabaIds, ...granted]) } : authenticated;
    const given = request.headers.get("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const readCache = noCache();
    const call = callFor(deps, caller);
    let requestLog: Logger | undefined;
    let businessGraph: GraphApiClient | undefined;
    return {
      requestId,
      access: new AccessControl(caller, deps.directory, call),
      idsAsked: 0,
      call,
      loaders: loadersFor(deps, call, readCache),
      readCache,
      fleet: deps.fleet,
      streams: deps.streams,
      newLoaders: () => loadersFor(deps, callFor(deps, caller), noCache()),
      graphFor: async (objectId) => (await deps.directory.clientForNumber(objectId)).forCall(call),
      // Functions, not getters: Yoga copies the context with Object.assign, which would run a getter for every
      // request (a child logger and a client each time). Built on first use: only the business's mutations need it.
      businessGraph: () => (businessGraph ??= deps.directory.defaultClient.forCall(call)),
      businessId: deps.businessId,
      perWabaTokens: deps.directory.scoped,
      learnNumber: (wabaId, phoneNumberId) => deps.directory.index.learn(wabaId, [phoneNumberId]),
      onPremises: deps.onPremises,
      onPremisesPending: deps.onPremisesPending,
      onboardings: deps.onboardings,
      now: deps.now,
      // Built on first use: most operations never log through it.
      log: () => (requestLog ??= deps.log.child({ requestId, caller: caller.name })),
    };
  };
}
