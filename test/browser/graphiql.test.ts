import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useDemoBrowser } from "../helpers/browser.js";

describe("GraphiQL in a real browser (demo mode)", () => {
  const demo = useDemoBrowser();

  it("opens GraphiQL, runs the default query and shows the example number in the result pane", async () => {
    const page = await demo.browser.newPage();
    const failedRequests: string[] = [];
    page.on("requestfailed", (r) => failedRequests.push(r.url()));
    await page.goto(`${demo.gateway.url}/graphql`, { waitUntil: "load" });
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ state: "visible", timeout: 30_000 });
    await run.click();
    // The result editor renders spaces as non-breaking spaces.
    const resultText = async () => ((await page.locator(".graphiql-response").textContent()) ?? "").replace(/\u00a0/g, " ");
    await expect.poll(resultText, { timeout: 20_000 }).toContain("+1 631-555-1111");
    expect(await resultText()).toContain('"nameStatus": "APPROVED"');
    // Everything came from the gateway: nothing was fetched from elsewhere.
    expect(failedRequests.filter((u) => !u.startsWith(demo.gateway.url))).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), "waba-graphiql.png") });
  });

  it("runs a subscription and shows the change the simulator reports through a signed webhook", async () => {
    const simulator = /"simulator":"(http:\/\/[^"]+)"/.exec(demo.gateway.output())?.[1];
    const page = await demo.browser.newPage();
    const query = encodeURIComponent('subscription { phoneNumberChanged(wabaId: "102290129340398") { kind event phoneNumber { id nameStatus } } }');
    await page.goto(`${demo.gateway.url}/graphql?query=${query}`, { waitUntil: "load" });
    await page.locator(".graphiql-execute-button").click();
    const resultText = async () => ((await page.locator(".graphiql-response").textContent()) ?? "").replace(/\u00a0/g, " ");
    // Give GraphiQL a moment to open the stream, then play Meta's side.
    await page.waitForTimeout(1_000);
    const decided = await fetch(`${simulator}/__simulator/name-decision`, { method: "POST", body: JSON.stringify({ phoneNumberId: "1754951608042154", decision: "APPROVED" }) });
    expect(await decided.json()).toEqual({ webhookAnswer: 200 });
    await expect.poll(resultText, { timeout: 10_000 }).toContain('"event": "APPROVED"');
    expect(await resultText()).toContain('"nameStatus": "APPROVED"');
  });
});
