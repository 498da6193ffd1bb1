/**
 * One run for scripts/instructions.ts: the gateway and the simulator in one process, 50 warm-up operations of the
 * bench's scenario (a), then N more. Run it under callgrind; the difference between two N is the operations' cost.
 */
import { createGateway } from "../src/gateway.js";
import { createLogger } from "../src/observability/logger.js";
import { createSimulator } from "../src/simulator/server.js";
import { DEMO_BUSINESS_ID, DEMO_PHONE_ID } from "../src/simulator/seed.js";

const n = Number(process.argv[2] ?? "200");
const sim = await createSimulator();
const yoga = createGateway({
  graphApi: { baseUrl: sim.url, version: "v26.0", accessToken: sim.token, timeoutMs: 5_000 },
  businessId: DEMO_BUSINESS_ID,
  batching: true,
  graphiql: false,
  logger: createLogger("silent"),
});
const body = JSON.stringify({
  query: "query A($id: ID!) { phoneNumber(id: $id) { id displayPhoneNumber verifiedName nameStatus certificate { value } } }",
  variables: { id: DEMO_PHONE_ID },
});
for (let i = 0; i < 50 + n; i++) {
  const response = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body });
  await response.text();
}
await yoga.dispose();
await sim.close();
