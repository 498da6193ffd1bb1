/**
 * How many of the gateway's own files one warm operation runs (issue 23's "a read executes ≤ 30 project files").
 * V8 precise coverage: counters are reset after two warm-up runs, then the files with any function called during
 * a fifth, steady run are listed (the simulator's files are left out: it stands in for Meta).
 *
 *   npx tsx scripts/files-run.ts            # the everyday read: one WABA's numbers with certificates
 *   npx tsx scripts/files-run.ts register   # registerPhoneNumber
 *   FILES_RUN_LIST=1 npx tsx scripts/files-run.ts   # and the files, one per line
 */
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { inProcess } from "./in-process.js";

const operations = {
  read: {
    query: `query R($id: ID!) { waba(id: $id) { id name phoneNumbers(first: 10) { edges { node {
      id displayPhoneNumber verifiedName nameStatus certificate { value nameStatus } } } } } }`,
    variables: { id: DEMO_WABA_ID },
  },
  register: {
    query: `mutation M($input: RegisterPhoneNumberInput!) { registerPhoneNumber(input: $input) {
      __typename ... on RegisterPhoneNumberSuccess { phoneNumber { id } } } }`,
    variables: { input: { phoneNumberId: DEMO_PHONE_ID, pin: "123456" } },
  },
} as const;

const which = (process.argv[2] ?? "read") as keyof typeof operations;
const operation = operations[which];
if (!operation) throw new Error(`unknown operation ${which}; one of ${Object.keys(operations).join(", ")}`);

const root = fileURLToPath(new URL("..", import.meta.url));
// FILES_RUN_CACHE=0: every run reads from Meta (the read cache is on by default).
const gateway = await inProcess(process.env.FILES_RUN_CACHE === "0" ? { cacheTtlSeconds: 0 } : {});
// A register twice in a row is a fresh call each time (no cache), so every run does the same work.
const run = (): Promise<string> => gateway.post(JSON.stringify(operation));

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
// Warm-up past the compiled-execution threshold (3 runs by default), so the counted run is a steady one.
for (let i = 0; i < 4; i++) await run();
await session.post("Profiler.takePreciseCoverage"); // resets the counters
const answer = await run();
const { result } = await session.post("Profiler.takePreciseCoverage");
await session.post("Profiler.stopPreciseCoverage");
session.disconnect();

const files = result
  .filter((script) => script.url.startsWith("file://") && script.functions.some((f) => f.ranges.some((r) => r.count > 0)))
  .map((script) => relative(root, fileURLToPath(script.url)))
  .filter((file) => file.startsWith("src/") && !file.startsWith("src/simulator/"))
  .sort();

if (process.env.FILES_RUN_LIST) console.log(files.join("\n"));
if (process.env.FILES_RUN_FUNCTIONS) for (const s of result) if (s.url.includes("/src/") && !s.url.includes("simulator")) console.log(relative(root, fileURLToPath(s.url)), s.functions.filter((f) => f.ranges[0]!.count > 0).map((f) => `${f.functionName || "(anon)"}×${f.ranges[0]!.count}`).join(" "));
console.log(`${which}: ${files.length} project files ran (answer ${answer.length} bytes${answer.includes('"errors"') ? ", with errors" : ""})`);
await gateway.close();
