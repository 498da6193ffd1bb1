import { timingSafeEqual } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { readLimited } from "./read-limited.js";
import { prepareDelivery, publishDelivery, type DeliveryDeps } from "./process-delivery.js";
import { MAX_DEPTH, nestingExceeds, parseWithoutPrototypes } from "./safe-json.js";
import { validSignature } from "./signature.js";

export const WEBHOOK_PATH = "/webhooks/meta";
/** Meta sends deliveries of up to 3 MB. */
const MAX_DELIVERY_BYTES = 3 * 1024 * 1024;
/** How long the 200 waits for the changed views to be dropped (a listing of an unknown number's WABA); Meta waits longer. */
const PREPARE_BOUND_MS = 3_000;

export interface WebhookConfig {
  verifyToken: string;
  appSecret: string;
}

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/webhooks/meta`: Meta's subscription handshake (GET) and deliveries (POST). A delivery is verified by its
 * signature before anything is parsed; the cached views it changes are dropped fleet-wide before the 200 (within
 * a bound: Meta counts only 200 as delivered and retries anything else for up to 7 days), and it is published after.
 */
export function webhookEndpoint(config: WebhookConfig, deps: DeliveryDeps): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== WEBHOOK_PATH) return;
      if (request.method === "GET") {
        const ok = url.searchParams.get("hub.mode") === "subscribe" && sameSecret(url.searchParams.get("hub.verify_token"), config.verifyToken);
        return endResponse(ok ? text(200, url.searchParams.get("hub.challenge") ?? "") : text(403, "Forbidden"));
      }
      if (request.method !== "POST") return endResponse(text(405, "Method not allowed"));
      const body = await readLimited(request, MAX_DELIVERY_BYTES);
      if (!body) {
        deps.metrics.webhookDeliveries.inc({ outcome: "too_large" });
        return endResponse(text(413, "Payload too large"));
      }
      if (!validSignature(request.headers.get("x-hub-signature-256"), body, config.appSecret)) {
        deps.metrics.webhookDeliveries.inc({ outcome: "bad_signature" });
        return endResponse(text(401, "Invalid signature"));
      }
      if (nestingExceeds(body)) {
        deps.metrics.webhookDeliveries.inc({ outcome: "too_deep" });
        return endResponse(text(400, `Body nests deeper than ${MAX_DEPTH} levels`));
      }
      let parsed: unknown;
      try {
        parsed = parseWithoutPrototypes(body.toString("utf8"));
      } catch {
        deps.metrics.webhookDeliveries.inc({ outcome: "bad_json" });
        return endResponse(text(400, "Body is not JSON"));
      }
      deps.metrics.webhookDeliveries.inc({ outcome: "accepted" });
      const prepared = prepareDelivery(parsed, deps);
      let bound: NodeJS.Timeout | undefined;
      await Promise.race([prepared.catch(() => undefined), new Promise((resolve) => (bound = setTimeout(resolve, PREPARE_BOUND_MS)))]);
      clearTimeout(bound);
      endResponse(text(200, "OK"));
      setImmediate(() => {
        prepared.then((changes) => publishDelivery(changes, deps)).catch((e: unknown) => deps.logger.error({ err: e }, "webhook processing failed"));
      });
    },
  };
}
