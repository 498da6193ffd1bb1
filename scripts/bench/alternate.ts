import autocannon from "autocannon";
import type { Proc } from "./processes.js";

/** One side of a head-to-head: a server process and the request body it is measured with. */
export interface Side {
  proc: Proc;
  body: string;
}

export interface Alternated {
  /** CPU per operation of each side, the median over the rounds, in ms. */
  aMs: number;
  bMs: number;
  /** A ÷ B in each round. */
  ratios: number[];
}

const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

/** CPU per operation of `side` over `seconds`, one operation at a time. */
async function cpuPerOperation(side: Side, seconds: number): Promise<number> {
  const before = side.proc.cpuMs();
  const run = await autocannon({ url: `${side.proc.url}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body: side.body, connections: 1, duration: seconds });
  if (run.non2xx > 0) throw new Error(`${run.non2xx} requests failed`);
  return (side.proc.cpuMs() - before) / Math.max(1, run.requests.total);
}

/**
 * CPU per operation of two servers measured alternately: each warmed for `warmS`, then `rounds` rounds of `roundS`
 * each, which side goes first alternating. CPU time on this 2-core machine drifts by ±30 % over minutes; measured in
 * turns, the drift lands on both sides alike, so the ratio (the median of the rounds') holds where two measurements
 * minutes apart did not.
 */
export async function alternately(a: Side, b: Side, { warmS, rounds, roundS, between }: { warmS: number; rounds: number; roundS: number; between?: () => Promise<unknown> }): Promise<Alternated> {
  for (const side of [a, b]) await cpuPerOperation(side, warmS);
  const measured: { a: number; b: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) measured.push({ a: await cpuPerOperation(a, roundS), b: await cpuPerOperation(b, roundS) });
    else {
      const y = await cpuPerOperation(b, roundS);
      measured.push({ a: await cpuPerOperation(a, roundS), b: y });
    }
    await between?.();
  }
  return { aMs: median(measured.map((m) => m.a)), bMs: median(measured.map((m) => m.b)), ratios: measured.map((m) => m.a / m.b) };
}

export { median };
