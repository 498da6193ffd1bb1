import type { ServerResponse } from "node:http";
import type { Fault } from "./faults.js";
import type { Simulator } from "./server.js";
import { decideName, type NameDecision } from "./webhooks.js";

/**
 * `/__simulator/*`: lets a benchmark or a person in another process read the request log,
 * arm faults and set the latency. Loopback only, like the simulator itself.
 */
export async function handleControl(sim: Simulator, method: string, url: URL, body: string, res: ServerResponse): Promise<void> {
  const reply = (status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };
  const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
  switch (`${method} ${url.pathname}`) {
    case "GET /__simulator/requests":
      return reply(200, { count: sim.log.count, requests: sim.log.entries });
    case "DELETE /__simulator/requests":
      sim.log.clear();
      return reply(200, { ok: true });
    case "POST /__simulator/faults":
      sim.faults.add(String(input.endpoint ?? "*"), input.fault as Fault, Number(input.times ?? 1));
      return reply(200, { ok: true });
    case "DELETE /__simulator/faults":
      sim.faults.clear();
      return reply(200, { ok: true });
    case "POST /__simulator/name-decision": {
      const status = await decideName(sim.state, sim.webhookTarget, String(input.phoneNumberId ?? ""), String(input.decision ?? "APPROVED") as NameDecision);
      return reply(status === 404 ? 404 : 200, { webhookAnswer: status });
    }
    case "POST /__simulator/chaos":
      sim.transientRate = Math.min(1, Math.max(0, Number(input.transientRate ?? 0)));
      return reply(200, { ok: true, transientRate: sim.transientRate });
    case "POST /__simulator/latency":
      sim.latencyMs = Number(input.ms ?? 0);
      return reply(200, { ok: true, latencyMs: sim.latencyMs });
    default:
      return reply(404, { error: "unknown simulator control" });
  }
}
