import { spawn, type ChildProcess } from "node:child_process";

export interface RunningGateway {
  child: ChildProcess;
  url: string;
  /** The admin listener: /health, /healthcheck, /readiness, /metrics. */
  adminUrl: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Runs the gateway on a free port and waits until it listens: `src/server.ts` through tsx by default (quick, the
 * same code), or `npm start`'s own entry (`scripts/start.mjs`: compile when needed, then plain JavaScript), or a
 * production install's `dist/server.js` in its own folder (`cwd`).
 */
export async function spawnGateway(env: Record<string, string> = {}, entry: string[] = ["--import", "tsx", "src/server.ts"], cwd: string | URL = new URL("../..", import.meta.url)): Promise<RunningGateway> {
  const child = spawn(process.execPath, entry, {
    cwd,
    // src/server.ts without a token runs the demo only when asked, as `npm start` (scripts/start.mjs) asks itself.
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", ADMIN_PORT: "0", ADMIN_HOST: "127.0.0.1", ...(env.GRAPH_API_ACCESS_TOKEN || entry[0] === "scripts/start.mjs" ? {} : { GATEWAY_DEMO: "true" }), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const [port, adminPort] = await new Promise<[number, number]>((resolve, reject) => {
    // A first `npm start` compiles the project before it listens.
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${out}`)), 60_000);
    const check = () => {
      const m = /"port":(\d+)[^\n]*waba-gateway listening/.exec(out);
      const a = /"adminPort":(\d+)/.exec(out);
      if (m && a) {
        clearTimeout(timer);
        resolve([Number(m[1]), Number(a[1])]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`gateway exited:\n${out}`));
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    output: () => out,
    stop: async (signal = "SIGTERM") => {
      child.kill(signal);
      return exited;
    },
  };
}
