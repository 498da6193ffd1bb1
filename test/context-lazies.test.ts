import { describe, expect, it } from "vitest";
import { createLogger } from "../src/observability/logger.js";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { gatewayFor, LogSink } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();

describe("a request's context", () => {
  it("builds its request logger only for an operation that logs through it (Yoga copies the context: no getters)", async () => {
    const logger = createLogger("info", new LogSink());
    let children = 0;
    const child = logger.child.bind(logger);
    logger.child = ((...args: Parameters<typeof child>) => (children++, child(...args))) as typeof logger.child;
    const gw = gatewayFor(ctx.sim, { logger });
    const before = children;
    const post = (query: string) => gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    for (let i = 0; i < 5; i++) expect((await post(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }`)).status).toBe(200);
    expect(children - before).toBe(0);
    // A mutation's audit line is logged through it: one logger for that request.
    const answer = await (await post(`mutation { deregisterPhoneNumber(input: { phoneNumberId: "${DEMO_PHONE_ID}" }) { __typename } }`)).json();
    expect(answer).toMatchObject({ data: { deregisterPhoneNumber: { __typename: expect.any(String) } } });
    expect(children - before).toBe(1);
    await gw.yoga.dispose();
  });
});
