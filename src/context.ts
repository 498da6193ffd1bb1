import type { AccessControl } from "./auth/access.js";
import type { Fleet } from "./fleet/fleet.js";
import type { SubscriptionStreams } from "./fleet/subscription-streams.js";
import type { GraphApiClient } from "./graph-api/client.js";
import type { Logger } from "pino";
import type { Loaders } from "./loaders/create-loaders.js";
import type { IdBudget } from "./auth/id-budget.js";
import type { CachePolicy } from "./loaders/cached-reader.js";
import type { OnPremisesClient } from "./on-premises/client.js";
import type { PendingRegistration } from "./on-premises/pending-registration.js";

/** One per GraphQL request: its own loaders (never shared across callers), a request id for logs. */
export interface Context {
  requestId: string;
  loaders: Loaders;
  /** Whether this request's reads may use Meta's cached answers (queries only; set once the operation is known). */
  readCache: CachePolicy;
  /** Ids this operation has asked for so far (capped per operation). */
  idBudget: IdBudget;
  /** The authenticated caller and what it may see. */
  access: AccessControl;
  /** For mutations on a number: the client with that number's token (sent once, never retried, never cached). */
  graphFor: (phoneNumberId: string) => Promise<GraphApiClient>;
  /** The configured On-Premises client, if any. */
  onPremises: OnPremisesClient | undefined;
  /** Which number's On-Premises registration awaits its code (fleet-wide), and the code attempts per number. */
  onPremisesPending: PendingRegistration;
  /** Current time in ms (injectable, for the 14-day registration window). */
  now: () => number;
  /** The gateway's logger, bound to this request's id. */
  log: Logger;
  /** Open subscription streams per caller (bounded; ended when credentials expire). */
  streams: SubscriptionStreams;
  /** Fleet state: subscription events, invalidations. */
  fleet: Fleet;
  /** Loaders with a fresh deadline, for work long after the request began (a subscription's events). */
  newLoaders: () => Loaders;
}
