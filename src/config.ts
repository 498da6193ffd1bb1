import { z } from "zod";
import type { JwtConfig } from "./auth/authenticate.js";
import type { GraphApiClientOptions, ProxyConfig } from "./graph-api/client.js";
import type { OnPremisesConfig } from "./on-premises/client.js";
import type { TracingConfig } from "./observability/tracing-sdk.js";
import type { OnboardingSettings } from "./onboarding/onboardings.js";
import { parseKey } from "./onboarding/token-cipher.js";

/** What one operation may render, in fields (GATEWAY_MAX_COST): about 1.5 MB of JSON; a dashboard of 20 WABAs × 10 numbers is ~2,000. */
export const DEFAULT_MAX_COST = 50_000;

/** What one request may be and ask for, unless configured otherwise (GATEWAY_MAX_*). */
export const DEFAULT_LIMITS = { maxAliases: 30, maxDepth: 12, maxTokens: 2000, maxBodyBytes: 1024 * 1024, maxCost: DEFAULT_MAX_COST } as const;

/** The overall bound on one GraphQL operation, retries included (GATEWAY_OPERATION_TIMEOUT_MS). */
export const DEFAULT_OPERATION_TIMEOUT_MS = 20_000;

/** Everything the gateway reads from the environment; this is the only reader of process.env. */
export interface Config {
  port: number;
  host: string;
  /** The admin listener (health, readiness, metrics): its own port, off the public one. */
  admin: { port: number; host: string };
  /** How often the gateway's token is checked with Meta for /readiness (0: never). */
  readinessCheckSeconds: number;
  /** The outbound proxy for every upstream (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); undefined: direct. */
  proxy: ProxyConfig | undefined;
  /** No token: demo mode, the built-in simulator stands in for Meta. */
  demoMode: boolean;
  graphApi: GraphApiConfig;
  /** GRAPH_API_BUSINESS_ID: the BSP's business portfolio (its WABAs, its pre-verified numbers). */
  businessId: string | undefined;
  batching: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** Overall bound on one GraphQL operation, retries included. */
  operationTimeoutMs: number;
  limits: { maxAliases: number; maxDepth: number; maxTokens: number; maxBodyBytes: number; maxCost: number };
  /** How long SIGTERM waits for in-flight operations. */
  shutdownGraceMs: number;
  redisUrl: string | undefined;
  /** GRAPH_API_TOKENS_FILE: per-WABA system-user tokens. */
  tokensFile: string | undefined;
  webhooks: { verifyToken: string; appSecret: string } | undefined;
  cacheTtlSeconds: number;
  auth: {
    /** Callers must authenticate (a clients file or JWTs are configured). */
    enforced: boolean;
    clientsFile: string | undefined;
    jwt: JwtConfig | undefined;
  };
  /** The On-Premises client, when all three ONPREM_* variables are set. */
  onPremises: OnPremisesConfig | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** METRICS_WABA_LABELS: name WABA ids in /metrics labels. */
  metricsWabaLabels: boolean;
  maxSubscriptionsPerCaller: number;
  maxUpstreamPerCaller: number;
  /** GATEWAY_COMPILE_AFTER: runs of a query document before it runs compiled (0: never). */
  compileAfter: number;
  numberDirectoryTtlSeconds: number;
  /** GATEWAY_PERSISTED_DOCUMENTS: manifests of trusted documents (hash → document), comma-separated. */
  persistedDocuments: string[];
  /** OpenTelemetry traces over OTLP/HTTP, from the standard OTEL_* variables; undefined: off. */
  tracing: TracingConfig | undefined;
  /** Finishing Embedded Signup (META_APP_ID and friends); undefined: off. */
  signup: SignupSettings | undefined;
}

/** What finishing Embedded Signup needs: the app that exchanges codes, the key that seals tokens, the store. */
export type SignupSettings = OnboardingSettings;

/** What configuration says of the Graph API client (the rest of its options are the gateway's own). */
export type GraphApiConfig = Pick<GraphApiClientOptions, "baseUrl" | "version" | "accessToken" | "timeoutMs">;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const urlWith = (protocols: RegExp, message: string) => z.string().refine((v) => URL.canParse(v) && protocols.test(new URL(v).protocol), message);
const httpUrl = () => urlWith(/^https?:$/, "must be an http(s) URL");
/** A port, said in words when it is not one (zod's own "expected number, received NaN" names no fix). */
const portNumber = () => z.coerce.number({ message: "must be a port number (0–65535; 0 picks a free one)" }).int().min(0).max(65535);

/** The environment the gateway reads, validated; `docs/configuration.md` is generated from it (config-reference.ts). */
export const envSchema = z.object({
  PORT: portNumber().default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  ADMIN_PORT: portNumber().default(9464),
  ADMIN_HOST: z.string().min(1).default("0.0.0.0"),
  GATEWAY_READINESS_CHECK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  // The usual proxy variables, upper or lower case (curl's convention).
  HTTPS_PROXY: httpUrl().optional(),
  https_proxy: httpUrl().optional(),
  HTTP_PROXY: httpUrl().optional(),
  http_proxy: httpUrl().optional(),
  NO_PROXY: z.string().optional(),
  no_proxy: z.string().optional(),
  GRAPH_API_ACCESS_TOKEN: z.string().min(1).optional(),
  GRAPH_API_BASE_URL: httpUrl().default("https://graph.facebook.com"),
  GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "must look like v26.0").default("v26.0"),
  GRAPH_API_BUSINESS_ID: z.string().regex(/^\d{1,25}$/, "must be the numeric Graph API ID of the business portfolio").optional(),
  GRAPH_API_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
  GATEWAY_BATCHING: flag.default(true),
  GRAPHIQL: flag.optional(),
  INTROSPECTION: flag.optional(),
  GATEWAY_OPERATION_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(DEFAULT_OPERATION_TIMEOUT_MS),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMITS.maxAliases),
  GATEWAY_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(DEFAULT_LIMITS.maxCost),
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
  GATEWAY_MAX_TOKENS: z.coerce.number().int().min(50).max(100_000).default(DEFAULT_LIMITS.maxTokens),
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(DEFAULT_LIMITS.maxBodyBytes),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GRAPH_API_TOKENS_FILE: z.string().min(1).optional(),
  REDIS_URL: urlWith(/^rediss?:$/, "must be a redis:// or rediss:// URL").optional(),
  WEBHOOK_VERIFY_TOKEN: z.string().min(8).optional(),
  META_APP_SECRET: z.string().min(16).optional(),
  META_APP_ID: z.string().regex(/^\d{1,25}$/, "must be the app's numeric id").optional(),
  GATEWAY_TOKEN_KEY: z.string().optional(),
  GATEWAY_TOKEN_KEYS_PREVIOUS: z.string().optional(),
  GATEWAY_STORE_PATH: z.string().min(1).default("./data/waba-gateway.sqlite"),
  GRAPH_API_SYSTEM_USER_ID: z.string().regex(/^\d{1,25}$/, "must be the system user's numeric id").optional(),
  GRAPH_API_CREDIT_LINE_ID: z.string().regex(/^\d{1,25}$/, "must be the credit line's numeric id").optional(),
  CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  GATEWAY_AUTH: z.enum(["none"]).optional(),
  GATEWAY_DEMO: flag.default(false),
  GATEWAY_CLIENTS_FILE: z.string().min(1).optional(),
  GATEWAY_JWT_SECRET: z
    .string()
    .refine((v) => Buffer.byteLength(v) >= 32, "must be at least 32 bytes (HS256 keys shorter than the hash are weak)")
    .optional(),
  GATEWAY_JWKS_URL: httpUrl().optional(),
  GATEWAY_JWT_ISSUER: z.string().min(1).optional(),
  GATEWAY_JWT_AUDIENCE: z.string().min(1).optional(),
  ONPREM_BASE_URL: httpUrl().optional(),
  ONPREM_USERNAME: z.string().min(1).optional(),
  ONPREM_PASSWORD: z.string().min(1).optional(),
  METRICS_WABA_LABELS: flag.default(false),
  GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().min(1).max(10_000).default(20),
  GATEWAY_MAX_UPSTREAM_PER_CALLER: z.coerce.number().int().min(1).max(128).default(64),
  GATEWAY_COMPILE_AFTER: z.coerce.number().int().min(0).max(1_000_000).default(3),
  GATEWAY_NUMBER_DIRECTORY_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  GATEWAY_PERSISTED_DOCUMENTS: z.string().min(1).optional(),
  OTEL_SDK_DISABLED: flag.default(false),
  OTEL_TRACES_EXPORTER: z.enum(["otlp", "none"]).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl().optional(),
  OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: z.string().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("waba-gateway"),
  GATEWAY_JWT_PERSISTED_ONLY: flag.default(false),
  GATEWAY_JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(24 * 3600),
});

export type EnvVariable = keyof typeof envSchema.shape;

/** Every variable the gateway reads (each documented in config-reference.ts: the type checker and a test insist). */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as EnvVariable[];

const persistedDocuments = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** `k1=v1,k2=v2` (OTEL_EXPORTER_OTLP_HEADERS), values URL-decoded as the OpenTelemetry spec says. */
const otlpHeaders = (value: string | undefined): Record<string, string> =>
  Object.fromEntries(
    (value ?? "")
      .split(",")
      .map((pair) => pair.split("="))
      .filter((kv): kv is [string, string] => kv.length === 2 && kv[0] !== undefined && kv[0].trim() !== "")
      .map(([k, v]) => [k.trim(), decodeURIComponent(v.trim())]),
  );

/**
 * Traces are on when an OTLP endpoint is named or OTEL_TRACES_EXPORTER=otlp (then the spec's default,
 * http://localhost:4318), and off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none.
 */
function tracingOf(e: z.infer<typeof envSchema>): TracingConfig | undefined {
  const named = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? e.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (e.OTEL_SDK_DISABLED || e.OTEL_TRACES_EXPORTER === "none" || (named === undefined && e.OTEL_TRACES_EXPORTER !== "otlp")) return undefined;
  const url = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${(e.OTEL_EXPORTER_OTLP_ENDPOINT ?? "http://localhost:4318").replace(/\/$/, "")}/v1/traces`;
  return { url, headers: { ...otlpHeaders(e.OTEL_EXPORTER_OTLP_HEADERS), ...otlpHeaders(e.OTEL_EXPORTER_OTLP_TRACES_HEADERS) }, serviceName: e.OTEL_SERVICE_NAME };
}

const ONPREM_VARIABLES = ["ONPREM_BASE_URL", "ONPREM_USERNAME", "ONPREM_PASSWORD"] as const;

/** Validates the environment, failing with every bad variable named (never its value: it may be a secret). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable counts as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const onPremSet = ONPREM_VARIABLES.filter((name) => e[name] !== undefined);
  if (onPremSet.length > 0 && onPremSet.length < ONPREM_VARIABLES.length) {
    const missing = ONPREM_VARIABLES.filter((name) => e[name] === undefined);
    throw new ConfigError(`Invalid configuration:\n${missing.map((m) => `  ${m}: required when any ONPREM_* variable is set`).join("\n")}`);
  }
  // Demo data only when asked for: a token secret that failed to mount must stop the gateway, not put the
  // simulator's numbers in front of customers.
  if (e.GRAPH_API_ACCESS_TOKEN === undefined && !e.GATEWAY_DEMO) {
    throw new ConfigError(
      "Refusing to start: GRAPH_API_ACCESS_TOKEN is not set. Set it to the BSP's system-user token, or GATEWAY_DEMO=true for the built-in simulator's demo data (npm start does that outside production).",
    );
  }
  if (e.GATEWAY_DEMO && e.GRAPH_API_ACCESS_TOKEN !== undefined) {
    throw new ConfigError("Refusing to start: GATEWAY_DEMO=true and GRAPH_API_ACCESS_TOKEN are both set; demo mode answers from the simulator, not Meta: unset one.");
  }
  if (e.GATEWAY_DEMO && e.NODE_ENV === "production") {
    throw new ConfigError("Refusing to start: GATEWAY_DEMO=true with NODE_ENV=production; production never serves demo data.");
  }
  const demoMode = e.GATEWAY_DEMO;
  if (e.WEBHOOK_VERIFY_TOKEN !== undefined && e.META_APP_SECRET === undefined) {
    throw new ConfigError("Invalid configuration:\n  WEBHOOK_VERIFY_TOKEN / META_APP_SECRET: set both to receive Meta's webhooks, or neither");
  }
  if (e.META_APP_SECRET !== undefined && e.WEBHOOK_VERIFY_TOKEN === undefined && e.META_APP_ID === undefined) {
    throw new ConfigError("Invalid configuration:\n  META_APP_SECRET: set WEBHOOK_VERIFY_TOKEN too to receive Meta's webhooks, and/or META_APP_ID to finish Embedded Signup");
  }
  const signup = signupOf(e);
  const jwtConfigured = e.GATEWAY_JWT_SECRET !== undefined || e.GATEWAY_JWKS_URL !== undefined;
  if (e.GATEWAY_JWT_SECRET !== undefined && e.GATEWAY_JWKS_URL !== undefined) {
    throw new ConfigError("Invalid configuration:\n  GATEWAY_JWT_SECRET / GATEWAY_JWKS_URL: set one of them, not both");
  }
  const enforced = e.GATEWAY_CLIENTS_FILE !== undefined || jwtConfigured;
  if (e.GATEWAY_JWT_PERSISTED_ONLY && e.GATEWAY_PERSISTED_DOCUMENTS === undefined) {
    throw new ConfigError("Invalid configuration:\n  GATEWAY_JWT_PERSISTED_ONLY: needs GATEWAY_PERSISTED_DOCUMENTS (the manifests those callers may run)");
  }
  // Secure by default: with Meta's real token, an open gateway is a choice someone must make explicitly.
  if (!demoMode && !enforced && e.GATEWAY_AUTH !== "none") {
    throw new ConfigError(
      "Refusing to start: GRAPH_API_ACCESS_TOKEN is set but no caller authentication is configured.\n" +
        "  Set GATEWAY_CLIENTS_FILE (API keys) and/or GATEWAY_JWT_SECRET or GATEWAY_JWKS_URL (JWTs),\n" +
        "  or GATEWAY_AUTH=none to run without authentication (anyone who reaches the gateway can use the token).",
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    admin: { port: e.ADMIN_PORT, host: e.ADMIN_HOST },
    readinessCheckSeconds: e.GATEWAY_READINESS_CHECK_SECONDS,
    proxy: proxyOf(e),
    demoMode,
    graphApi: {
      baseUrl: e.GRAPH_API_BASE_URL,
      version: e.GRAPH_API_VERSION,
      accessToken: e.GRAPH_API_ACCESS_TOKEN ?? "",
      timeoutMs: e.GRAPH_API_TIMEOUT_MS,
    },
    businessId: e.GRAPH_API_BUSINESS_ID,
    batching: e.GATEWAY_BATCHING,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== "production",
    // GraphiQL needs introspection; otherwise production hides the schema unless asked.
    introspection: e.INTROSPECTION ?? (e.GRAPHIQL === true || e.NODE_ENV !== "production"),
    operationTimeoutMs: e.GATEWAY_OPERATION_TIMEOUT_MS,
    limits: { maxAliases: e.GATEWAY_MAX_ALIASES, maxDepth: e.GATEWAY_MAX_DEPTH, maxTokens: e.GATEWAY_MAX_TOKENS, maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES, maxCost: e.GATEWAY_MAX_COST },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    redisUrl: e.REDIS_URL,
    tokensFile: e.GRAPH_API_TOKENS_FILE,
    webhooks: e.WEBHOOK_VERIFY_TOKEN && e.META_APP_SECRET ? { verifyToken: e.WEBHOOK_VERIFY_TOKEN, appSecret: e.META_APP_SECRET } : undefined,
    cacheTtlSeconds: e.CACHE_TTL_SECONDS,
    auth: {
      enforced,
      clientsFile: e.GATEWAY_CLIENTS_FILE,
      jwt: jwtConfigured
        ? {
            secret: e.GATEWAY_JWT_SECRET,
            jwksUrl: e.GATEWAY_JWKS_URL,
            issuer: e.GATEWAY_JWT_ISSUER,
            audience: e.GATEWAY_JWT_AUDIENCE,
            maxLifetimeSeconds: e.GATEWAY_JWT_MAX_LIFETIME_SECONDS,
            persistedOnly: e.GATEWAY_JWT_PERSISTED_ONLY,
          }
        : undefined,
    },
    onPremises:
      e.ONPREM_BASE_URL && e.ONPREM_USERNAME && e.ONPREM_PASSWORD
        ? { baseUrl: e.ONPREM_BASE_URL, username: e.ONPREM_USERNAME, password: e.ONPREM_PASSWORD, timeoutMs: e.GRAPH_API_TIMEOUT_MS }
        : undefined,
    logLevel: e.LOG_LEVEL,
    metricsWabaLabels: e.METRICS_WABA_LABELS,
    maxSubscriptionsPerCaller: e.GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER,
    maxUpstreamPerCaller: e.GATEWAY_MAX_UPSTREAM_PER_CALLER,
    numberDirectoryTtlSeconds: e.GATEWAY_NUMBER_DIRECTORY_TTL_SECONDS,
    compileAfter: e.GATEWAY_COMPILE_AFTER,
    persistedDocuments: persistedDocuments(e.GATEWAY_PERSISTED_DOCUMENTS),
    tracing: tracingOf(e),
    signup,
  };
}

function proxyOf(e: z.infer<typeof envSchema>): ProxyConfig | undefined {
  const httpsProxy = e.HTTPS_PROXY ?? e.https_proxy;
  const httpProxy = e.HTTP_PROXY ?? e.http_proxy;
  if (!httpsProxy && !httpProxy) return undefined;
  return { httpsProxy, httpProxy, noProxy: e.NO_PROXY ?? e.no_proxy };
}

function keyOf(name: string, text: string): Buffer {
  try {
    return parseKey(text);
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  ${name}: ${(err as Error).message}`);
  }
}

function signupOf(e: z.infer<typeof envSchema>): SignupSettings | undefined {
  if (e.META_APP_ID === undefined) {
    if (e.GATEWAY_TOKEN_KEY !== undefined) throw new ConfigError("Invalid configuration:\n  GATEWAY_TOKEN_KEY: set META_APP_ID (and META_APP_SECRET) to finish Embedded Signup, or unset it");
    return undefined;
  }
  const missing = [
    ...(e.META_APP_SECRET === undefined ? ["META_APP_SECRET: the app's secret, to exchange Embedded Signup's codes"] : []),
    ...(e.GATEWAY_TOKEN_KEY === undefined ? ["GATEWAY_TOKEN_KEY: 32 random bytes, base64 (npm run key -- --aes), to seal customers' tokens"] : []),
  ];
  if (missing.length > 0) throw new ConfigError(`Invalid configuration (META_APP_ID is set):\n${missing.map((m) => `  ${m}`).join("\n")}`);
  return {
    app: { id: e.META_APP_ID, secret: e.META_APP_SECRET as string },
    systemUserId: e.GRAPH_API_SYSTEM_USER_ID,
    creditLineId: e.GRAPH_API_CREDIT_LINE_ID,
    tokenKey: keyOf("GATEWAY_TOKEN_KEY", e.GATEWAY_TOKEN_KEY as string),
    previousKeys: (e.GATEWAY_TOKEN_KEYS_PREVIOUS ?? "").split(",").filter((k) => k.trim()).map((k) => keyOf("GATEWAY_TOKEN_KEYS_PREVIOUS", k)),
    storePath: e.GATEWAY_STORE_PATH,
  };
}
