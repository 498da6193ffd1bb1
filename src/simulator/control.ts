import type { ServerResponse } from "node:http";
import { z } from "zod";
import type { Fault, FaultSwitches } from "./faults.js";
import type { RequestLog } from "./request-log.js";
import type { SimulatorState } from "./state.js";
import { decideName, LIFECYCLE_FIELDS, lifecycleEvent, type WebhookTarget } from "./webhooks.js";
import { startSignup } from "./embedded-signup.js";
import { signupPopup } from "./signup-popup.js";
import { DEMO_BUSINESS_ID } from "./seed.js";

/** What the controls change: the simulator as the server built it (a structural type, so no import cycle). */
interface Controlled {
  state: SimulatorState;
  log: RequestLog;
  faults: FaultSwitches;
  webhookTarget: WebhookTarget | undefined;
  transientRate: number;
  latencyMs: number;
}

/** Meta's `phone_number_name_update` decisions (graph-api.md §10.6). */
const DECISIONS = ["APPROVED", "REJECTED", "DEFERRED", "PENDING"] as const;

const graphError = z.object({
  code: z.number().int(),
  message: z.string(),
  subcode: z.number().int().optional(),
  type: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  isTransient: z.boolean().optional(),
  details: z.string().optional(),
});
const headers = z.record(z.string(), z.string());
const fault = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("latency"), ms: z.number().int().min(0).max(600_000) }),
  z.object({ kind: z.literal("hang") }),
  z.object({ kind: z.literal("html500") }),
  z.object({ kind: z.literal("graph-error"), error: graphError, headers: headers.optional() }),
  z.object({ kind: z.literal("headers"), headers }),
  z.object({ kind: z.literal("non-json") }),
  z.object({ kind: z.literal("truncated") }),
  z.object({ kind: z.literal("reset") }),
]);
const inputs = {
  faults: z.object({ endpoint: z.string().min(1).default("*"), fault, times: z.number().int().min(1).max(100_000).default(1) }),
  nameDecision: z.object({ phoneNumberId: z.string().regex(/^\d+$/, "must be a numeric phone-number id"), decision: z.enum(DECISIONS).default("APPROVED") }),
  chaos: z.object({ transientRate: z.number().min(0).max(1) }),
  lifecycle: z.object({ phoneNumberId: z.string().regex(/^\d+$/, "must be a numeric phone-number id"), field: z.enum(LIFECYCLE_FIELDS) }),
  latency: z.object({ ms: z.number().int().min(0).max(600_000) }),
  webhookTarget: z.object({ url: z.string().url(), appSecret: z.string().min(16) }),
  signup: z.object({
    event: z.enum(["FINISH", "FINISH_ONLY_WABA", "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"]).default("FINISH"),
    numberOnWhatsAppAccount: z.boolean().optional(),
    existingPin: z.string().regex(/^\d{6}$/, "must be six digits").optional(),
    scopesWithoutWaba: z.boolean().optional(),
    namePending: z.boolean().optional(),
  }),
};

/**
 * `/__simulator/*`: lets a benchmark or a person in another process read the request log,
 * arm faults and set the latency. Loopback only, like the simulator itself. Bad input is refused with
 * 400 and the reason.
 */
export async function handleControl(sim: Controlled, method: string, url: URL, body: string, res: ServerResponse): Promise<void> {
  const reply = (status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };
  let json: unknown = {};
  try {
    json = body ? JSON.parse(body) : {};
  } catch {
    return reply(400, { error: "the body must be JSON" });
  }
  const read = <T>(schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    reply(400, { error: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") });
    return undefined;
  };
  switch (`${method} ${url.pathname}`) {
    case "GET /__simulator/requests":
      return reply(200, { count: sim.log.count, requests: sim.log.entries });
    case "DELETE /__simulator/requests":
      sim.log.clear();
      return reply(200, { ok: true });
    case "POST /__simulator/faults": {
      const input = read(inputs.faults);
      if (!input) return;
      sim.faults.add(input.endpoint, input.fault as Fault, input.times);
      return reply(200, { ok: true });
    }
    case "DELETE /__simulator/faults":
      sim.faults.clear();
      return reply(200, { ok: true });
    case "POST /__simulator/name-decision": {
      const input = read(inputs.nameDecision);
      if (!input) return;
      const status = await decideName(sim.state, sim.webhookTarget, input.phoneNumberId, input.decision);
      return status === 404 ? reply(404, { error: `no number ${input.phoneNumberId} in the simulator` }) : reply(200, status === null ? { webhookAnswer: null, note: "no webhook sent: no gateway to send it to, or no app subscribed to the number's WABA" } : { webhookAnswer: status });
    }
    case "POST /__simulator/lifecycle": {
      // Meta's other lifecycle webhooks for a number, signed and sent to the gateway.
      const input = read(inputs.lifecycle);
      if (!input) return;
      const status = await lifecycleEvent(sim.state, sim.webhookTarget, input.phoneNumberId, input.field);
      return status === 404 ? reply(404, { error: `no number ${input.phoneNumberId} in the simulator` }) : reply(200, { webhookAnswer: status });
    }
    case "POST /__simulator/webhook-target": {
      // Where Meta's side of reviews and lifecycle events sends its signed webhooks (a gateway started separately).
      const input = read(inputs.webhookTarget);
      if (!input) return;
      sim.webhookTarget = input;
      return reply(200, { ok: true });
    }
    case "POST /__simulator/chaos": {
      const input = read(inputs.chaos);
      if (!input) return;
      sim.transientRate = input.transientRate;
      return reply(200, { ok: true, transientRate: sim.transientRate });
    }
    case "POST /__simulator/latency": {
      const input = read(inputs.latency);
      if (!input) return;
      sim.latencyMs = input.ms;
      return reply(200, { ok: true, latencyMs: sim.latencyMs });
    }
    case "GET /__simulator/embedded-signup/popup": {
      // Posts only to the page that opened it, named by its origin.
      const origin = url.searchParams.get("origin") ?? "";
      if (!URL.canParse(origin) || new URL(origin).origin !== origin || !/^https?:$/.test(new URL(origin).protocol)) {
        return reply(400, { error: "origin must be the opener's origin, e.g. http://localhost:4000" });
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(signupPopup(origin));
    }
    case "POST /__simulator/embedded-signup": {
      // A customer finishing Embedded Signup: the code and the finish message the partner's page receives.
      const input = read(inputs.signup);
      if (!input) return;
      return reply(200, startSignup(sim.state, DEMO_BUSINESS_ID, input));
    }
    default:
      return reply(404, { error: "unknown simulator control" });
  }
}
