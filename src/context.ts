import type { GraphApiClient } from "./graph-api/client.js";
import type { Loaders } from "./loaders/create-loaders.js";
import type { OnPremisesClient } from "./on-premises/client.js";

/** One per GraphQL request: its own loaders (never shared across callers), a request id for logs. */
export interface Context {
  requestId: string;
  loaders: Loaders;
  /** For mutations: sent once, never retried, never cached. */
  graph: GraphApiClient;
  /** The configured On-Premises client, if any. */
  onPremises: OnPremisesClient | undefined;
  /** Current time in ms (injectable, for the 14-day registration window). */
  now: () => number;
}
