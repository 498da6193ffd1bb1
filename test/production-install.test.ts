import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { decideName } from "../src/simulator/webhooks.js";
import { startRedis } from "./helpers/redis.js";
import { spawnGateway } from "./helpers/spawn-gateway.js";
import { subscribe } from "./helpers/sse.js";
import { useSimulator } from "./helpers/simulator.js";

// The README's production path, in a clean folder: the bundle (npm test builds it), package.json and the lock,
// `npm ci --omit=dev`, then `node dist/server.js` with a clients file, its probes, and a fleet of two over Redis.
const ctx = useSimulator();
const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "waba-gateway-production-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the production install (issue 26, item 1)", () => {
  it("is what the Dockerfile runs and the README documents (issue 26, item 8)", () => {
    const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
    const npmSteps = [...dockerfile.matchAll(/^RUN (npm .+)$/gm)].map((m) => m[1]);
    expect(npmSteps).toEqual(["npm ci && npm run build", "npm ci --omit=dev"]);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server.js"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*9464\/health/m);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const step of npmSteps) expect(readme).toContain(step);
    const compose = readFileSync(join(root, "compose.yaml"), "utf8");
    expect(compose).toContain('"--appendonly", "yes"');
  });

  it("runs the README's production path in a clean folder: install without dev tools, a clients file, probes on the admin port, two instances sharing Redis", { timeout: 360_000 }, async () => {
    // Build (npm test built dist/), then ship dist/, package.json and the lock and install as the README says.
    for (const f of ["package.json", "package-lock.json", "dist"]) cpSync(join(root, f), join(dir, f), { recursive: true });
    execFileSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe", timeout: 280_000 });
    for (const tool of ["typescript", "tsx", "esbuild", "vitest", "@graphql-codegen/cli", "playwright-core"]) {
      expect(existsSync(join(dir, "node_modules", tool)), tool).toBe(false);
    }
    // The clients file, made where the tools are (npm run key … --add-to).
    const made = execFileSync(process.execPath, ["--import", "tsx", "scripts/new-key.ts", "my-service", "*", "read,manage", "--add-to", join(dir, "clients.json")], { cwd: root, encoding: "utf8" });
    const key = /wgk_[\w-]+/.exec(made)?.[0] as string;
    const redis = await startRedis();
    const webhooks = { WEBHOOK_VERIFY_TOKEN: "production-path-verify", META_APP_SECRET: "production-path-app-secret-0123" };
    // NODE_ENV=production GRAPH_API_ACCESS_TOKEN=… GATEWAY_CLIENTS_FILE=clients.json node dist/server.js, twice, with Redis.
    const env = { NODE_ENV: "production", GRAPH_API_ACCESS_TOKEN: ctx.sim.token, GRAPH_API_BASE_URL: ctx.sim.url, GATEWAY_CLIENTS_FILE: "clients.json", REDIS_URL: redis.url, ...webhooks };
    const [a, b] = await Promise.all([spawnGateway(env, ["dist/server.js"], dir), spawnGateway(env, ["dist/server.js"], dir)]);
    try {
      // Probes on the admin port only.
      expect((await fetch(`${a.adminUrl}/health`)).status).toBe(200);
      expect((await fetch(`${a.adminUrl}/readiness`)).status).toBe(200);
      expect((await fetch(`${a.url}/readiness`)).status).toBe(404);
      expect(await (await fetch(`${b.adminUrl}/metrics`)).text()).toContain("graph_api_requests_total");
      // The API key's caller is served; no key, no answer; production serves no GraphiQL.
      const ask = (headers: Record<string, string>) =>
        fetch(`${a.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id verifiedName } }` }) });
      expect((await ask({})).status).toBe(401);
      expect(await (await ask({ "x-api-key": key })).json()).toEqual({ data: { phoneNumber: { id: DEMO_PHONE_ID, verifiedName: "Lucky Shrub" } } });
      expect((await fetch(`${a.url}/graphql`, { headers: { accept: "text/html" } })).headers.get("content-type") ?? "").not.toContain("text/html");
      // The fleet: Meta's webhook reaches instance b, and a subscriber on instance a hears it.
      const sub = await subscribe(a.url, `subscription { phoneNumberChanged(wabaId: "${DEMO_WABA_ID}") { kind event phoneNumber { id nameStatus } } }`, { "x-api-key": key });
      expect(sub.status).toBe(200);
      expect(await decideName(ctx.sim.state, { url: `${b.url}/webhooks/meta`, appSecret: webhooks.META_APP_SECRET }, DEMO_PHONE_ID, "APPROVED")).toBe(200);
      expect(await sub.next(10_000)).toEqual({ data: { phoneNumberChanged: { kind: "NAME_UPDATE", event: "APPROVED", phoneNumber: { id: DEMO_PHONE_ID, nameStatus: "APPROVED" } } } });
      sub.close();
      // SIGTERM drains and exits 0.
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
      expect(a.output() + b.output()).not.toContain(ctx.sim.token);
    } finally {
      if (a.child.exitCode === null) await a.stop("SIGKILL");
      if (b.child.exitCode === null) await b.stop("SIGKILL");
      await redis.stop();
    }
  });
});
