import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

const ROOT = new URL("../..", import.meta.url);

export interface Proc {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  /** User + system CPU time used so far, in milliseconds. */
  cpuMs(): number;
}

/** Starts a TypeScript entry point through tsx and waits for the line that names its URL. */
export async function start(entry: string, env: Record<string, string>, urlPattern: RegExp): Promise<Proc> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${out}`)), 20_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = urlPattern.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        // From here on the output is drained, not kept: the benchmark measures the child, not this process.
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", () => reject(new Error(`${entry} exited:\n${out}`)));
  });
  const pid = child.pid ?? 0;
  return {
    child,
    url,
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
