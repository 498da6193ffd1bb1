/**
 * Instructions per operation, counted by valgrind's callgrind: steadier than CPU time (±30 % on this 2-core
 * machine). Each subject makes N operations after a warm-up under `node --predictable` (no concurrent compiler or
 * GC threads), and only those N are counted (callgrind_control around them); three runs, the median. Each count is
 * split into garbage collection, compiling and the rest (below): the totals of one commit's runs differ by up to
 * ~20 %, the rest by 1–10 %, so commits are compared by the rest. Subjects: the gateway, the bare
 * graphql-yoga floor (scenario (a)), and the direct REST client (what the simulator and undici cost: subtracted from
 * the others to give each server's own instructions).
 *
 *   npm run bench -- --instructions                  # scenario (a): gateway, floor, direct (about 15 minutes)
 *   BENCH_ONLY=a,c npm run bench -- --instructions   # more scenarios (the gateway and direct for each)
 *   BENCH_SUBJECTS=gateway npm run bench -- --instructions   # only some subjects (to compare commits: run it in each)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./bench/alternate.js";

const root = fileURLToPath(new URL("..", import.meta.url));
/**
 * Operations per run, and the warm-up before them, per scenario. The warm-up must reach the steady state: in
 * process, (a) costs 1.5–1.7 ms of CPU per operation over its first thousand operations, 0.74–0.89 ms over its third
 * and 0.44–0.58 ms from about the five-thousandth on (the JIT still compiling before that); (b), (c) and (d)
 * settle after about 2,000 (`scripts/bench/warm-up.ts` prints the curve). A window inside the warm-up counts the
 * compiler working, not the operation.
 */
const SIZES: Record<string, { n: number; warm: number }> = { a: { n: 2000, warm: 6000 }, b: { n: 400, warm: 2000 }, c: { n: 400, warm: 2000 }, d: { n: 1000, warm: 3000 } };
/** Counted runs per subject and scenario (the median is reported); BENCH_RUNS for more, to judge a small change. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_OPERATIONS: operations counted per run instead of the scenario's size (a longer window averages more GCs). */
const OPERATIONS = process.env.BENCH_OPERATIONS ? Number(process.env.BENCH_OPERATIONS) : undefined;

/** One counted window: all its instructions, and those spent collecting garbage and compiling. */
interface Count {
  total: number;
  gc: number;
  compiler: number;
}

/**
 * What varies between runs of the same code: garbage collection (a mark-compact falls inside the window or just
 * after it, moving a run's total by ~20 %) and compiling (a function re-optimized or not). Under --predictable V8
 * marks and sweeps on the main thread, in steps taken while allocating, so the collector's cost is summed from the
 * functions themselves (exclusive costs, by name) rather than from one entry point; compiling from its runtime
 * entries (inclusive). Three runs of one commit: totals 1.04–1.29 M per operation, the rest 0.854–0.875 M. What
 * stays: a run whose window has a mark-compact (its GC column ~0.37 M against ~0.25 M) usually reads higher
 * in the rest too, by 10–90 K (most likely compiled code's write barriers, which mark while V8 marks and belong to no function of the
 * collector), so the lowest run is printed beside the median.
 */
const GC = /v8::internal::(.*::)?(Scaveng|Marking|MarkCompact|MainMarking|Sweep|Evacuat|RememberedSet|SlotSet|TypedSlot|RecordMigratedSlot|IncrementalMarking|ConcurrentMarking|FreeList|Heap::|HeapObjectVisitor|BodyDescriptor|WeakObjects|ArrayBufferSweeper|MemoryAllocator|PagedSpace|NewSpace|SemiSpace|LargeObjectSpace|MarkingBarrier|WriteBarrier|LocalHeap|GCTracer|MinorMarkSweep|PretenuringHandler|Evacuator|LiveObjectRange|StringTableCleaner)|ProcessMarkingWorklist|Builtins_RecordWrite/;
const COMPILER = ["v8::internal::Runtime_CompileOptimized(", "v8::internal::Runtime_CompileOptimizedOSR(", "v8::internal::Runtime_CompileLazy(", "v8::internal::Runtime_NotifyDeoptimized("];

/** callgrind_annotate's rows: instructions and the function's name. */
function annotate(out: string, inclusive: boolean): Array<[number, string]> {
  const run = spawnSync("callgrind_annotate", [`--inclusive=${inclusive ? "yes" : "no"}`, "--threshold=100", out], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`callgrind_annotate failed: ${run.stderr.slice(-800)}`);
  return run.stdout.split("\n").flatMap((line) => {
    const m = /^\s*([\d,]+) \([^)]*\)\s+\S*?:(.*)$/.exec(line);
    return m ? [[Number((m[1] as string).replaceAll(",", "")), m[2] as string] as [number, string]] : [];
  });
}

function counted(subject: string, key: string, n: number, warm: number): Count {
  const dir = mkdtempSync(join(tmpdir(), "instructions-"));
  const out = join(dir, "callgrind.out");
  try {
    const run = spawnSync(
      "valgrind",
      ["--tool=callgrind", "--instr-atstart=no", `--callgrind-out-file=${out}`, "node", "--predictable", "--import", "tsx", "scripts/instructions-run.ts", subject, key, String(n), String(warm)],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, COUNT_WINDOW: "1" } },
    );
    const collected = /Collected : (\d+)/.exec(run.stderr)?.[1];
    if (run.status !== 0 || !collected) throw new Error(`valgrind failed (is it installed? apt-get install valgrind): ${run.stderr.slice(-800)}`);
    const sum = (rows: Array<[number, string]>, counts: (name: string) => boolean) => rows.reduce((total, [n, name]) => (counts(name) ? total + n : total), 0);
    const gc = sum(annotate(out, false), (name) => GC.test(name));
    const compiler = sum(annotate(out, true), (name) => COMPILER.some((entry) => name.startsWith(entry)));
    return { total: Number(collected), gc, compiler };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PerOperation {
  total: number;
  gc: number;
  compiler: number;
  rest: number;
  /** The rest's lowest run: a mark-compact in the window usually still adds 10–90 K to the rest (see GC above). */
  restLowest: number;
}

/**
 * Instructions one operation costs: medians over RUNS runs of a counted window of N operations, over N (each column
 * its own median). One run without valgrind first: tsx compiles the TypeScript once and caches it (a run that
 * compiles counts ~1.5 billion instructions more).
 */
function perOperation(subject: string, key: string): PerOperation {
  const size = SIZES[key] ?? { n: 500, warm: 1000 };
  const { n, warm } = { ...size, n: OPERATIONS ?? size.n };
  const primed = spawnSync("node", ["--import", "tsx", "scripts/instructions-run.ts", subject, key, "1", "1"], { cwd: root, encoding: "utf8" });
  if (primed.status !== 0) throw new Error(`the run failed: ${primed.stderr.slice(-800)}`);
  process.stderr.write(`counting instructions: ${subject}, scenario (${key}), ${RUNS} runs of ${n} operations after ${warm}…\n`);
  const runs = Array.from({ length: RUNS }, () => counted(subject, key, n, warm)).map((c) => ({ total: c.total / n, gc: c.gc / n, compiler: c.compiler / n, rest: (c.total - c.gc - c.compiler) / n }));
  const k = (x: number) => Math.round(x / 1000);
  process.stderr.write(`  ${subject} (${key}), thousands per operation, each run total/gc/compiler/rest: ${runs.map((r) => `${k(r.total)}/${k(r.gc)}/${k(r.compiler)}/${k(r.rest)}`).join(", ")}\n`);
  return { total: median(runs.map((r) => r.total)), gc: median(runs.map((r) => r.gc)), compiler: median(runs.map((r) => r.compiler)), rest: median(runs.map((r) => r.rest)), restLowest: Math.min(...runs.map((r) => r.rest)) };
}

export function instructionCounts(keys: readonly string[], subjects: readonly string[]): void {
  const m = (x: number) => `${(x / 1e6).toFixed(3)} M`;
  const lines = [
    "",
    "Instructions per operation (valgrind callgrind, node --predictable, gateway and simulator in one process; the",
    "direct client's count is what the simulator and undici cost, so a server's own is its count minus that; GC and",
    "compiler are V8 collecting garbage and compiling, which vary from run to run; compare commits by the rest):",
    "",
    "| scenario | subject | instructions/op | GC | compiler | the rest | the rest's lowest run | own (the rest − direct's) | own ÷ floor's own |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const key of keys) {
    const counts = new Map<string, PerOperation>();
    for (const subject of subjects) if (subject !== "yoga" || key === "a") counts.set(subject, perOperation(subject, key));
    const direct = counts.get("direct")?.rest;
    const floor = counts.get("yoga")?.rest;
    const floorOwn = floor !== undefined && direct !== undefined ? floor - direct : undefined;
    for (const [subject, count] of counts) {
      const own = direct !== undefined && subject !== "direct" ? count.rest - direct : undefined;
      const ratio = own !== undefined && floorOwn !== undefined && subject === "gateway" ? `${(own / floorOwn).toFixed(2)}×` : "";
      const name = subject === "yoga" ? "bare graphql-yoga floor" : subject;
      lines.push(`| (${key}) | ${name} | ${m(count.total)} | ${m(count.gc)} | ${m(count.compiler)} | ${m(count.rest)} | ${m(count.restLowest)} | ${own === undefined ? "" : m(own)} | ${ratio} |`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  instructionCounts(process.env.BENCH_ONLY?.split(",") ?? ["a"], process.env.BENCH_SUBJECTS?.split(",") ?? ["gateway", "yoga", "direct"]);
}
