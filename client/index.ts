import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * A typed client for internal services: the gateway's common operations as typed documents (./operations.ts), and
 * `request()`, which sends one by its persisted hash (what a persisted-only caller must do) or as a query.
 *
 *   const gateway = createClient({ url: "http://localhost:4000/graphql", apiKey: process.env.WABA_GATEWAY_KEY });
 *   const { waba } = await gateway.request(NumbersOfWaba, { wabaId: "102290129340398", accountMode: "LIVE" });
 */
export * from "./operations.js";
export type * from "./gql/graphql.js";

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** An API key (`x-api-key`), or… */
  apiKey?: string;
  /** …a JWT (`Authorization: Bearer`). */
  bearerToken?: string;
  /** Send operations by their persisted hash only (the gateway must list them in GATEWAY_PERSISTED_DOCUMENTS). Default: true. */
  persisted?: boolean;
  /** More headers on every request, e.g. `traceparent` to join the caller's trace. */
  headers?: Record<string, string>;
  /** The fetch to use (default: Node's). */
  fetch?: typeof fetch;
}

/** One GraphQL error as the gateway reports it; `extensions.code` is stable (see the README's Errors). */
export interface GatewayGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway answered with errors (the partial data, if any, is kept). */
export class WabaGatewayError extends Error {
  override readonly name = "WabaGatewayError";
  constructor(
    readonly errors: GatewayGraphQLError[],
    readonly data: unknown,
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; ") || `HTTP ${status}`);
  }

  /** The errors' `extensions.code`, in order. */
  get codes(): (string | undefined)[] {
    return this.errors.map((e) => e.extensions?.code);
  }
}

/** The hash GraphQL Code Generator embedded in a document (`__meta__.hash`), when it did. */
const hashOf = (document: TypedDocumentNode<unknown, unknown>): string | undefined =>
  (document as { __meta__?: { hash?: string } }).__meta__?.hash;

export interface WabaGatewayClient {
  /** Runs one operation; resolves with its data, or rejects with WabaGatewayError (mutation outcomes are data: a union). */
  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: V extends Record<string, never> ? [] | [V] : [V]): Promise<R>;
}

export function createClient(options: ClientOptions): WabaGatewayClient {
  const send = options.fetch ?? fetch;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json", ...options.headers };
  if (options.apiKey) headers["x-api-key"] = options.apiKey;
  if (options.bearerToken) headers.authorization = `Bearer ${options.bearerToken}`;
  return {
    async request<R, V>(document: TypedDocumentNode<R, V>, ...rest: unknown[]): Promise<R> {
      const variables = rest[0];
      const hash = hashOf(document as TypedDocumentNode<unknown, unknown>);
      const usePersisted = options.persisted !== false && hash !== undefined;
      // The GraphQL-over-HTTP persisted-documents form: `documentId: "sha256:<hex>"`, as codegen wrote the hash.
      const body = usePersisted ? { documentId: hash, variables } : { query: print(document), variables };
      let response: Response;
      try {
        response = await send(options.url, { method: "POST", headers, body: JSON.stringify(body) });
      } catch (e) {
        // No answer at all (nothing listening, DNS, TLS): said as the gateway's, with the cause, not a bare "fetch failed".
        const cause = (e as { cause?: { code?: string } } | null)?.cause?.code;
        throw new WabaGatewayError([{ message: `The gateway at ${options.url} could not be reached${cause ? ` (${cause})` : ""}.`, extensions: { code: "GATEWAY_UNREACHABLE" } }], null, 0);
      }
      const text = await response.text();
      let result: { data?: R | null; errors?: GatewayGraphQLError[] };
      try {
        result = JSON.parse(text) as typeof result;
      } catch {
        throw new WabaGatewayError([{ message: `The gateway answered HTTP ${response.status} without JSON.` }], null, response.status);
      }
      if (result.errors?.length || result.data == null) throw new WabaGatewayError(result.errors ?? [], result.data ?? null, response.status);
      return result.data;
    },
  };
}
