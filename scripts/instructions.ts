/**
 * Instructions per operation of the bench's scenario (a), counted by valgrind's callgrind: repeatable where CPU time
 * is not (±30 % on a 2-core machine). Two runs, of 200 and 1,200 operations after 2,000 warm-up ones, under
 * `node --predictable` (no concurrent compiler or GC threads); their difference over 1,000 is the cost of one.
 * Slow: about 20 minutes under valgrind.
 *
 *   npx tsx scripts/instructions.ts            # this checkout
 *   (cd <worktree of another commit> && npx tsx scripts/instructions.ts)   # to compare
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const total = (n: number): number => {
  const run = spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", "node", "--predictable", "--import", "tsx", "scripts/instructions-run.ts", String(n)], {
    cwd: root,
    encoding: "utf8",
  });
  const collected = /Collected : (\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !collected) throw new Error(`valgrind failed (is it installed?): ${run.stderr.slice(-500)}`);
  return Number(collected);
};
const [small, large] = [total(200), total(1_200)];
process.stdout.write(`${((large - small) / 1_000 / 1e6).toFixed(2)} M instructions per operation (scenario (a); ${small} and ${large} in all)\n`);
