import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("refuses to start without a token unless demo mode is asked for, and never serves demo data in production (issue 22, finding 8)", () => {
    expect(() => loadConfig({})).toThrow(/GRAPH_API_ACCESS_TOKEN is not set[\s\S]*GATEWAY_DEMO=true/);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/GRAPH_API_ACCESS_TOKEN is not set/);
    expect(() => loadConfig({ NODE_ENV: "production", GATEWAY_DEMO: "true" })).toThrow(/production never serves demo data/);
    expect(() => loadConfig({ GATEWAY_DEMO: "true", GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none" })).toThrow(/unset one/);
  });

  it("turns on Embedded Signup with META_APP_ID, its secret and a 32-byte key, and names what is missing or wrong (issue 24)", () => {
    const base = { GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none" };
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(loadConfig(base).signup).toBeUndefined();
    expect(() => loadConfig({ ...base, META_APP_ID: "123" })).toThrow(/META_APP_SECRET[\s\S]*GATEWAY_TOKEN_KEY/);
    expect(() => loadConfig({ ...base, META_APP_ID: "123", META_APP_SECRET: "s".repeat(32), GATEWAY_TOKEN_KEY: "c2hvcnQ=" })).toThrow(/GATEWAY_TOKEN_KEY: must be 32 bytes/);
    expect(() => loadConfig({ ...base, GATEWAY_TOKEN_KEY: key })).toThrow(/set META_APP_ID/);
    const c = loadConfig({ ...base, META_APP_ID: "123", META_APP_SECRET: "s".repeat(32), GATEWAY_TOKEN_KEY: key, GATEWAY_TOKEN_KEYS_PREVIOUS: `${Buffer.alloc(32, 1).toString("base64")}` });
    expect(c.signup).toMatchObject({ app: { id: "123" }, storePath: "./data/waba-gateway.sqlite" });
    expect(c.signup?.tokenKey.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(c.signup?.previousKeys).toHaveLength(1);
    // The app secret alone (no webhooks, no Embedded Signup) is a mistake, said so.
    expect(() => loadConfig({ ...base, META_APP_SECRET: "s".repeat(32) })).toThrow(/META_APP_SECRET: set WEBHOOK_VERIFY_TOKEN too/);
  });

  it("says what a port must be when PORT or ADMIN_PORT is not one (issue 26)", () => {
    const base = { GATEWAY_DEMO: "true" };
    expect(() => loadConfig({ ...base, PORT: "abc" })).toThrow(/PORT: must be a port number \(0–65535; 0 picks a free one\)/);
    expect(() => loadConfig({ ...base, ADMIN_PORT: "99999" })).toThrow(/ADMIN_PORT: must be a port number/);
    expect(loadConfig({ ...base, PORT: "8080" }).port).toBe(8080);
  });

  it("reads the usual proxy variables, upper or lower case (issue 26, item 5)", () => {
    const base = { GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none" };
    expect(loadConfig(base).proxy).toBeUndefined();
    expect(loadConfig({ ...base, https_proxy: "http://proxy.internal:3128", NO_PROXY: "localhost,.internal" }).proxy).toEqual({
      httpsProxy: "http://proxy.internal:3128",
      httpProxy: undefined,
      noProxy: "localhost,.internal",
    });
    expect(() => loadConfig({ ...base, HTTPS_PROXY: "not a url" })).toThrow(/HTTPS_PROXY/);
  });

  it("defaults to Meta's Graph API v26.0, port 4000, and demo mode when asked for (GATEWAY_DEMO=true)", () => {
    const c = loadConfig({ GATEWAY_DEMO: "true" });
    expect(c).toMatchObject({
      port: 4000,
      host: "0.0.0.0",
      demoMode: true,
      batching: true,
      graphiql: true,
      graphApi: { baseUrl: "https://graph.facebook.com", version: "v26.0", timeoutMs: 10_000 },
    });
  });

  it("takes a token, base URL, version and port from the environment", () => {
    const c = loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none", GRAPH_API_BASE_URL: "http://127.0.0.1:9999", GRAPH_API_VERSION: "v25.0", PORT: "8080", HOST: "127.0.0.1" });
    expect(c).toMatchObject({ demoMode: false, port: 8080, host: "127.0.0.1", graphApi: { accessToken: "EAAtoken", baseUrl: "http://127.0.0.1:9999", version: "v25.0" } });
  });

  it("hides GraphiQL in production unless GRAPHIQL=true", () => {
    expect(loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none", NODE_ENV: "production" }).graphiql).toBe(false);
    expect(loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none", NODE_ENV: "production", GRAPHIQL: "true" }).graphiql).toBe(true);
    expect(loadConfig({ GATEWAY_DEMO: "true", GRAPHIQL: "false" }).graphiql).toBe(false);
  });

  it("refuses to start with a real token and no caller authentication, naming what to set", () => {
    expect(() => loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken" })).toThrow(/GATEWAY_CLIENTS_FILE[\s\S]*GATEWAY_JWT_SECRET[\s\S]*GATEWAY_AUTH=none/);
    expect(loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_AUTH: "none" }).auth.enforced).toBe(false);
    expect(loadConfig({ GRAPH_API_ACCESS_TOKEN: "EAAtoken", GATEWAY_CLIENTS_FILE: "/etc/clients.json" }).auth).toMatchObject({ enforced: true, clientsFile: "/etc/clients.json" });
    expect(loadConfig({ GATEWAY_DEMO: "true" }).auth.enforced).toBe(false);
  });

  it("refuses an HS256 secret shorter than 32 bytes, and both a secret and a JWKS URL", () => {
    expect(() => loadConfig({ GATEWAY_DEMO: "true", GATEWAY_JWT_SECRET: "short-secret" })).toThrow(/GATEWAY_JWT_SECRET: must be at least 32 bytes/);
    expect(() => loadConfig({ GATEWAY_DEMO: "true", GATEWAY_JWT_SECRET: "x".repeat(32), GATEWAY_JWKS_URL: "https://login.example/jwks" })).toThrow(/not both/);
    expect(loadConfig({ GATEWAY_DEMO: "true", GATEWAY_JWT_SECRET: "x".repeat(32) }).auth.jwt?.secret).toHaveLength(32);
  });

  it("compiles a query after 3 runs unless GATEWAY_COMPILE_AFTER says otherwise (0: never)", () => {
    expect(loadConfig({ GATEWAY_DEMO: "true" }).compileAfter).toBe(3);
    expect(loadConfig({ GATEWAY_DEMO: "true", GATEWAY_COMPILE_AFTER: "0" }).compileAfter).toBe(0);
    expect(() => loadConfig({ GATEWAY_DEMO: "true", GATEWAY_COMPILE_AFTER: "-1" })).toThrow(/GATEWAY_COMPILE_AFTER/);
    expect(() => loadConfig({ GATEWAY_DEMO: "true", GATEWAY_COMPILE_AFTER: "often" })).toThrow(/GATEWAY_COMPILE_AFTER/);
  });

  it("fails listing every bad variable, without echoing values", () => {
    let error: unknown;
    try {
      loadConfig({ GATEWAY_DEMO: "true", PORT: "http", GRAPH_API_VERSION: "23", GRAPH_API_BASE_URL: "ftp://secret-host", GRAPH_API_TIMEOUT_MS: "-1", GATEWAY_BATCHING: "maybe" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ["PORT", "GRAPH_API_VERSION", "GRAPH_API_BASE_URL", "GRAPH_API_TIMEOUT_MS", "GATEWAY_BATCHING"]) expect(message).toContain(name);
    expect(message).not.toContain("secret-host");
  });
});
