import { Pool } from "undici";
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
    await expect(fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { phoneNumber: { displayPhoneNumber: "+1 631-555-1111" } } });
    expect(await exited).toBe(0);
    expect(gw.output()).toContain('"msg":"stopped"');
  });
});

describe("graceful shutdown under load (issue 16: 8)", () => {
  it("answers every request already received: in-flight reads and mutations complete, later ones on open connections get 503 with Retry-After, none is reset", async () => {
    const gw = await spawnGateway({ SHUTDOWN_GRACE_MS: "10000" });
    const simulator = /"simulator":"(http:\/\/[^"]+)"/.exec(gw.output())?.[1];
    const pool = new Pool(gw.url, { connections: 40 });
    // Five keep-alive connections opened (and left idle) before the shutdown, as a load balancer holds them.
    const idle = new Pool(gw.url, { connections: 5 });
    await Promise.all(Array.from({ length: 5 }, () => idle.request({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }).then((r) => r.body.dump())));
    await fetch(`${simulator}/__simulator/latency`, { method: "POST", body: JSON.stringify({ ms: 1000 }) });
    const send = (query: string, through = pool) =>
      through
        .request({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })
        .then(async (r) => ({ status: r.statusCode, retryAfter: r.headers["retry-after"], body: await r.body.text() }))
        .catch((e: Error) => ({ status: 0, retryAfter: undefined, body: e.message }));
    const reads = Array.from({ length: 30 }, () => send(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { displayPhoneNumber } }`));
    const mutations = Array.from({ length: 8 }, () => send(`mutation { requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`));
    await new Promise((r) => setTimeout(r, 350));
    const exited = gw.stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 150));
    // Sent while the gateway drains, on the pool's open connections.
    const late = Array.from({ length: 10 }, (_, i) => send(`{ phoneNumber(id: "${DEMO_PHONE_ID}") { displayPhoneNumber } }`, i < 5 ? idle : pool));
    const done = await Promise.all([...reads, ...mutations]);
    for (const r of done) expect(r.status, r.body).toBe(200);
    for (const r of done.slice(30)) expect(r.body).toContain("RequestVerificationCodeSuccess");
    for (const r of await Promise.all(late)) {
      // A request reaching an open connection gets an answer; one that finds the listener closed is refused before sending.
      if (r.status === 503) expect(r.retryAfter).toBe("5");
      else expect(r.body).toMatch(/ECONNREFUSED|connect/);
    }
    expect((await Promise.all(late)).some((r) => r.status === 503)).toBe(true);
    expect(await exited).toBe(0);
    await Promise.all([pool.close(), idle.close()]);
  });
});
