import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// The four operation series /metrics has always had (dashboards read them by name), now recorded by the gateway.
const ctx = useSimulator();

const post = (gw: TestGateway, body: unknown) =>
  gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

/** A sample's value on /metrics, by its name and labels as printed (0 when absent). */
async function sample(gw: TestGateway, series: string): Promise<number> {
  const text = await (await gw.yoga.fetch("http://yoga/metrics")).text();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("operation metrics", () => {
  it("counts each operation, its time and its errors by phase, and each request's HTTP time, by bounded operation name", async () => {
    // Compiled from the first run: both executions are counted the same way.
    const gw = gatewayFor(ctx.sim, { compileAfter: 1 });
    const read = { query: `query One { phoneNumber(id: "${DEMO_PHONE_ID}") { id } }` };
    for (let i = 0; i < 3; i++) expect((await post(gw, read)).status).toBe(200);
    const one = 'operationName="One",operationType="query"';
    expect(await sample(gw, `graphql_envelop_request{${one}}`)).toBe(3);
    expect(await sample(gw, `graphql_envelop_request_duration_count{${one}}`)).toBe(3);
    expect(await sample(gw, `graphql_yoga_http_duration_count{${one},method="POST",statusCode="200"}`)).toBe(3);

    // Two failing fields: two errors of the execute phase, one operation.
    await post(gw, { query: 'query Two { a: phoneNumber(id: "999999999001") { id } b: phoneNumber(id: "999999999002") { id } }' });
    expect(await sample(gw, 'graphql_envelop_error_result{operationName="Two",operationType="query",phase="execute"}')).toBe(2);
    expect(await sample(gw, 'graphql_envelop_request{operationName="Two",operationType="query"}')).toBe(1);

    // Refused before execution: counted as errors of their phase, never as operations.
    await post(gw, { query: "query Bad { nope }" });
    expect(await sample(gw, 'graphql_envelop_error_result{operationName="Bad",operationType="query",phase="validate"}')).toBe(1);
    expect(await sample(gw, 'graphql_envelop_request{operationName="Bad",operationType="query"}')).toBe(0);
    await post(gw, { query: "query {" });
    expect(await sample(gw, 'graphql_envelop_error_result{operationName="Anonymous",operationType="unknown",phase="parse"}')).toBe(1);
    await gw.yoga.dispose();
  });
});
