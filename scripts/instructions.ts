/**
 * Instructions per operation, counted by valgrind's callgrind: steadier than CPU time (±30 % on this 2-core
 * machine). Each subject makes N operations after a warm-up under `node --predictable` (no concurrent compiler or
 * GC threads), and only those N are counted (callgrind_control around them); three runs, the median. Runs still
 * differ by up to ~10 % (garbage collection and timers land differently), so a change smaller than that needs
 * repeated runs. Subjects: the gateway, the bare graphql-yoga floor (scenario (a)), and the direct REST client
 * (what the simulator and undici cost: subtracted from the others to give each server's own instructions).
 *
 *   npm run bench -- --instructions                  # scenario (a): gateway, floor, direct (about 30 minutes)
 *   BENCH_ONLY=a,c npm run bench -- --instructions   # more scenarios (the gateway and direct for each)
 *   BENCH_SUBJECTS=gateway npm run bench -- --instructions   # only some subjects (to compare commits: run it in each)
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/**
 * Operations per run, and the warm-up before them, per scenario. The warm-up must reach the steady state: in
 * process, (a) costs 1.7 ms of CPU per operation over its first thousand operations, 0.74 ms over its third and
 * 0.45–0.50 ms from about the five-thousandth on (the JIT still compiling before that); (b), (c) and (d) settle after
 * about 2,000 (`scripts/bench/warm-up.ts` prints the curve). A window inside the warm-up counts the compiler
 * working, not the operation.
 */
const SIZES: Record<string, { n: number; warm: number }> = { a: { n: 2000, warm: 6000 }, b: { n: 400, warm: 2000 }, c: { n: 400, warm: 2000 }, d: { n: 1000, warm: 3000 } };
/** Counted runs per subject and scenario (the median is reported); BENCH_RUNS for more, to judge a small change. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_OPERATIONS: operations counted per run instead of the scenario's size (a longer window averages more GCs). */
const OPERATIONS = process.env.BENCH_OPERATIONS ? Number(process.env.BENCH_OPERATIONS) : undefined;

function total(subject: string, key: string, n: number, warm: number): number {
  const run = spawnSync(
    "valgrind",
    ["--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null", "node", "--predictable", "--import", "tsx", "scripts/instructions-run.ts", subject, key, String(n), String(warm)],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, COUNT_WINDOW: "1" } },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !collected) throw new Error(`valgrind failed (is it installed? apt-get install valgrind): ${run.stderr.slice(-800)}`);
  return Number(collected);
}

/**
 * Instructions one operation costs: the median over RUNS runs of a counted window of N operations, over N. One run
 * without valgrind first: tsx compiles the TypeScript once and caches it (a run that compiles counts ~1.5 billion
 * instructions more).
 */
function perOperation(subject: string, key: string): number {
  const size = SIZES[key] ?? { n: 500, warm: 1000 };
  const { n, warm } = { ...size, n: OPERATIONS ?? size.n };
  const primed = spawnSync("node", ["--import", "tsx", "scripts/instructions-run.ts", subject, key, "1", "1"], { cwd: root, encoding: "utf8" });
  if (primed.status !== 0) throw new Error(`the run failed: ${primed.stderr.slice(-800)}`);
  process.stderr.write(`counting instructions: ${subject}, scenario (${key}), ${RUNS} runs of ${n} operations after ${warm}…\n`);
  const counts = Array.from({ length: RUNS }, () => total(subject, key, n, warm) / n).sort((x, y) => x - y);
  process.stderr.write(`  ${subject} (${key}): ${counts.map((c) => Math.round(c)).join(", ")} instructions per operation\n`);
  return counts[Math.floor(RUNS / 2)] as number;
}

export function instructionCounts(keys: readonly string[], subjects: readonly string[]): void {
  const m = (x: number) => `${(x / 1e6).toFixed(3)} M`;
  const lines = [
    "",
    "Instructions per operation (valgrind callgrind, node --predictable, gateway and simulator in one process; the",
    "direct client's count is what the simulator and undici cost, so a server's own is its count minus that):",
    "",
    "| scenario | subject | instructions/op | own (− direct) | own ÷ floor's own |",
    "| --- | --- | ---: | ---: | ---: |",
  ];
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const subject of subjects) if (subject !== "yoga" || key === "a") counts.set(subject, perOperation(subject, key));
    const direct = counts.get("direct");
    const floorOwn = counts.has("yoga") && direct !== undefined ? (counts.get("yoga") as number) - direct : undefined;
    for (const [subject, count] of counts) {
      const own = direct !== undefined && subject !== "direct" ? count - direct : undefined;
      const ratio = own !== undefined && floorOwn !== undefined && subject === "gateway" ? `${(own / floorOwn).toFixed(2)}×` : "";
      lines.push(`| (${key}) | ${subject === "yoga" ? "bare graphql-yoga floor" : subject} | ${m(count)} | ${own === undefined ? "" : m(own)} | ${ratio} |`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  instructionCounts(process.env.BENCH_ONLY?.split(",") ?? ["a"], process.env.BENCH_SUBJECTS?.split(",") ?? ["gateway", "yoga", "direct"]);
}
