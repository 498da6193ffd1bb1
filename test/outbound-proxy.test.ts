import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { graphql } from "./gql/index.js";
import { execute, gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();

/** A forward proxy on loopback, as production networks put in front of Meta: CONNECT tunnels, each one recorded. */
let proxy: Server;
let proxyUrl = "";
const tunnels: string[] = [];
beforeAll(async () => {
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on("connect", (req, client, head) => {
    tunnels.push(req.url ?? "");
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

const Name = graphql(`
  query ProxiedName($id: ID!) { phoneNumber(id: $id) { id verifiedName } }
`);

describe("outbound proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; issue 26, item 5)", () => {
  it("sends every upstream call through the proxy when one is configured", async () => {
    tunnels.length = 0;
    const { yoga } = gatewayFor(ctx.sim, { proxy: { httpProxy: proxyUrl, httpsProxy: proxyUrl } });
    const res = await execute(yoga, Name, { id: DEMO_PHONE_ID });
    expect(res.body.data?.phoneNumber).toEqual({ id: DEMO_PHONE_ID, verifiedName: "Lucky Shrub" });
    const simulator = new URL(ctx.sim.url).host;
    expect(tunnels).toContain(simulator);
    expect(ctx.sim.log.entries.length).toBeGreaterThan(0);
    await yoga.dispose();
  });

  it("goes direct to the hosts NO_PROXY names", async () => {
    tunnels.length = 0;
    const { yoga } = gatewayFor(ctx.sim, { proxy: { httpProxy: proxyUrl, noProxy: "127.0.0.1" } });
    const res = await execute(yoga, Name, { id: DEMO_PHONE_ID });
    expect(res.body.data?.phoneNumber?.id).toBe(DEMO_PHONE_ID);
    expect(tunnels).toEqual([]);
    await yoga.dispose();
  });
});
