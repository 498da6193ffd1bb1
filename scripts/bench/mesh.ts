import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPhoneId, benchWabaId, DEMO_PHONE_ID } from "../../src/simulator/seed.js";
import { closedPort } from "../../test/helpers/closed-port.js";
import { alternately } from "./alternate.js";
import { control, graphql, start, upstreamPerOperation, type Proc } from "./processes.js";

/**
 * The benchmark's peer: GraphQL Mesh (Hive Gateway) composed from Meta's own OpenAPI spec
 * (`../shared/meta-openapi/`), pointed at the same simulator. Its packages live in `scripts/bench/mesh/` with their
 * own lock file, installed there on first use: they are the bench's only, never the project's.
 *
 * Each read asks both for the same data, as far as Mesh's schema can express it: the spec has no `certificate` field
 * and its enums refuse some of Meta's values (`status`, `code_verification_status`), so those are left out of both;
 * a WABA's numbers with their name status take Mesh one page read plus one read per number (the spec's page type has
 * no `name_status`), in one operation with the ids known beforehand (which favours Mesh: a client would need two).
 */
const MESH_DIR = fileURLToPath(new URL("./mesh/", import.meta.url));
const SPEC = fileURLToPath(new URL("../../../shared/meta-openapi/business-messaging-api_v23.0.yaml", import.meta.url));
const HIVE_BIN = join(MESH_DIR, "node_modules/@graphql-hive/gateway/dist/bin.js");
const COMPOSE_BIN = join(MESH_DIR, "node_modules/@graphql-mesh/compose-cli/esm/bin.js");

export interface PeerRow {
  title: string;
  /** Medians of the rounds, measured alternately. */
  gatewayMs: number;
  meshMs: number;
  /** Mesh ÷ gateway, per round. */
  ratios: number[];
  gatewayUpstream: number;
  meshUpstream: number;
}

interface Read {
  title: string;
  gateway: string;
  mesh: string;
}

const PHONE = "id display_phone_number verified_name name_status";
/**
 * A WABA of the bench's seed: the demo WABA holds values outside the spec's enums on purpose (a `PURPLE` quality,
 * a `NON_EXISTS` name status), which Mesh answers with errors, and a CPU comparison needs both to succeed.
 */
const ONE_WABA = benchWabaId(1);
const byId = (alias: string, id: string) =>
  `${alias}: getPhoneNumberById(Version: "v26.0", Phone_Number_ID: "${id}", Authorization: $a, fields: "id,display_phone_number,verified_name,name_status") { ... on PhoneNumberInfo { ${PHONE} } }`;
const page = (alias: string, wabaId: string) =>
  `${alias}: getWhatsAppBusinessAccountPhoneNumbers(Version: "v26.0", WABA_ID: "${wabaId}", Authorization: $a, limit: 10, fields: "id,display_phone_number,verified_name,quality_rating,account_mode") { ... on WhatsAppBusinessAccountPhoneNumbersConnection { data { id display_phone_number verified_name quality_rating account_mode } paging { cursors { after } } } }`;
const meshOperation = (fields: string[]) => `query R($a: Authorization_parameter!) { ${fields.join(" ")} }`;

function reads(pageIds: readonly string[]): Read[] {
  const ten = Array.from({ length: 10 }, (_, i) => benchPhoneId(Math.floor(i / 10), i % 10));
  const twenty = Array.from({ length: 20 }, (_, w) => benchWabaId(w));
  return [
    {
      title: "one number by id",
      gateway: `{ phoneNumber(id: "${DEMO_PHONE_ID}") { id displayPhoneNumber verifiedName nameStatus } }`,
      mesh: meshOperation([byId("n", DEMO_PHONE_ID)]),
    },
    {
      title: "a WABA's 10 numbers with name status",
      gateway: `{ waba(id: "${ONE_WABA}") { phoneNumbers(first: 10) { edges { node { id displayPhoneNumber verifiedName qualityRating accountMode nameStatus } } pageInfo { endCursor } } } }`,
      mesh: meshOperation([page("p", ONE_WABA), ...pageIds.map((id, i) => byId(`n${i}`, id))]),
    },
    {
      title: "20 WABAs × 10 numbers",
      gateway: `{ wabas(ids: [${twenty.map((id) => `"${id}"`).join(",")}]) { phoneNumbers(first: 10) { edges { node { id displayPhoneNumber verifiedName qualityRating accountMode } } pageInfo { endCursor } } } }`,
      mesh: meshOperation(twenty.map((id, i) => page(`w${i}`, id))),
    },
    {
      title: "10 numbers by id",
      gateway: `{ phoneNumbers(ids: [${ten.map((id) => `"${id}"`).join(",")}]) { id displayPhoneNumber verifiedName nameStatus } }`,
      mesh: meshOperation(ten.map((id, i) => byId(`n${i}`, id))),
    },
  ];
}

/** Installs (once) and composes the Mesh side; the reason when it cannot. */
function prepare(): string | undefined {
  if (!existsSync(SPEC)) return `Meta's OpenAPI spec is not at ${SPEC}`;
  if (!existsSync(HIVE_BIN)) {
    process.stderr.write("installing the Mesh side of the benchmark (scripts/bench/mesh, once)…\n");
    try {
      execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: MESH_DIR, stdio: ["ignore", "ignore", "inherit"], timeout: 600_000 });
    } catch (e) {
      return `npm ci in scripts/bench/mesh failed: ${(e as Error).message}`;
    }
  }
  return undefined;
}

/**
 * CPU per operation of each read through the gateway and through Mesh, one operation at a time at the simulator's
 * current latency (0 ms), measured alternately in rounds after a warm-up (bench/alternate.ts); and the upstream calls
 * each makes. A string says why Mesh could not run.
 */
export async function meshComparison(
  sim: Proc,
  gateway: Proc,
  token: string,
  seconds: number,
  { rounds, roundS }: { rounds: number; roundS: number },
): Promise<PeerRow[] | string> {
  const reason = prepare();
  if (reason) return reason;
  const dir = mkdtempSync(join(tmpdir(), "waba-bench-mesh-"));
  const supergraph = join(dir, "supergraph.graphql");
  execFileSync(process.execPath, [COMPOSE_BIN, "-o", supergraph], { cwd: MESH_DIR, env: { ...process.env, META_OPENAPI_SPEC: SPEC }, stdio: ["ignore", "ignore", "inherit"] });
  const port = await closedPort();
  const mesh = await start(HIVE_BIN, { SIM_URL: sim.url, NODE_ENV: "production", NO_COLOR: "1" }, /Listening on (http:\/\/[\w.]+:\d+)/, ["supergraph", supergraph, "--port", String(port), "--host", "127.0.0.1"]);
  try {
    const listed = (await (await fetch(`${sim.url}/v26.0/${ONE_WABA}/phone_numbers?fields=id&limit=10`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: { id: string }[] };
    const rows: PeerRow[] = [];
    for (const read of reads(listed.data.map((n) => n.id))) {
      process.stderr.write(`measuring ${read.title} through the gateway and through Mesh…\n`);
      const meshVariables = { a: `Bearer ${token}` };
      const gatewayBody = JSON.stringify({ query: read.gateway });
      const meshBody = JSON.stringify({ query: read.mesh, variables: meshVariables });
      const gatewayUpstream = await upstreamPerOperation(sim, () => graphql(gateway, read.gateway));
      const meshUpstream = await upstreamPerOperation(sim, () => graphql(mesh, read.mesh, meshVariables));
      const cpu = await alternately({ proc: mesh, body: meshBody }, { proc: gateway, body: gatewayBody }, { warmS: seconds, rounds, roundS, between: () => control(sim, "DELETE", "requests") });
      rows.push({ title: read.title, gatewayMs: cpu.bMs, meshMs: cpu.aMs, ratios: cpu.ratios, gatewayUpstream, meshUpstream });
    }
    return rows;
  } finally {
    await mesh.stop();
  }
}
