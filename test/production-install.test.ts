import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PHONE_ID } from "../src/simulator/seed.js";
import { useSimulator } from "./helpers/simulator.js";

// The README's production install, in a clean folder: the bundle (npm test builds it), package.json and the lock,
// `npm ci --omit=dev`, then `node dist/server.js`.
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

  it("installs without dev tools and runs the bundle against the Graph API", { timeout: 300_000 }, async () => {
    for (const f of ["package.json", "package-lock.json", "dist"]) cpSync(join(root, f), join(dir, f), { recursive: true });
    execFileSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe", timeout: 280_000 });
    for (const tool of ["typescript", "tsx", "esbuild", "vitest", "@graphql-codegen/cli", "playwright-core"]) {
      expect(existsSync(join(dir, "node_modules", tool)), tool).toBe(false);
    }
    const child = spawn(process.execPath, ["dist/server.js"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", GRAPH_API_ACCESS_TOKEN: ctx.sim.token, GRAPH_API_BASE_URL: ctx.sim.url, GATEWAY_AUTH: "none", PORT: "0", HOST: "127.0.0.1", ADMIN_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${out}`)), 20_000);
        child.stdout.on("data", () => {
          const m = /"port":(\d+)[^\n]*waba-gateway listening/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
        child.once("exit", () => reject(new Error(`exited:\n${out}`)));
      });
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id verifiedName } }` }),
      });
      expect(await r.json()).toEqual({ data: { phoneNumber: { id: DEMO_PHONE_ID, verifiedName: "Lucky Shrub" } } });
    } finally {
      child.kill("SIGTERM");
    }
  });
});
