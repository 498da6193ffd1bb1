import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import type { Caller } from "../auth/caller.js";
import type { PersistedDocuments } from "./persisted-documents.js";

/**
 * The operation's hash, as clients send it: Apollo's APQ extension (`extensions.persistedQuery.sha256Hash`, what the
 * client preset's documents carry), or the GraphQL-over-HTTP persisted-documents `documentId` ("sha256:<hex>").
 */
export function persistedOperationId(params: GraphQLParams & { documentId?: unknown }): string | null {
  const apq = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (apq && apq.version === 1 && typeof apq.sha256Hash === "string") return apq.sha256Hash;
  return typeof params.documentId === "string" ? params.documentId : null;
}

/**
 * Trusted documents: every caller may run an operation of the manifests by its hash (no parse: each is parsed once);
 * callers marked persisted-only (a client's `"persistedOnly": true`, a JWT's `persisted_only`, or every JWT with
 * GATEWAY_JWT_PERSISTED_ONLY) may run nothing else. Runs after authenticateFirst, which names the caller.
 */
export function persistedOperations(documents: PersistedDocuments, callers: WeakMap<Request, Caller>): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: (request) => callers.get(request)?.persistedOnly !== true,
    extractPersistedOperationId: persistedOperationId,
    customErrors: {
      notFound: {
        message: "No persisted operation has this hash: the gateway's manifests (GATEWAY_PERSISTED_DOCUMENTS) do not list it.",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
      },
      persistedQueryOnly: {
        message: "This caller may run only persisted operations: send extensions.persistedQuery.sha256Hash (or documentId), not a query.",
        extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 403 } },
      },
      keyNotFound: {
        message: "Send a query, or the hash of a persisted operation (extensions.persistedQuery.sha256Hash or documentId).",
        extensions: { code: "BAD_REQUEST", http: { status: 400 } },
      },
    },
  }) as Plugin;
}
