import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { DEMO_PHONE_ID, DEMO_WABA_ID, SECOND_WABA_ID } from "../../src/simulator/seed.js";
import type { Proc } from "./processes.js";

export interface AttackResult {
  name: string;
  attackOps: number;
  cpuPerAttackMs: number;
  attackP99Ms: number;
  /** Bytes of an attack response, on average. */
  bytesPerAttack: number;
  healthP50Ms: number;
  tenantP50Ms: number;
  tenantFailures: number;
}

const ATTACKER = "wgk_bench-attacker";
const TENANT = "wgk_bench-tenant";
const sha = (key: string) => createHash("sha256").update(key).digest("hex");

/** A clients file with two tenants: the attacker (Lucky Shrub's WABA) and a bystander (Jasper's Market). */
export function clientsFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "waba-bench-clients-")), "clients.json");
  writeFileSync(
    path,
    JSON.stringify({
      clients: [
        { name: "attacker", keySha256: sha(ATTACKER), wabaIds: [DEMO_WABA_ID], scopes: ["read", "manage"] },
        { name: "bystander", keySha256: sha(TENANT), wabaIds: [SECOND_WABA_ID], scopes: ["read"] },
      ],
    }),
  );
  return path;
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Sequential probes of /health and of the bystander's read while `during` runs; their p50s. */
async function probe(gateway: Proc, during: Promise<unknown>) {
  const health: number[] = [];
  const tenant: number[] = [];
  let failures = 0;
  let running = true;
  void during.finally(() => (running = false));
  while (running) {
    let t = performance.now();
    await fetch(`${gateway.adminUrl}/health`).then((r) => r.arrayBuffer());
    health.push(performance.now() - t);
    t = performance.now();
    const r = await fetch(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": TENANT },
      body: JSON.stringify({ query: `{ waba(id: "${SECOND_WABA_ID}") { name } }` }),
    });
    const body = (await r.json()) as { errors?: unknown };
    if (body.errors) failures++;
    tenant.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 20));
  }
  return { healthP50Ms: p50(health), tenantP50Ms: p50(tenant), tenantFailures: failures };
}

async function attack(name: string, gateway: Proc, seconds: number, connections: number, body: string, headers: Record<string, string>): Promise<AttackResult> {
  const cpu0 = gateway.cpuMs();
  const run = new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: `${gateway.url}/graphql`, method: "POST", headers: { "content-type": "application/json", ...headers }, body, connections, duration: seconds }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
  const probed = await probe(gateway, run);
  const result = await run;
  const ops = result.requests.total;
  return { name, attackOps: ops, cpuPerAttackMs: (gateway.cpuMs() - cpu0) / Math.max(1, ops), attackP99Ms: result.latency.p99, bytesPerAttack: result.throughput.total / Math.max(1, ops), ...probed };
}

/**
 * Hostile callers against a gateway with two tenants (the read cache off, so every tenant read reaches the
 * simulator): a baseline, unauthenticated 6 KB documents, refused ids in bulk, and a flood of reads of an
 * endpoint that hangs upstream. Each reports the attack's CPU per request and what the bystander saw.
 */
export async function attackScenarios(sim: Proc, gateway: Proc, seconds: number): Promise<AttackResult[]> {
  const results: AttackResult[] = [];
  results.push({ ...(await probe(gateway, new Promise((r) => setTimeout(r, seconds * 1000)))), name: "no attack (baseline)", attackOps: 0, cpuPerAttackMs: 0, attackP99Ms: 0, bytesPerAttack: 0 });
  const overlapping = `{ waba(id: "${DEMO_WABA_ID}") { ${Array.from({ length: 199 }, () => "phoneNumbers { __typename }").join(" ")} } } # ${"x".repeat(1_000)}`;
  results.push(await attack("200 unauthenticated 6 KB documents at once", gateway, seconds, 200, JSON.stringify({ query: overlapping }), {}));
  results.push(await attack("the same documents, authenticated", gateway, seconds, 200, JSON.stringify({ query: overlapping }), { "x-api-key": ATTACKER }));
  const ids = Array.from({ length: 250 }, (_, i) => String(900000000000000 + i));
  const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: phoneNumbers(ids: $ids) { id }`).join(" ");
  results.push(await attack("30 aliases × 250 refused ids, 4 at once", gateway, seconds, 4, JSON.stringify({ query: `query ($ids: [ID!]!) { ${aliases} }`, variables: { ids } }), { "x-api-key": ATTACKER }));
  // Issue 22's amplification: 29 aliased 100-number pages over the attacker's own WABA id, 250 times (55 MB before the cost bound).
  const page = `phoneNumbers(first: 100) { edges { cursor node { id displayPhoneNumber verifiedName nameStatus qualityRating } } }`;
  const amplify = `query ($ids: [ID!]!) { wabas(ids: $ids) { id ${Array.from({ length: 29 }, (_, i) => `p${i}: ${page}`).join(" ")} } }`;
  results.push(await attack("29 aliased 100-number pages × the same WABA id 250 times, 4 at once", gateway, seconds, 4, JSON.stringify({ query: amplify, variables: { ids: Array.from({ length: 250 }, () => DEMO_WABA_ID) } }), { "x-api-key": ATTACKER }));
  // Floods of an endpoint that hangs at Meta: each call holds one of the attacker's upstream slots at most until its deadline.
  const floodOfHanging = async (name: string, endpoint: string, connections: number, query: string) => {
    await fetch(`${sim.url}/__simulator/faults`, { method: "POST", body: JSON.stringify({ endpoint, fault: { kind: "hang" }, times: 100_000 }) });
    results.push(await attack(name, gateway, seconds, connections, JSON.stringify({ query }), { "x-api-key": ATTACKER }));
    await fetch(`${sim.url}/__simulator/faults`, { method: "DELETE" });
  };
  await floodOfHanging("135 mutations of a hanging Meta endpoint at once", "request_code", 135, `mutation { requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`);
  await floodOfHanging("400 reads of a hanging Meta endpoint at once", "phone_numbers", 400, `{ waba(id: "${DEMO_WABA_ID}") { phoneNumbers(first: 7, filter: { accountMode: LIVE }) { edges { node { id } } } } }`);
  return results;
}
