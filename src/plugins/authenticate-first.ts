import type { Plugin } from "graphql-yoga";
import type { Authenticate } from "../auth/authenticate.js";
import type { Caller } from "../auth/caller.js";

/**
 * Authenticates as soon as the request's parameters are read, before the document is parsed or validated: a
 * caller without valid credentials gets 401 having cost only a header check, whatever the document holds.
 * The context factory takes the caller from `callers`.
 */
export function authenticateFirst(authenticate: Authenticate, callers: WeakMap<Request, Caller>): Plugin {
  return {
    async onParams({ request }) {
      callers.set(request, await authenticate(request.headers));
    },
  };
}
