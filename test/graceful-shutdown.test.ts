import { describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { spawnGateway } from "./helpers/spawn-gateway.js";

describe("graceful shutdown", () => {
  it("on SIGTERM stops accepting, finishes the operation in flight, and exits 0", async () => {
    const gw = await spawnGateway({ SHUTDOWN_GRACE_MS: "10000" });
    const simulator = /"simulator":"(http:\/\/[^"]+)"/.exec(gw.output())?.[1];
    expect(simulator).toBeDefined();
    await fetch(`${simulator}/__simulator/latency`, { method: "POST", body: JSON.stringify({ ms: 1500 }) });

    const inFlight = fetch(`${gw.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { displayPhoneNumber } }` }),
    });
    await new Promise((r) => setTimeout(r, 400));
    const exited = gw.stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(`${gw.url}/health`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { phoneNumber: { displayPhoneNumber: "+1 631-555-1111" } } });
    expect(await exited).toBe(0);
    expect(gw.output()).toContain('"msg":"stopped"');
  });
});
