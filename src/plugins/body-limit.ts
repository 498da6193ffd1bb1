import type { Plugin } from "graphql-yoga";

const tooLarge = (limit: number) =>
  new Response(JSON.stringify({ errors: [{ message: `Request body larger than ${limit} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] }), {
    status: 413,
    headers: { "content-type": "application/json" },
  });

/**
 * Refuses request bodies over the limit with 413 before they are parsed: by Content-Length when given,
 * else by counting the streamed bytes (chunked uploads).
 */
export function bodyLimit(limit: number): Plugin {
  return {
    async onRequest({ request, endResponse, setRequest }) {
      if (request.method !== "POST") return;
      const length = request.headers.get("content-length");
      if (length !== null) {
        if (Number(length) > limit) endResponse(tooLarge(limit));
        return;
      }
      // Only a body without a declared length is read here: touching `request.body` costs Yoga its fast path.
      if (!request.body) return;
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel();
          return endResponse(tooLarge(limit));
        }
        chunks.push(value);
      }
      setRequest(new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) }));
    },
  };
}
