import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../src/error-reference.js";
import { DEMO_WABA_ID } from "../src/simulator/seed.js";
import { useGateway } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

// Every error the gateway answers carries an extensions.code from docs/errors.md (issue 26, item 6), whatever the
// mistake: the document, the request, the variables, the arguments, or an object Meta does not know.
const ctx = useSimulator();
const gw = useGateway(ctx, { compileAfter: 1 });

const post = async (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  gw.yoga.fetch("http://gateway/graphql", { method: "POST", headers, body });
const query = (q: string, extra: Record<string, unknown> = {}) => post(JSON.stringify({ query: q, ...extra }));

const CASES: [string, () => Promise<Response>, string][] = [
  ["a document that does not parse", () => query("{ waba(id: "), "GRAPHQL_PARSE_FAILED"],
  ["an unknown field", () => query("{ nope }"), "GRAPHQL_VALIDATION_FAILED"],
  ["a missing required variable", () => query("query Q($id: ID!) { phoneNumber(id: $id) { id } }"), "BAD_USER_INPUT"],
  ["a variable of the wrong type", () => query("query Q($first: Int) { waba(id: \"1\") { id phoneNumbers(first: $first) { edges { node { id } } } } }", { variables: { first: "many" } }), "BAD_USER_INPUT"],
  ["two operations and no operationName", () => query("query A { __typename } query B { __typename }"), "OPERATION_RESOLUTION_FAILURE"],
  ["an operationName that names none", () => query("query A { __typename }", { operationName: "B" }), "OPERATION_RESOLUTION_FAILURE"],
  ["no query at all", () => post("{}"), "BAD_REQUEST"],
  ["a query that is not a string", () => post(JSON.stringify({ query: 5 })), "BAD_REQUEST"],
  ["a body that is not JSON", () => post("{ not json"), "BAD_REQUEST"],
  ["a form POST (no CSRF header)", () => post("query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" }), "CSRF_PREVENTED"],
  ["a malformed id", () => query("{ phoneNumber(id: \"abc\") { id } }"), "BAD_USER_INPUT"],
  ["an id Meta does not know", () => query("{ phoneNumber(id: \"999999999\") { id } }"), "NOT_FOUND"],
  ["a page size over 100", () => query(`{ waba(id: "${DEMO_WABA_ID}") { id phoneNumbers(first: 500) { edges { node { id } } } } }`), "BAD_USER_INPUT"],
  ["a cursor the gateway cannot use", () => query(`{ waba(id: "${DEMO_WABA_ID}") { id phoneNumbers(first: 5, after: "garbage!") { edges { node { id } } } } }`), "BAD_USER_INPUT"],
  ["too many aliases", () => query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: phoneNumber(id: \"1\") { id }`).join(" ")} }`), "QUERY_TOO_COMPLEX"],
  ["a hash with no manifests configured", () => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })), "BAD_REQUEST"],
];

describe("every error carries a documented extensions.code", () => {
  for (const [name, send, code] of CASES) {
    it(`${name}: ${code}`, async () => {
      const res = await send();
      const text = await res.text();
      const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.errors?.length, text).toBeGreaterThan(0);
      for (const e of body.errors ?? []) {
        expect(e.extensions?.code, text).toBeDefined();
        expect(ERROR_CODES, text).toHaveProperty(e.extensions?.code as string);
        expect(e.message).not.toMatch(/\n\s+at /);
      }
      expect(body.errors?.map((e) => e.extensions?.code)).toContain(code);
    });
  }
});

describe("the log says whose mistake an error is", () => {
  const lines = () => gw.logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string; blame?: string; errorCodes?: string[] });
  const NUMBERS = `{ waba(id: "${DEMO_WABA_ID}") { id phoneNumbers(first: 5) { edges { node { id } } } } }`;

  it("a cursor Meta refused is the caller's: no warning, blame caller", async () => {
    await query(`{ waba(id: "${DEMO_WABA_ID}") { id phoneNumbers(first: 5, after: "QVFIUmV4cGlyZWQ") { edges { node { id } } } } }`);
    expect(lines().filter((l) => l.level >= 40)).toEqual([]);
    expect(lines().find((l) => l.msg === "operation")).toMatchObject({ level: 30, blame: "caller", errorCodes: ["BAD_USER_INPUT"] });
  });

  it("Meta refusing a read the gateway built is the gateway's: a warning, blame gateway", async () => {
    ctx.sim.faults.add("*", { kind: "graph-error", error: { code: 100, message: "(#100) Tried accessing nonexisting field" } });
    const res = await query(NUMBERS);
    expect(JSON.stringify(await res.json())).toContain("UPSTREAM_ERROR");
    expect(lines().find((l) => l.msg === "operation")).toMatchObject({ level: 40, blame: "gateway", errorCodes: ["UPSTREAM_ERROR"] });
  });

  it("Meta failing is upstream's: the call's warning names the cause, the operation says blame upstream", async () => {
    ctx.sim.faults.add("*", { kind: "reset" }, 10);
    await query(NUMBERS);
    expect(lines().filter((l) => l.level === 40 && l.msg === "upstream call failed").length).toBeGreaterThan(0);
    expect(lines().find((l) => l.msg === "operation")).toMatchObject({ level: 30, blame: "upstream", errorCodes: ["UPSTREAM_UNAVAILABLE"] });
  });
});
