/**
 * One run for scripts/instructions.ts: the gateway and the simulator in one process, 2,000 warm-up operations of the
 * bench's scenario (a) (fewer leave V8's optimizing compiles inside the counted window), then N more. Run it under
 * callgrind; the difference between two N is the operations' cost.
 */
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { inProcess } from "./in-process.js";

const n = Number(process.argv[2] ?? "200");
const gateway = await inProcess();
const body = JSON.stringify({
  query: "query A($id: ID!) { phoneNumber(id: $id) { id displayPhoneNumber verifiedName nameStatus certificate { value } } }",
  variables: { id: DEMO_PHONE_ID },
});
const WARM_UP = 2_000;
for (let i = 0; i < WARM_UP + n; i++) await gateway.post(body);
await gateway.close();
