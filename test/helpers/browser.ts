import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { spawnGateway, type RunningGateway } from "./spawn-gateway.js";

/** Debian's chromium package; .ci/run installs it. Missing it fails the test, it never skips. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium off the (closed) network; Playwright gives each launch a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface DemoBrowser {
  readonly gateway: RunningGateway;
  readonly browser: Browser;
}

/** `npm start`'s demo and a Chromium, started before the file's tests and stopped after them. */
export function useDemoBrowser(): DemoBrowser {
  const held = {} as { gateway: RunningGateway; browser: Browser };
  beforeAll(async () => {
    held.gateway = await spawnGateway({}, ["scripts/start.mjs"]);
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.gateway?.stop();
  });
  return held;
}
