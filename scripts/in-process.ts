import { createGateway, type Gateway } from "../src/gateway.js";
import type { GatewayOptions } from "../src/gateway-options.js";
import { createLogger } from "../src/observability/logger.js";
import { createSimulator, type Simulator, type SimulatorOptions } from "../src/simulator/server.js";
import { DEMO_BUSINESS_ID } from "../src/simulator/seed.js";

/** The gateway and the simulator in this process, as the measuring scripts use them (no logs, default options). */
export async function inProcess(
  overrides: Partial<GatewayOptions> = {},
  simulator: SimulatorOptions = {},
): Promise<{ sim: Simulator; yoga: Gateway; post: (body: string) => Promise<string>; close: () => Promise<void> }> {
  const sim = await createSimulator(simulator);
  const yoga = createGateway({
    graphApi: { baseUrl: sim.url, version: "v26.0", accessToken: sim.token, timeoutMs: 5_000 },
    businessId: DEMO_BUSINESS_ID,
    batching: true,
    graphiql: false,
    logger: createLogger("silent"),
    ...overrides,
  });
  const post = async (body: string) =>
    (await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body })).text();
  return { sim, yoga, post, close: async () => {
    await yoga.dispose();
    await sim.close();
  } };
}
