import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import type { AuthConfig } from "./auth/authenticate.js";
import { ClientsFileError, loadClientsFile } from "./auth/clients-file.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { loadTokensFile, TokensFileError } from "./graph-api/tokens-file.js";
import { isUnknownVersion, retirementOf } from "./graph-api/versions.js";
import { createGateway } from "./gateway.js";
import { Drain } from "./shutdown.js";
import { adminListener, publicListener } from "./admin-listener.js";
import { createLogger } from "./observability/logger.js";
import { PersistedDocuments, PersistedDocumentsError } from "./plugins/persisted-documents.js";
import { DEMO_BUSINESS_ID, DEMO_SYSTEM_USER_ID, DEMO_WABA_ID } from "./simulator/seed.js";
import { createSimulator, type Simulator } from "./simulator/server.js";

/** The typed client's manifest (npm run codegen), served in demo mode. */
const DEMO_MANIFEST = new URL("../client/gql/persisted-documents.json", import.meta.url);

/** The only file that listens: config → (demo simulator) → gateway → node:http; SIGTERM drains. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  // Before anything makes a span: the SDK must be the registered provider from the start.
  // Loaded only when tracing is on: the SDK and its exporter are about 8 MiB a gateway without traces never needs.
  const tracing = config.tracing ? (await import("./observability/tracing-sdk.js")).startTracing(config.tracing) : undefined;
  if (config.tracing) logger.info({ collector: new URL(config.tracing.url).origin, service: config.tracing.serviceName }, "OpenTelemetry tracing on (OTLP/HTTP)");
  let auth: AuthConfig;
  let tokensByWaba: Map<string, string> | undefined;
  let persistedDocuments: PersistedDocuments | undefined;
  try {
    auth = {
      open: !config.auth.enforced,
      apiClients: config.auth.clientsFile ? loadClientsFile(config.auth.clientsFile) : [],
      jwt: config.auth.jwt,
    };
    tokensByWaba = config.tokensFile ? loadTokensFile(config.tokensFile) : undefined;
    // Demo mode serves the client package's manifest too, so that its example runs by persisted hash.
    const manifests = config.persistedDocuments.length > 0 ? config.persistedDocuments : config.demoMode && existsSync(DEMO_MANIFEST) ? [fileURLToPath(DEMO_MANIFEST)] : [];
    persistedDocuments =
      manifests.length > 0
        ? new PersistedDocuments(manifests, (path, message) => logger.warn({ path, message }, "persisted documents: kept the last good manifest"))
        : undefined;
    if (!persistedDocuments && auth.apiClients.some((c) => c.caller.persistedOnly)) {
      throw new ClientsFileError("GATEWAY_CLIENTS_FILE: some clients are persistedOnly, but GATEWAY_PERSISTED_DOCUMENTS names no manifest for them");
    }
  } catch (e) {
    if (e instanceof ClientsFileError || e instanceof TokensFileError || e instanceof PersistedDocumentsError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const retired = retirementOf(config.graphApi.version);
  if (retired) logger.warn({ version: config.graphApi.version }, `GRAPH_API_VERSION: ${retired}; set a current version (v26.0)`);
  if (isUnknownVersion(config.graphApi.version)) {
    logger.warn({ version: config.graphApi.version }, "GRAPH_API_VERSION: newer than the versions this gateway knows (up to v27.0); its field names were not checked against it");
  }
  if (auth.open && !config.demoMode) {
    logger.warn("GATEWAY_AUTH=none: callers are not authenticated; anyone who reaches the gateway can use the system-user token");
  }
  let simulator: Simulator | undefined;
  let graphApi = config.graphApi;
  let onPremises = config.onPremises;
  let webhooks = config.webhooks;
  let signup = config.signup;
  if (config.demoMode) {
    simulator = await createSimulator({ host: "127.0.0.1" });
    graphApi = { ...graphApi, baseUrl: simulator.url, accessToken: simulator.token };
    // The simulator also plays an On-Premises client, so those mutations can be tried too.
    onPremises ??= { baseUrl: simulator.url, username: simulator.onPremises.username, password: simulator.onPremises.password, timeoutMs: graphApi.timeoutMs };
    // …and Meta's webhooks: POST /__simulator/name-decision sends a signed one to this gateway.
    webhooks ??= { verifyToken: "demo-verify-token", appSecret: randomBytes(24).toString("hex") };
    // …and Embedded Signup: POST /__simulator/embedded-signup hands out a code and a finish message. The demo's
    // onboardings live as long as the simulator's data (in memory), sealed under a key made for this run.
    signup ??= { app: simulator.app, tokenKey: randomBytes(32), previousKeys: [], storePath: ":memory:", systemUserId: DEMO_SYSTEM_USER_ID };
    logger.warn({ simulator: simulator.url }, "demo mode: GRAPH_API_ACCESS_TOKEN is not set, so the built-in Graph API simulator answers instead of Meta");
  }
  const yoga = createGateway({
    graphApi,
    onPremises,
    batching: config.batching,
    graphiql: config.graphiql,
    introspection: config.introspection,
    operationTimeoutMs: config.operationTimeoutMs,
    limits: config.limits,
    auth,
    tokensByWaba,
    persistedDocuments,
    tracing: tracing !== undefined,
    redisUrl: config.redisUrl,
    webhooks,
    signup,
    cacheTtlSeconds: config.cacheTtlSeconds,
    readinessCheckSeconds: config.readinessCheckSeconds,
    // The demo's simulator is on loopback: never through a proxy meant for Meta.
    proxy: config.demoMode ? undefined : config.proxy,
    metricsWabaLabels: config.metricsWabaLabels,
    maxSubscriptionsPerCaller: config.maxSubscriptionsPerCaller,
    maxUpstreamPerCaller: config.maxUpstreamPerCaller,
    numberDirectoryTtlSeconds: config.numberDirectoryTtlSeconds,
    compileAfter: config.compileAfter,
    demoWabaId: config.demoMode ? DEMO_WABA_ID : undefined,
    examplePageSimulator: simulator?.url,
    // Demo mode: the simulator's business portfolio, unless one is named.
    businessId: config.businessId ?? (config.demoMode ? DEMO_BUSINESS_ID : undefined),
    logger,
  });
  const drain = new Drain();
  const server = createServer(publicListener(drain.handler(yoga)));
  // Health, readiness and metrics on a port of their own, for probes and Prometheus, not for callers.
  const admin = createServer(adminListener(drain.handler(yoga)));
  // A start-up failure is one line naming what to change, and exit 1 (no stack trace).
  server.on("error", (e: NodeJS.ErrnoException) => {
    const reason =
      e.code === "EADDRINUSE"
        ? `port ${config.port} on ${config.host} is already in use; stop what holds it or set PORT to another port`
        : e.code === "EACCES"
          ? `not allowed to listen on port ${config.port}; set PORT to a port above 1023`
          : `cannot listen on ${config.host}:${config.port} (${e.code ?? e.message})`;
    process.stderr.write(`waba-gateway: ${reason}\n`);
    void Promise.resolve(simulator?.close()).finally(() => process.exit(1));
  });
  admin.on("error", (e: NodeJS.ErrnoException) => {
    process.stderr.write(`waba-gateway: cannot listen on the admin port ${config.admin.host}:${config.admin.port} (${e.code ?? e.message}); set ADMIN_PORT to a free port\n`);
    void Promise.resolve(simulator?.close()).finally(() => process.exit(1));
  });
  admin.listen(config.admin.port, config.admin.host, () => {
    const address = admin.address();
    logger.info({ adminPort: typeof address === "object" && address ? address.port : config.admin.port, host: config.admin.host }, "admin listening (/health, /healthcheck, /readiness, /metrics)");
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    if (simulator && webhooks) simulator.webhookTarget = { url: `http://127.0.0.1:${port}/webhooks/meta`, appSecret: webhooks.appSecret };
    logger.info({ port, host: config.host, upstream: graphApi.baseUrl, version: graphApi.version }, "waba-gateway listening");
    if (config.graphiql) process.stdout.write(`\nGraphiQL: http://${shown}:${port}/graphql\n\n`);
    if (simulator) process.stdout.write(`Embedded Signup example page: http://${shown}:${port}/examples/embedded-signup/\n\n`);
    // The demo's webhook secrets are made up at start; shown so that a person can sign a webhook by hand.
    if (simulator && webhooks && !config.webhooks) {
      process.stdout.write(`Demo webhooks: WEBHOOK_VERIFY_TOKEN=${webhooks.verifyToken} META_APP_SECRET=${webhooks.appSecret}\n\n`);
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, "shutting down: no new connections, finishing in-flight operations");
    // Past the grace period, whatever is still open is cut.
    const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
    force.unref();
    void drain
      .drain(server)
      .then(() => {
        clearTimeout(force);
        // Open until now: readiness answered 503 (the drain) while operations finished.
        admin.close();
        admin.closeAllConnections();
        return yoga.dispose();
      })
      .then(() => simulator?.close())
      // The last spans go out before the process ends.
      .then(() => tracing?.shutdown())
      .then(() => {
        logger.info("stopped");
        logger.flush();
        process.exit(0);
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
