import type { Loaders } from "./loaders/create-loaders.js";

/** One per GraphQL request: its own loaders (never shared across callers) and a request id for logs. */
export interface Context {
  requestId: string;
  loaders: Loaders;
}
