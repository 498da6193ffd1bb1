import type { Plugin } from "graphql-yoga";
import { readLimited } from "../webhooks/read-limited.js";

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
    async onRequest({ request, url, endResponse, setRequest }) {
      if (request.method !== "POST" || exempt.includes(url.pathname)) return;
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (Number(length) > limit) endResponse(tooLarge(limit));
        return;
      }
      // Only a body without a declared length is read here: touching `request.body` costs Yoga its fast path.
      const body = await readLimited(request, limit);
      if (!body) return endResponse(tooLarge(limit));
      setRequest(new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body) }));
    },
  };
}
