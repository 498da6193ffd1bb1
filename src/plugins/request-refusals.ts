// What the gateway refuses or trims at its edge: oversized bodies, cross-site requests, echoed bodies, answers with too many errors.
import { GraphQLError } from "graphql";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { readLimited } from "../webhooks/read-limited.js";

/**
 * Yoga's CSRF prevention (a request a browser could send cross-site must carry a custom header), refusing with
 * a message that says how to comply.
 */
export function csrfPrevention(header: string): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [header] });
  return {
    onRequestParse(payload) {
      try {
        return inner.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          `Refused as a possible cross-site request: send the body as content-type: application/json, or add the header ${header}: 1.`,
          { extensions: { code: "CSRF_PREVENTED", http: { status: 403 } } },
        );
      }
    },
  };
}

/**
 * Yoga describes a body it could not parse with the parser's message in `extensions.originalError`, which quotes
 * the body (a PIN or a code among it). Clients get the error without that message.
 */
export function noEchoedBodies(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || Symbol.asyncIterator in Object(result)) return;
      const errors = (result as { errors?: readonly { extensions?: Record<string, unknown> }[] }).errors ?? [];
      // These errors belong to this request alone, so they are changed in place. The parser's name stays: Yoga
      // answers 400 (not 200) because it is there.
      for (const e of errors) {
        const original = e.extensions?.originalError as { name?: unknown } | undefined;
        if (e.extensions && original && typeof original === "object" && "message" in original) e.extensions.originalError = { name: original.name };
      }
    },
  };
}

const tooLarge = (limit: number) =>
  new Response(JSON.stringify({ errors: [{ message: `Request body larger than ${limit} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] }), {
    status: 413,
    headers: { "content-type": "application/json" },
  });

/**
 * Refuses request bodies over the limit with 413 before they are parsed: by Content-Length when given,
 * else by counting the streamed bytes (chunked uploads). Paths with limits of their own are left alone.
 */
export function bodyLimit(limit: number, exempt: readonly string[] = []): Plugin {
  return {
    // Synchronous unless the body must be read: an async hook would put a promise on every request's path.
    onRequest({ request, url, endResponse, setRequest }) {
      if (request.method !== "POST" || exempt.includes(url.pathname)) return undefined;
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (Number(length) > limit) endResponse(tooLarge(limit));
        return undefined;
      }
      // Only a body without a declared length is read here: touching `request.body` costs Yoga its fast path.
      return readLimited(request, limit).then((body) => {
        if (!body) return endResponse(tooLarge(limit));
        setRequest(new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) }));
      });
    },
  };
}

/** Errors one answer carries at most; the rest are summed up in one more. */
export const MAX_ERRORS = 50;

/**
 * graphql-js refuses variables that do not fit their types (missing, wrong type) before execution, with no data and
 * no code: they are the caller's input, so they get BAD_USER_INPUT like every other input refusal.
 */
function codeRefusedVariables(result: { data?: unknown; errors?: readonly GraphQLError[] }): void {
  if (result.data !== undefined || !result.errors) return;
  for (const e of result.errors) if (e.extensions.code === undefined) (e.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
}

/**
 * Bounds an answer's `errors`: a request that fails a thousand ways gets fifty of them and a count. The same hook
 * gives refused variables their code (one hook, not two, on every operation).
 */
export function errorCap(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in Object(result)) return;
          const { errors } = result as { errors?: readonly GraphQLError[] };
          if (!errors) return;
          codeRefusedVariables(result as { data?: unknown; errors?: readonly GraphQLError[] });
          if (errors.length <= MAX_ERRORS) return;
          const more = new GraphQLError(`${errors.length - MAX_ERRORS} more errors were left out of this answer.`, { extensions: { code: "TOO_MANY_ERRORS" } });
          setResult({ ...(result as object), errors: [...errors.slice(0, MAX_ERRORS), more] } as typeof result);
        },
      };
    },
  };
}
