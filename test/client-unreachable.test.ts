import { describe, expect, it } from "vitest";
import { closedPort } from "./helpers/closed-port.js";
import { createClient, NumbersOfWaba, WabaGatewayError } from "../client/index.js";

describe("the typed client without a gateway (issue 26, item 7)", () => {
  it("throws WabaGatewayError GATEWAY_UNREACHABLE naming the URL and the cause, not a bare fetch failure", async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const gateway = createClient({ url, apiKey: "wgk_test" });
    const failure = await gateway.request(NumbersOfWaba, { wabaId: "102290129340398" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WabaGatewayError);
    expect((failure as WabaGatewayError).codes).toEqual(["GATEWAY_UNREACHABLE"]);
    expect((failure as WabaGatewayError).message).toBe(`GATEWAY_UNREACHABLE: The gateway at ${url} could not be reached (ECONNREFUSED).`);
  });
});
