import { createSchema, createYoga } from "graphql-yoga";
import { beforeAll, describe, expect, it } from "vitest";
import { COMPILE_LIMITS, compiledExecution } from "../src/plugins/compiled-execution.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID, NEW_CLIENT_WABA_ID, benchPhoneId, benchWabaId } from "../src/simulator/seed.js";
import { gatewayFor, type TestGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Hot query documents run compiled (graphql-jit) instead of through graphql-js. The two engines must give the
// same answers: each case runs on a gateway that never compiles and on one that compiles every query at once,
// against the same simulator, and the response bodies must be identical, errors included.
const ctx = useSimulator({ seed: { benchWabas: 3, benchPhonesPerWaba: 12 } });
// A number whose Meta answer breaks a field (isPinEnabled is a Boolean): an error inside list items.
const BROKEN_PHONE = benchPhoneId(2, 1);
beforeAll(() => {
  const phone = ctx.sim.state.phones.get(BROKEN_PHONE);
  if (!phone) throw new Error("bench number missing");
  phone.is_pin_enabled = "yes";
});

const NUMBER = `
  fragment Number on PhoneNumber {
    id displayPhoneNumber verifiedName nameStatus newNameStatus newDisplayName codeVerificationStatus isPinEnabled
    accountMode status platformType qualityRating throughputLevel lastOnboardedTime isOfficialBusinessAccount
    messagingLimit
    healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }
    registration { state nextAction deadline }
    migrationBlockers { reason message }
    certificate { value nameStatus }
  }`;

const MIXED = `query Mixed($phone: ID!, $waba: ID!, $withCert: Boolean!, $skipName: Boolean = false, $mode: AccountMode = SANDBOX) {
  a: phoneNumber(id: $phone) { id certificate @include(if: $withCert) { value } ...Names @include(if: $withCert) }
  b: phoneNumber(id: $phone) { displayPhoneNumber nameStatus @skip(if: $withCert) ... on PhoneNumber @skip(if: $skipName) { verifiedName ...Names } }
  c: phoneNumber(id: $phone) { ...Names @skip(if: $withCert) ... on PhoneNumber @include(if: $withCert) { nameStatus } }
  waba(id: $waba) {
    id name @skip(if: $skipName)
    sandbox: phoneNumbers(first: 2, filter: { accountMode: $mode }) { edges { node { ... on PhoneNumber { id accountMode } } } pageInfo { hasNextPage endCursor } }
    live: phoneNumbers(first: 2, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }
  }
}
fragment Names on PhoneNumber { nameStatus newNameStatus newDisplayName }`;

const PAGE = `query P($id: ID!, $first: Int) { waba(id: $id) { phoneNumbers(first: $first) { edges { node { id } } } } }`;

const CASES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: "one number, every field, through a fragment", query: `query One($id: ID!) { phoneNumber(id: $id) { ...Number __typename } } ${NUMBER}`, variables: { id: DEMO_PHONE_ID } },
  {
    name: "a page of WABAs with their numbers (the bench's (c))",
    query: `query Dashboard($ids: [ID!]!) { wabas(ids: $ids) { id name phoneNumbers(first: 10) { edges { cursor node { id displayPhoneNumber verifiedName nameStatus certificate { value nameStatus } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
    variables: { ids: [benchWabaId(0), benchWabaId(1), benchWabaId(2)] },
  },
  {
    name: "aliases, filtered pages, @include and @skip from variables on fields, fragment spreads and inline fragments, default values",
    query: MIXED,
    variables: { phone: DEMO_PHONE_ID, waba: DEMO_WABA_ID, withCert: true },
  },
  {
    name: "the same document with the other variables",
    query: MIXED,
    variables: { phone: DEMO_PHONE_ID, waba: DEMO_WABA_ID, withCert: false, skipName: true, mode: "LIVE" },
  },
  { name: "a missing number: null and a NOT_FOUND entry, its siblings intact", query: `query Some($ids: [ID!]!) { phoneNumbers(ids: $ids) { id displayPhoneNumber } }`, variables: { ids: [DEMO_PHONE_ID, "999999999999"] } },
  { name: "a missing WABA", query: `query W($id: ID!) { waba(id: $id) { id name } }`, variables: { id: "999999999999" } },
  { name: "a page size out of bounds (BAD_USER_INPUT)", query: PAGE, variables: { id: DEMO_WABA_ID, first: 101 } },
  { name: "a variable of the wrong type", query: PAGE, variables: { id: DEMO_WABA_ID, first: "ten" } },
  { name: "a required variable left out", query: PAGE, variables: { first: 1 } },
  {
    name: "the business's WABAs, an enum variable and the number's migration readiness towards a WABA",
    query: `query M($relation: WabaRelation!, $to: ID!) { managedWabas(relation: $relation, first: 2) { edges { cursor node { id name ownershipType subscribedApps { name id } phoneNumbers(first: 1) { edges { node { id migrationBlockers(toWabaId: $to) { reason message } } } } } } pageInfo { hasNextPage endCursor } } }`,
    variables: { relation: "CLIENT", to: NEW_CLIENT_WABA_ID },
  },
  // Failing list items: graphql-jit pushed a failed item's null onto the list instead of writing it at its index,
  // so a refused id resolved before its siblings dropped an item (or moved one).
  ...(["first", "middle", "last"] as const).map((where) => {
    const ids = [DEMO_PHONE_ID, benchPhoneId(0, 1), benchPhoneId(0, 2)];
    const at = { first: 0, middle: 1, last: 2 }[where];
    return [
      { name: `a refused id ${where} in a list`, query: `query L($ids: [ID!]!) { phoneNumbers(ids: $ids) { id } }`, variables: { ids: ids.map((id, i) => (i === at ? "x" : id)) } },
      { name: `a missing number ${where} in a list`, query: `query L($ids: [ID!]!) { phoneNumbers(ids: $ids) { id verifiedName } }`, variables: { ids: ids.map((id, i) => (i === at ? "999999999999" : id)) } },
    ];
  }).flat(),
  { name: "failing items of every kind in one list", query: `query L($ids: [ID!]!) { phoneNumbers(ids: $ids) { id } }`, variables: { ids: ["x", DEMO_PHONE_ID, "999999999999", "y", benchPhoneId(1, 3)] } },
  {
    name: "nested lists: failing WABAs around a good one, each with a page of numbers",
    query: `query N($ids: [ID!]!) { wabas(ids: $ids) { id phoneNumbers(first: 3) { edges { node { id certificate { value } healthStatus { entities { entityType errors { errorCode } } } } } } } }`,
    variables: { ids: ["x", benchWabaId(0), "999999999999", benchWabaId(1), "y"] },
  },
  {
    name: "a non-null field failing inside list items (null climbs to the nearest nullable place)",
    query: `query B($ids: [ID!]!, $waba: ID!) { phoneNumbers(ids: $ids) { id isPinEnabled } waba(id: $waba) { id phoneNumbers(first: 12) { edges { node { id isPinEnabled } } } } }`,
    variables: { ids: [benchPhoneId(2, 0), BROKEN_PHONE, "x", benchPhoneId(2, 3)], waba: benchWabaId(2) },
  },
  { name: "introspection", query: `{ __type(name: "PhoneNumber") { name fields { name type { kind name ofType { name } } } } __typename }` },
];

const post = async (gw: TestGateway, body: unknown) => {
  const r = await gw.yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  // The simulator's trace ids are random per answer, as Meta's.
  const text = (await r.text()).replace(/"fbtraceId":"[^"]*"/g, '"fbtraceId":"…"');
  return { status: r.status, body: JSON.parse(text) as { data?: unknown; errors?: { message: string }[] } };
};

const compiledCount = async (gw: TestGateway, outcome: string) => {
  const text = await (await gw.yoga.fetch("http://yoga/metrics")).text();
  return Number(new RegExp(`^graphql_queries_compiled_total\\{outcome="${outcome}"\\} (\\d+)`, "m").exec(text)?.[1] ?? 0);
};

describe("compiled execution of hot queries", () => {
  it.each(CASES)("answers exactly as graphql-js: $name", async ({ query, variables }) => {
    const interpreted = gatewayFor(ctx.sim, { compileAfter: 0 });
    const compiled = gatewayFor(ctx.sim, { compileAfter: 1 });
    try {
      const body = { query, variables };
      const expected = await post(interpreted, body);
      // Every case runs: a document that fails validation would compare nothing.
      expect(JSON.stringify(expected.body)).not.toContain("GRAPHQL_VALIDATION_FAILED");
      // Twice: the first run compiles, the second runs what was compiled.
      for (let run = 0; run < 2; run++) expect(await post(compiled, body)).toEqual(expected);
      expect(await compiledCount(interpreted, "compiled")).toBe(0);
    } finally {
      await Promise.all([interpreted.yoga.dispose(), compiled.yoga.dispose()]);
    }
  });

  it("compiles a query on its third run by default, once per document and operation, and never a mutation", async () => {
    const gw = gatewayFor(ctx.sim);
    try {
      // Two operations in one document: each is compiled on its own, and each run answers its own operation.
      const query = `query Name($id: ID!) { phoneNumber(id: $id) { verifiedName } } query Digits($id: ID!) { phoneNumber(id: $id) { displayPhoneNumber } }`;
      const run = (operationName: string) => post(gw, { query, operationName, variables: { id: DEMO_PHONE_ID } });
      for (let i = 1; i <= 2; i++) await run("Name");
      expect(await compiledCount(gw, "compiled")).toBe(0);
      expect((await run("Name")).body.data).toEqual({ phoneNumber: { verifiedName: expect.any(String) } });
      expect(await compiledCount(gw, "compiled")).toBe(1);
      for (let i = 1; i <= 3; i++) expect((await run("Digits")).body.data).toEqual({ phoneNumber: { displayPhoneNumber: expect.any(String) } });
      expect((await run("Name")).body.data).toEqual({ phoneNumber: { verifiedName: expect.any(String) } });
      expect(await compiledCount(gw, "compiled")).toBe(2);

      const mutation = `mutation { requestVerificationCode(input: { phoneNumberId: "${DEMO_PHONE_ID}", codeMethod: SMS, language: "en_US" }) { __typename } }`;
      for (let i = 0; i < 4; i++) await post(gw, { query: mutation });
      expect(await compiledCount(gw, "compiled")).toBe(2);
    } finally {
      await gw.yoga.dispose();
    }
  });

  it("masks an error the compiled code raises itself, as graphql-js's are masked: Meta's value never shows", async () => {
    const gw = gatewayFor(ctx.sim, { compileAfter: 1, cacheTtlSeconds: 0 });
    const phone = ctx.sim.state.phones.get(DEMO_PHONE_ID);
    if (!phone) throw new Error("demo number missing");
    const before = phone.is_pin_enabled;
    phone.is_pin_enabled = "yes";
    try {
      for (let run = 0; run < 2; run++) {
        const r = await post(gw, { query: `query Pin($id: ID!) { phoneNumber(id: $id) { id isPinEnabled } }`, variables: { id: DEMO_PHONE_ID } });
        expect(r.body.errors?.map((e) => e.message)).toEqual(["Unexpected error."]);
        expect(JSON.stringify(r.body)).not.toMatch(/cannot represent|"yes"|at .*\.[jt]s:\d+/);
      }
      expect(await compiledCount(gw, "compiled")).toBe(1);
      expect(gw.logs.text).not.toContain('"yes"');
    } finally {
      phone.is_pin_enabled = before;
      await gw.yoga.dispose();
    }
  });
});

describe("compiled execution is bounded against documents that are all hot and all different", () => {
  // The plugin alone on a small schema, with a clock the test moves: what it compiles is what it reports.
  const schema = createSchema({ typeDefs: `type Query { n(i: Int): N } type N { ${Array.from({ length: 10 }, (_, i) => `f${i}: Int`).join(" ")} n(i: Int): N }`, resolvers: { Query: { n: () => ({}) }, N: { n: () => ({}) } } });
  function harness(clock: () => number) {
    const compiled: string[] = [];
    const yoga = createYoga({ schema, logging: false, plugins: [compiledExecution({ hotAfter: 1, now: clock, onCompile: ({ operationName }) => compiled.push(operationName ?? "") })] });
    const run = async (name: string, selection: string) => {
      const r = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `query ${name} { ${selection} }` }) });
      const body = (await r.json()) as { errors?: unknown[] };
      expect(body.errors).toBeUndefined();
    };
    return { compiled, run };
  }
  // `count` fields: `count / 11` aliases of n { f0 … f9 }.
  const fields = (count: number, tag: string) => Array.from({ length: count / 11 }, (_, i) => `${tag}${i}: n { f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 }`).join(" ");

  it(`never compiles an operation of more than ${COMPILE_LIMITS.maxFields} fields, fragments expanded`, async () => {
    const { compiled, run } = harness(() => 0);
    await run("Small", fields(11, "a"));
    await run("Large", fields(Math.ceil((COMPILE_LIMITS.maxFields + 1) / 11) * 11, "a"));
    // A fragment spread in many places counts each time.
    await run("Spread", `${Array.from({ length: 30 }, (_, i) => `a${i}: n { ...F }`).join(" ")} } fragment F on N { f0 f1 f2 f3 f4 f5 f6 f7 f8 f9`);
    expect(compiled).toEqual(["Small"]);
  });

  it(`spends at most ${COMPILE_LIMITS.msPerSecond} ms a second compiling, on average`, async () => {
    // Every reading of the clock moves it 60 ms on: each compilation costs 60 ms of the budget.
    let t = 0;
    const { compiled, run } = harness(() => (t += 60));
    for (let i = 0; i < 10; i++) await run(`Q${i}`, fields(11, `q${i}_`));
    const first = compiled.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(10);
    // Ten seconds later the budget is back, up to its burst.
    t += 10_000;
    for (let i = 10; i < 20; i++) await run(`Q${i}`, fields(11, `q${i}_`));
    expect(compiled.length - first).toBe(first);
  });

  it(`keeps at most ${COMPILE_LIMITS.maxFieldsKept} fields' worth of compiled code, dropping the least recently run`, async () => {
    const { compiled, run } = harness(() => 0);
    const size = 275; // 25 aliases × 11 fields
    const kept = Math.floor(COMPILE_LIMITS.maxFieldsKept / size);
    for (let i = 0; i <= kept; i++) await run(`Q${i}`, fields(size, `q${i}_`));
    expect(compiled).toHaveLength(kept + 1);
    // The first was dropped for the last: it compiles again. The second is still kept: it does not.
    await run("Q1", fields(size, "q1_"));
    await run("Q0", fields(size, "q0_"));
    expect(compiled).toHaveLength(kept + 2);
    expect(compiled.at(-1)).toBe("Q0");
  });
});
