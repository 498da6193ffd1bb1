import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { spawnGateway } from "./helpers/spawn-gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// The README's "against Meta" commands, as written, with the simulator standing in for Meta.
const ctx = useSimulator();
const dir = mkdtempSync(join(tmpdir(), "waba-gateway-clients-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's start against Meta (issue 26, item 2)", () => {
  it("npm run key --add-to makes the clients file, and npm start with a token and that file serves the key's caller", async () => {
    const clients = join(dir, "clients.json");
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/new-key.ts", "my-service", "*", "read,manage", "--add-to", clients], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    const key = /wgk_[\w-]+/.exec(out)?.[0] as string;
    expect(key).toBeDefined();
    const gw = await spawnGateway({ GRAPH_API_ACCESS_TOKEN: ctx.sim.token, GRAPH_API_BASE_URL: ctx.sim.url, GATEWAY_CLIENTS_FILE: clients }, ["scripts/start.mjs"]);
    try {
      const ask = (headers: Record<string, string>) =>
        fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id } }` }) });
      expect((await ask({})).status).toBe(401);
      const served = await ask({ "x-api-key": key });
      expect(await served.json()).toEqual({ data: { phoneNumber: { id: DEMO_PHONE_ID } } });
      expect(gw.output()).not.toContain("demo mode");
    } finally {
      await gw.stop();
    }
  });

  it("refuses to start with a token and no caller authentication, naming what to set, in one line", async () => {
    const run = spawnGateway({ GRAPH_API_ACCESS_TOKEN: ctx.sim.token, GRAPH_API_BASE_URL: ctx.sim.url }, ["scripts/start.mjs"]);
    await expect(run).rejects.toThrow(/GATEWAY_CLIENTS_FILE[\s\S]*GATEWAY_AUTH=none/);
  });
});
