import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnGateway, type RunningGateway } from "./helpers/spawn-gateway.js";

// `npm run example:client` against `npm start`'s demo, as the README says: the typed client sends persisted hashes,
// which the demo serves from the client package's manifest.
let gw: RunningGateway;
beforeAll(async () => {
  gw = await spawnGateway({}, ["scripts/start.mjs"]);
});
afterAll(async () => {
  if (gw?.child.exitCode === null) await gw.stop("SIGKILL");
});

describe("the typed client's example service", () => {
  it("reads the demo's LIVE numbers and walks a number through verification, by persisted hash", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "example:client"], {
      cwd: new URL("..", import.meta.url),
      env: { ...process.env, WABA_GATEWAY_URL: `${gw.url}/graphql` },
      timeout: 60_000,
    });
    expect(stdout).toContain("Lucky Shrub: LIVE numbers");
    expect(stdout).toMatch(/\+1 631-555-1111 {2}Lucky Shrub {2}name APPROVED {2}certificate yes {2}REGISTERED_CLOUD_API/);
    expect(stdout).toContain("requestVerificationCode: RequestVerificationCodeSuccess");
    expect(stdout).toContain("verifyCode: READY_TO_REGISTER");
    // The client sent hashes only: had the demo not served its manifest, every request would have been refused.
    expect(gw.output()).toContain('"operationName":"ClientNumbersOfWaba"');
  });
});
