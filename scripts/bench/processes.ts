import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url);
const LOGS = mkdtempSync(join(tmpdir(), "waba-bench-"));
let started = 0;

export interface Proc {
  child: ChildProcess;
  url: string;
  /** A gateway's admin listener (/health, /readiness, /metrics), when its log names one. */
  adminUrl: string;
  /** From spawn to the line naming its URL, in ms (polled every 10 ms). */
  startMs: number;
  stop(): Promise<void>;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  /** User + system CPU time used so far, in milliseconds. */
  cpuMs(): number;
}

/**
 * Starts a TypeScript entry point through tsx (or a JavaScript one as it is, with `args`) and waits for the line that names its URL. Its output goes to
 * a file, not a pipe: a pipe this process is slow to drain would make the child's log writes block and spin,
 * and the benchmark would measure that instead of the gateway.
 */
export async function start(entry: string, env: Record<string, string>, urlPattern: RegExp, args: readonly string[] = []): Promise<Proc> {
  const logFile = join(LOGS, `${++started}-${entry.replace(/\W+/g, "_")}.log`);
  const fd = openSync(logFile, "w");
  // Compiled JavaScript runs as it is, as in production; TypeScript through tsx.
  const child = spawn(process.execPath, [...(/\.m?js$/.test(entry) ? [entry] : ["--import", "tsx", entry]), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", fd, fd],
  });
  const spawned = performance.now();
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = Date.now() + 20_000;
    const poll = setInterval(() => {
      const out = readFileSync(logFile, "utf8");
      const m = urlPattern.exec(out);
      if (m?.[1]) {
        clearInterval(poll);
        resolve(m[1]);
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(poll);
        // Not left running when it never said where it listens.
        child.kill("SIGKILL");
        reject(new Error(`${entry} did not start:\n${out}`));
      }
    }, 10);
  });
  const startMs = performance.now() - spawned;
  // The admin listener logs its port beside the main one.
  const adminPort = await new Promise<string | undefined>((resolve) => {
    const deadline = Date.now() + 2_000;
    const poll = setInterval(() => {
      const m = /"adminPort":(\d+)/.exec(readFileSync(logFile, "utf8"));
      if (m?.[1] || Date.now() > deadline) {
        clearInterval(poll);
        resolve(m?.[1]);
      }
    }, 10);
  });
  const pid = child.pid ?? 0;
  return {
    child,
    url,
    adminUrl: adminPort ? `http://127.0.0.1:${adminPort}` : url,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
    peakRssMiB: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat: utime and stime in clock ticks (100 per second on Linux).
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
  };
}

/** What the simulator's controls answer: the request log, or a webhook's answer from the gateway. */
export interface ControlAnswer {
  count?: number;
  requests?: { endpoint: string }[];
  webhookAnswer?: number | null;
}

/** The simulator's `/__simulator/*` controls: its request log, faults, latency, chaos, webhooks. */
export async function control(sim: Proc, method: string, path: string, body?: unknown): Promise<ControlAnswer> {
  const res = await fetch(`${sim.url}/__simulator/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await res.json()) as ControlAnswer;
}

/** Upstream requests one run costs, counted in the simulator's request log, after `settleMs` for calls still in flight. */
export async function upstreamPerOperation(sim: Proc, run: () => Promise<unknown>, settleMs = 500): Promise<number> {
  await new Promise((r) => setTimeout(r, settleMs));
  await control(sim, "DELETE", "requests");
  await run();
  return (await control(sim, "GET", "requests")).count ?? 0;
}

/** One GraphQL operation's data; any error throws (a benchmark counting failed operations measures the wrong thing). */
export async function graphql<T>(proc: Proc, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${proc.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`an operation failed: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}
