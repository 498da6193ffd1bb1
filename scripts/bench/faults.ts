import autocannon from "autocannon";
import { throttleFault } from "../../src/simulator/faults.js";
import { benchWabaId } from "../../src/simulator/seed.js";
import { control, type Proc } from "./processes.js";
import type { Scenario } from "./scenarios.js";

export interface FaultResult {
  name: string;
  operations: number;
  clientErrorRate: number;
  retriesPerOp: number;
  p50: number;
  p99: number;
}

async function retriesSoFar(gateway: Proc): Promise<number> {
  const text = await (await fetch(`${gateway.adminUrl}/metrics`)).text();
  let total = 0;
  for (const m of text.matchAll(/^graph_api_retries_total\{[^}]*\} (\d+(?:\.\d+)?)$/gm)) total += Number(m[1]);
  return total;
}

/** Runs a scenario through the gateway under a fault, counting answers that carry GraphQL errors. */
async function underFault(name: string, gateway: Proc, s: Scenario, seconds: number, connections: number): Promise<FaultResult> {
  let failed = 0;
  const retries0 = await retriesSoFar(gateway);
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: s.query, variables: s.variables }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) failed++;
        },
      },
    ],
  });
  const ops = result.requests.total;
  return {
    name,
    operations: ops,
    clientErrorRate: ops ? failed / ops : 0,
    retriesPerOp: ops ? ((await retriesSoFar(gateway)) - retries0) / ops : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** 1 % transient upstream errors, then a burst of 80007 throttles (Meta's WABA rate limit, sent as HTTP 400). */
export async function faultScenarios(sim: Proc, gateway: Proc, s: Scenario, seconds: number): Promise<FaultResult[]> {
  const results: FaultResult[] = [];
  await control(sim, "POST", "chaos", { transientRate: 0.01 });
  results.push(await underFault("1 % transient upstream errors (code 2)", gateway, s, seconds, 8));
  await control(sim, "POST", "chaos", { transientRate: 0 });
  // 40 throttled answers in a row, under the 100 % mark, with no wait estimate: the gateway backs off and retries.
  await control(sim, "POST", "faults", { endpoint: "*", fault: throttleFault(80007, benchWabaId(0), 0, 95), times: 40 });
  results.push(await underFault("burst of 40 × 80007 throttles", gateway, s, seconds, 8));
  return results;
}
