import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../src/auth/clients-file.js";
import { PersistedDocuments, PersistedDocumentsError } from "../src/plugins/persisted-documents.js";
import { DEMO_PHONE_ID, DEMO_WABA_ID } from "../src/simulator/seed.js";
import { gatewayFor } from "./helpers/gateway.js";
import { useSimulator } from "./helpers/simulator.js";

const ctx = useSimulator();
const SECRET = "a-test-secret-that-is-at-least-32-bytes-long";
const FRONTEND_KEY = "wgk_partner-frontend-build-42";
const SERVICE_KEY = "wgk_internal-service";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const clients: ApiClient[] = [
  {
    keyHash: createHash("sha256").update(FRONTEND_KEY).digest(),
    caller: { name: "frontend", kind: "api-key", wabaIds: new Set([DEMO_WABA_ID]), scopes: new Set(["read"]), persistedOnly: true },
  },
  { keyHash: createHash("sha256").update(SERVICE_KEY).digest(), caller: { name: "service", kind: "api-key", wabaIds: "all", scopes: new Set(["read"]) } },
];

const READ = `query FrontendNumber($id: ID!) { phoneNumber(id: $id) { id displayPhoneNumber nameStatus } }`;
const OTHER = `query FrontendWaba { waba(id: "${DEMO_WABA_ID}") { name } }`;

function manifestFile(documents: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "waba-manifest-")), "persisted-documents.json");
  writeFileSync(path, JSON.stringify(Object.fromEntries(documents.map((d) => [`sha256:${sha(d)}`, d]))));
  return path;
}

async function post(yoga: ReturnType<typeof gatewayFor>["yoga"], body: unknown, headers: Record<string, string>) {
  const r = await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const json = (await r.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: r.status, ...json, codes: (json.errors ?? []).map((e) => e.extensions?.code) };
}

const setup = (path: string, jwtPersistedOnly = false) =>
  gatewayFor(ctx.sim, {
    auth: { open: false, apiClients: clients, jwt: { secret: SECRET, persistedOnly: jwtPersistedOnly } },
    persistedDocuments: new PersistedDocuments([path]),
  });

describe("persisted operations (trusted documents)", () => {
  it("serves a persisted-only caller the manifest's operations by hash, in both wire forms", async () => {
    const { yoga } = setup(manifestFile([READ]));
    const headers = { "x-api-key": FRONTEND_KEY };
    const byDocumentId = await post(yoga, { documentId: `sha256:${sha(READ)}`, variables: { id: DEMO_PHONE_ID } }, headers);
    expect(byDocumentId.data).toEqual({ phoneNumber: { id: DEMO_PHONE_ID, displayPhoneNumber: "+1 631-555-1111", nameStatus: "APPROVED" } });
    const byApq = await post(yoga, { variables: { id: DEMO_PHONE_ID }, extensions: { persistedQuery: { version: 1, sha256Hash: sha(READ) } } }, headers);
    expect(byApq.data).toEqual(byDocumentId.data);
    await yoga.dispose();
  });

  it("refuses a persisted-only caller's own document with PERSISTED_QUERY_ONLY, sending nothing upstream, and an unknown hash with PERSISTED_QUERY_NOT_FOUND", async () => {
    const { yoga } = setup(manifestFile([READ]));
    const headers = { "x-api-key": FRONTEND_KEY };
    const raw = await post(yoga, { query: READ, variables: { id: DEMO_PHONE_ID } }, headers);
    expect(raw.status).toBe(403);
    expect(raw.codes).toEqual(["PERSISTED_QUERY_ONLY"]);
    const unknown = await post(yoga, { documentId: `sha256:${sha(OTHER)}` }, headers);
    expect(unknown.codes).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(unknown.errors?.[0]?.message).toContain("GATEWAY_PERSISTED_DOCUMENTS");
    const neither = await post(yoga, { variables: {} }, headers);
    expect(neither.codes).toEqual(["BAD_REQUEST"]);
    expect(ctx.sim.log.count).toBe(0);
    await yoga.dispose();
  });

  it("lets other callers send any document, and refuses an unauthenticated hash with 401 first", async () => {
    const { yoga } = setup(manifestFile([READ]));
    const service = await post(yoga, { query: OTHER }, { "x-api-key": SERVICE_KEY });
    expect(service.data).toEqual({ waba: { name: "Lucky Shrub" } });
    const anonymous = await post(yoga, { documentId: `sha256:${sha(READ)}`, variables: { id: DEMO_PHONE_ID } }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(["UNAUTHENTICATED"]);
    await yoga.dispose();
  });

  it("holds JWT callers to the manifest with GATEWAY_JWT_PERSISTED_ONLY, or one JWT with its persisted_only claim", async () => {
    const jwt = (claims: Record<string, unknown>) =>
      new SignJWT({ waba_ids: [DEMO_WABA_ID], scope: "read", sub: "frontend", ...claims }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));
    const path = manifestFile([READ]);
    const all = setup(path, true);
    const refused = await post(all.yoga, { query: OTHER }, { authorization: `Bearer ${await jwt({})}` });
    expect(refused.codes).toEqual(["PERSISTED_QUERY_ONLY"]);
    const one = setup(path);
    expect((await post(one.yoga, { query: OTHER }, { authorization: `Bearer ${await jwt({})}` })).data).toEqual({ waba: { name: "Lucky Shrub" } });
    expect((await post(one.yoga, { query: OTHER }, { authorization: `Bearer ${await jwt({ persisted_only: true })}` })).codes).toEqual(["PERSISTED_QUERY_ONLY"]);
    await Promise.all([all.yoga.dispose(), one.yoga.dispose()]);
  });

  it("picks up a new manifest without a restart, and keeps the last good one when the file turns bad", async () => {
    const path = manifestFile([READ]);
    let now = 0;
    const warnings: string[] = [];
    const documents = new PersistedDocuments([path], (_p, message) => warnings.push(message), () => now);
    expect(documents.get(sha(OTHER))).toBeUndefined();
    writeFileSync(path, JSON.stringify({ [`sha256:${sha(OTHER)}`]: OTHER }));
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    now += 1_500;
    expect(documents.get(sha(OTHER))).toBeDefined();
    expect(documents.get(sha(READ))).toBeUndefined();
    writeFileSync(path, "{ half a deploy");
    utimesSync(path, new Date(), new Date(Date.now() + 10_000));
    now += 1_500;
    expect(documents.get(sha(OTHER))).toBeDefined();
    expect(warnings).toHaveLength(1);
  });

  it("refuses to start on a manifest that is not one (bad JSON, bad hash, a document that does not parse)", () => {
    const dir = mkdtempSync(join(tmpdir(), "waba-manifest-"));
    const cases: [string, string][] = [
      ["bad-json.json", "{"],
      ["bad-hash.json", JSON.stringify({ abc: READ })],
      ["bad-doc.json", JSON.stringify({ [sha("x")]: "query {" })],
    ];
    for (const [name, content] of cases) {
      writeFileSync(join(dir, name), content);
      expect(() => new PersistedDocuments([join(dir, name)])).toThrow(PersistedDocumentsError);
    }
  });

  it("accepts the client package's manifest as codegen writes it", () => {
    const manifest = new URL("../client/gql/persisted-documents.json", import.meta.url);
    const documents = new PersistedDocuments([manifest.pathname]);
    const entries = Object.keys(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>);
    expect(documents.size).toBe(entries.length);
    for (const hash of entries) expect(documents.get(hash)).toBeDefined();
  });
});
