import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useDemoBrowser } from "../helpers/browser.js";

describe("the partner's Embedded Signup page (examples/embedded-signup/, demo mode) in a real browser", () => {
  const demo = useDemoBrowser();

  /** Opens the page, clicks Connect, and plays the customer in the stand-in popup. */
  async function connect(page: Page, inPopup: (popup: Page) => Promise<void>): Promise<void> {
    await page.goto(`${demo.gateway.url}/examples/embedded-signup/`, { waitUntil: "load" });
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.click("#connect")]);
    await popup.waitForLoadState("load");
    await inPopup(popup);
  }

  it("goes from the button to a completed onboarding, each step shown", async () => {
    const page = await demo.browser.newPage();
    await connect(page, (popup) => popup.click("#finish"));
    await expect.poll(async () => page.textContent("#state"), { timeout: 20_000 }).toBe("COMPLETED");
    const steps = await page.$$eval("#steps li", (items) => items.map((li) => `${(li as HTMLElement).dataset.kind}:${(li as HTMLElement).dataset.status}`));
    expect(steps).toEqual(["EXCHANGE_CODE:DONE", "VERIFY_ACCESS:DONE", "SUBSCRIBE_APP:DONE", "SHARE_CREDIT_LINE:SKIPPED", "REGISTER_NUMBER:DONE"]);
    expect(await page.textContent("#message")).toMatch(/CONNECTED/);
    await page.screenshot({ path: join(tmpdir(), "waba-embedded-signup.png") });
  });

  it("shows the step a customer stopped at when they cancel", async () => {
    const page = await demo.browser.newPage();
    // Cancel closes the popup from its own click handler, which can end Playwright's click with "Target page closed":
    // that error is the success here only when the popup did close.
    await connect(page, async (popup) => {
      const closed = popup.waitForEvent("close");
      await popup.click("#cancel").catch((e: unknown) => {
        if (!popup.isClosed()) throw e;
      });
      await closed;
    });
    await expect.poll(async () => page.textContent("#state"), { timeout: 10_000 }).toBe("cancelled");
    expect(await page.textContent("#message")).toBe("The customer stopped at PHONE_NUMBER_VERIFICATION.");
  });
});
