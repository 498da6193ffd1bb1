import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createGraphQLError, type Plugin } from "graphql-yoga";

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
