import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTokensFile, TokensFileError } from "../src/graph-api/tokens-file.js";
import { DEMO_BUSINESS_ID, DEMO_PHONE_ID, DEMO_WABA_ID, EMPTY_WABA_ID, SECOND_WABA_ID } from "../src/simulator/seed.js";
import { phonesOfWaba } from "../src/simulator/state.js";
import { gatewayFor } from "./helpers/gateway.js";
import { objectOf, sentReads, useSimulator } from "./helpers/simulator.js";

// The gateway's own token reaches the business, the demo WABA and the empty one; Jasper's Market granted a system
// user of its own.
const LUCKY = "EAAG-lucky-system-user";
const JASPER = "EAAG-jasper-system-user";
const ctx = useSimulator({ scopedTokens: { [LUCKY]: [DEMO_BUSINESS_ID, DEMO_WABA_ID, EMPTY_WABA_ID], [JASPER]: [SECOND_WABA_ID] } });
const options = (tokensByWaba?: Map<string, string>) => ({
  graphApi: { baseUrl: ctx.sim.url, version: "v26.0", accessToken: LUCKY, timeoutMs: 2_000 },
  businessId: DEMO_BUSINESS_ID,
  tokensByWaba,
});
const jasperNumber = () => phonesOfWaba(ctx.sim.state, SECOND_WABA_ID)[0]?.id ?? "";

async function run(yoga: ReturnType<typeof gatewayFor>["yoga"], query: string) {
  const r = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await r.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

/** Each upstream read (a request, or a batch slot): its token, the object it named, its path. */
const sent = () => sentReads(ctx.sim.log.entries).map((r) => ({ token: r.token, ids: [objectOf(r)], path: r.path, endpoint: r.endpoint }));

describe("per-WABA upstream tokens (GRAPH_API_TOKENS_FILE)", () => {
  it("cannot read another customer's number with the default token (the simulator scopes tokens like Meta)", async () => {
    const { yoga } = gatewayFor(ctx.sim, options());
    const r = await run(yoga, `{ phoneNumber(id: "${jasperNumber()}") { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await yoga.dispose();
  });

  it("reads each WABA's numbers with that WABA's token, never mixing two tokens in one request", async () => {
    const { yoga } = gatewayFor(ctx.sim, options(new Map([[SECOND_WABA_ID, JASPER]])));
    const jasper = jasperNumber();
    const r = await run(yoga, `{ phoneNumbers(ids: ["${DEMO_PHONE_ID}", "${jasper}"]) { id displayPhoneNumber } }`);
    expect(r.errors).toBeUndefined();
    expect((r.data?.phoneNumbers as { id: string }[]).map((p) => p.id)).toEqual([DEMO_PHONE_ID, jasper]);
    const requests = sent();
    // The directory learned Jasper's numbers with Jasper's token.
    expect(requests).toContainEqual(expect.objectContaining({ endpoint: "phone_numbers", token: JASPER, path: `/v26.0/${SECOND_WABA_ID}/phone_numbers` }));
    const reads = requests.filter((q) => q.endpoint === "node");
    expect(reads).toHaveLength(2);
    expect(reads).toContainEqual(expect.objectContaining({ token: LUCKY, ids: [DEMO_PHONE_ID] }));
    expect(reads).toContainEqual(expect.objectContaining({ token: JASPER, ids: [jasper] }));

    ctx.sim.log.clear();
    const both = await run(yoga, `{ wabas(ids: ["${DEMO_WABA_ID}", "${SECOND_WABA_ID}"]) { name phoneNumbers(first: 2) { edges { node { id } } } } }`);
    expect(both.errors).toBeUndefined();
    expect((both.data?.wabas as { name: string }[]).map((w) => w.name)).toEqual(["Lucky Shrub", "Jasper's Market"]);
    for (const q of sent()) {
      const scope = q.token === JASPER ? SECOND_WABA_ID : DEMO_WABA_ID;
      expect(q.ids.every((id) => id === scope)).toBe(true);
    }
    await yoga.dispose();
  });

  it("sends a mutation on a customer's number with that customer's token", async () => {
    const { yoga } = gatewayFor(ctx.sim, options(new Map([[SECOND_WABA_ID, JASPER]])));
    const jasper = jasperNumber();
    const r = await run(yoga, `mutation { setTwoStepVerificationPin(input: { phoneNumberId: "${jasper}", pin: "112233" }) { __typename } }`);
    expect(r.data).toEqual({ setTwoStepVerificationPin: { __typename: "SetTwoStepVerificationPinSuccess" } });
    expect(sent().find((q) => q.endpoint === "phone_update")?.token).toBe(JASPER);
    await yoga.dispose();
  });

  it("adds a number to a customer's WABA, reads it back and subscribes the app, all with that customer's token", async () => {
    const { yoga } = gatewayFor(ctx.sim, options(new Map([[SECOND_WABA_ID, JASPER]])));
    const added = await run(
      yoga,
      `mutation { addPhoneNumber(input: { wabaId: "${SECOND_WABA_ID}", phoneNumber: "+4915112345678", verifiedName: "Jasper's Market Berlin" }) {
        __typename ... on AddPhoneNumberSuccess { phoneNumber { id verifiedName } } } }`,
    );
    expect(added.data?.addPhoneNumber).toMatchObject({ __typename: "AddPhoneNumberSuccess", phoneNumber: { verifiedName: "Jasper's Market Berlin" } });
    const subscribed = await run(yoga, `mutation { subscribeAppToWaba(input: { wabaId: "${SECOND_WABA_ID}" }) { __typename ... on SubscribeAppToWabaSuccess { waba { name subscribedApps { id } } } } }`);
    expect(subscribed.data?.subscribeAppToWaba).toMatchObject({ __typename: "SubscribeAppToWabaSuccess", waba: { name: "Jasper's Market" } });
    const requests = sent();
    expect(requests.find((q) => q.endpoint === "add_phone_number")).toMatchObject({ token: JASPER });
    expect(requests.find((q) => q.endpoint === "subscribe_app")).toMatchObject({ token: JASPER });
    // The new number's re-read and the WABA's fresh reads went with Jasper's token too.
    expect(requests.filter((q) => q.endpoint === "node" || q.endpoint === "subscribed_apps").every((q) => q.token === JASPER)).toBe(true);
    await yoga.dispose();
  });

  it("lists the business's WABAs with the gateway's token and reads each one with its own", async () => {
    const { yoga } = gatewayFor(ctx.sim, options(new Map([[SECOND_WABA_ID, JASPER]])));
    const r = await run(yoga, `{ managedWabas(relation: OWNED) { edges { node { id name phoneNumbers(first: 1) { edges { node { id } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges = (r.data?.managedWabas as { edges: { node: { name: string } }[] }).edges;
    expect(edges.map((e) => e.node.name)).toEqual(["Jasper's Market", "Empty Test Account"]);
    const requests = sent();
    expect(requests.find((q) => q.endpoint === "owned_whatsapp_business_accounts")).toMatchObject({ token: LUCKY });
    expect(requests.filter((q) => q.endpoint === "node")).toEqual(
      expect.arrayContaining([expect.objectContaining({ token: JASPER, ids: [SECOND_WABA_ID] }), expect.objectContaining({ token: LUCKY, ids: [EMPTY_WABA_ID] })]),
    );
    await yoga.dispose();
  });

  it("loads the tokens file, and names a bad entry without printing any token", () => {
    const dir = mkdtempSync(join(tmpdir(), "waba-tokens-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ wabas: { [SECOND_WABA_ID]: JASPER } }));
    expect(loadTokensFile(good)).toEqual(new Map([[SECOND_WABA_ID, JASPER]]));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ wabas: { "not-a-waba": "EAAG-secret-value", [SECOND_WABA_ID]: "" } }));
    let error: unknown;
    try {
      loadTokensFile(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TokensFileError);
    expect((error as Error).message).toContain("GRAPH_API_TOKENS_FILE");
    expect((error as Error).message).not.toContain("EAAG-secret-value");
  });
});
