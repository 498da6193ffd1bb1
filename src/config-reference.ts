import { z } from "zod";
import { envSchema, type EnvVariable } from "./config.js";

/**
 * What each environment variable means. Typed by the schema's keys, so a variable added to `envSchema` without a line
 * here fails the type check; `docs/configuration.md` is generated from both (`npm run docs:config`, a test checks).
 * The accepted values and defaults come from the schema itself; `default` here only says what the schema cannot
 * (demo mode's values, defaults that depend on another variable).
 */
interface VariableDoc {
  group: Group;
  meaning: string;
  default?: string;
  /** What the schema checks in a refinement (URLs), which its JSON Schema does not show. */
  accepts?: string;
}

const GROUPS = {
  listen: "Listening and probes",
  meta: "Meta's Graph API",
  callers: "Callers and access control",
  limits: "Limits",
  signup: "Webhooks and Embedded Signup",
  fleet: "Fleet, cache and store",
  onprem: "On-Premises client",
  telemetry: "Logs, metrics and traces",
} as const;
type Group = keyof typeof GROUPS;

const URL_HTTP = "an http(s) URL";
const PROXY = "every upstream call goes through it (undici's `EnvHttpProxyAgent`: CONNECT tunnels; hosts in `NO_PROXY` go direct). Demo mode ignores it (its simulator is on loopback)";
const OTLP_HEADERS = "headers sent with every OTLP export, `k=v,…` (values URL-decoded)";

export const VARIABLE_DOCS: Record<EnvVariable, VariableDoc> = {
  PORT: { group: "listen", meaning: "where the gateway listens for callers and webhooks (GraphQL and `/webhooks/meta` only; `0` picks a free port)" },
  HOST: { group: "listen", meaning: "the public listener's address" },
  ADMIN_PORT: { group: "listen", meaning: "the admin listener: `/health`, `/healthcheck`, `/readiness`, `/metrics` (nothing else; those answer 404 on `PORT`). Keep it off the public network" },
  ADMIN_HOST: { group: "listen", meaning: "the admin listener's address" },
  GATEWAY_READINESS_CHECK_SECONDS: {
    group: "listen",
    meaning: "how often the gateway reads `GET /me?fields=id` with its own token (at start too) so that `/readiness` follows Meta: 503 with the cause when the token is refused or Meta cannot be reached; `0` leaves it to live calls",
  },
  SHUTDOWN_GRACE_MS: { group: "listen", meaning: "on SIGTERM, how long in-flight operations may finish" },
  NODE_ENV: { group: "listen", meaning: "`production` hides GraphiQL and introspection unless asked for, and refuses demo mode" },
  GRAPHIQL: { group: "listen", meaning: "serve GraphiQL on `GET /graphql`", default: "on; off when `NODE_ENV=production`" },
  INTROSPECTION: { group: "listen", meaning: "schema introspection", default: "on; off when `NODE_ENV=production` (unless GraphiQL is on)" },

  GRAPH_API_ACCESS_TOKEN: {
    group: "meta",
    meaning: "the BSP's system-user token, sent only in the `Authorization` header. Unset → the gateway refuses to start, naming this variable, unless `GATEWAY_DEMO=true`",
  },
  GATEWAY_DEMO: {
    group: "meta",
    meaning:
      "demo mode: the built-in simulator's demo data instead of Meta. Refused beside a token and under `NODE_ENV=production`, so a token secret that failed to mount stops the gateway instead of serving fake numbers; `node dist/server.js` never turns it on by itself",
    default: "`false` (`npm start` without a token and outside production: `true`)",
  },
  GRAPH_API_BASE_URL: { group: "meta", meaning: "upstream origin (and optional path prefix)", accepts: URL_HTTP },
  GRAPH_API_VERSION: {
    group: "meta",
    meaning:
      "Graph API version in every upstream path. Field names that differ by version follow it. The gateway warns at start when Meta no longer serves the version, or when it is newer than the versions it knows. `v27.0` works the same; the default stays the newest version the simulator's facts were checked against (see the README's version table)",
  },
  GRAPH_API_BUSINESS_ID: {
    group: "meta",
    meaning: "the BSP's business portfolio ID: `managedWabas` lists its client and owned WABAs, `preverifiedPhoneNumbers` its pre-verified numbers. Unset → those fields answer `NOT_CONFIGURED` naming this variable",
    default: "unset (demo: the simulator's business)",
  },
  GRAPH_API_TIMEOUT_MS: { group: "meta", meaning: "bound on each upstream attempt (no headers, or a stalled body)" },
  GRAPH_API_TOKENS_FILE: {
    group: "meta",
    meaning: "JSON `{\"wabas\":{\"<waba id>\":\"<token>\"}}`: WABAs read and changed with a customer's own system-user token (README: Access control)",
  },
  GATEWAY_BATCHING: { group: "meta", meaning: "`false` makes every resolver call Meta on its own (the naive gateway; for comparison only)", default: "`true`" },
  HTTPS_PROXY: { group: "meta", meaning: `the outbound proxy for https upstreams (Meta; an On-Premises client on https): ${PROXY}`, accepts: URL_HTTP },
  https_proxy: { group: "meta", meaning: "the same as `HTTPS_PROXY` (curl's lower-case spelling; the upper case wins)", accepts: URL_HTTP },
  HTTP_PROXY: { group: "meta", meaning: `the outbound proxy for http upstreams (an On-Premises client on http): ${PROXY}`, accepts: URL_HTTP },
  http_proxy: { group: "meta", meaning: "the same as `HTTP_PROXY` (lower case; the upper case wins)", accepts: URL_HTTP },
  NO_PROXY: { group: "meta", meaning: "hosts that go direct, comma-separated (`*`, domains, `host:port`)" },
  no_proxy: { group: "meta", meaning: "the same as `NO_PROXY` (lower case; the upper case wins)" },

  GATEWAY_AUTH: { group: "callers", meaning: "`none` runs without caller authentication (it warns at start). With a real token and no client configuration the gateway refuses to start" },
  GATEWAY_CLIENTS_FILE: { group: "callers", meaning: "JSON file of API-key clients (`npm run key -- … --add-to <file>` writes it; README: Access control)" },
  GATEWAY_JWT_SECRET: { group: "callers", meaning: "HS256 secret (at least 32 bytes) for partner-frontend JWTs" },
  GATEWAY_JWKS_URL: { group: "callers", meaning: "or: a JWKS URL for RS256/ES256 JWTs (keys cached)", accepts: URL_HTTP },
  GATEWAY_JWT_ISSUER: { group: "callers", meaning: "the `iss` every JWT must carry, when set" },
  GATEWAY_JWT_AUDIENCE: { group: "callers", meaning: "the `aud` every JWT must carry, when set" },
  GATEWAY_JWT_MAX_LIFETIME_SECONDS: { group: "callers", meaning: "the longest JWT accepted: `exp` at most this far ahead" },
  GATEWAY_JWT_PERSISTED_ONLY: { group: "callers", meaning: "every JWT caller (partner frontends) may run only the manifests' operations", default: "`false`" },
  GATEWAY_PERSISTED_DOCUMENTS: {
    group: "callers",
    meaning: "manifests of trusted documents (hash → document, as GraphQL Code Generator writes them), comma-separated; read again when a file changes",
    default: "unset (demo: `client/gql/persisted-documents.json`)",
  },

  GATEWAY_OPERATION_TIMEOUT_MS: { group: "limits", meaning: "overall deadline of one GraphQL operation, retries included" },
  GATEWAY_MAX_ALIASES: { group: "limits", meaning: "aliases in one operation, checked before any upstream call" },
  GATEWAY_MAX_DEPTH: { group: "limits", meaning: "depth of one operation, checked before any upstream call" },
  GATEWAY_MAX_TOKENS: { group: "limits", meaning: "tokens in one document, checked while parsing" },
  GATEWAY_MAX_COST: {
    group: "limits",
    meaning:
      "the fields an operation may render, counted before any upstream call: each field once per id or page item it is rendered for (aliases, fragments and variables included; a page without `first` counts 25). A dashboard of 20 WABAs × 10 numbers is about 3,000",
  },
  GATEWAY_MAX_BODY_BYTES: { group: "limits", meaning: "larger request bodies get HTTP 413" },
  GATEWAY_MAX_UPSTREAM_PER_CALLER: {
    group: "limits",
    meaning: "upstream reads one authenticated caller may have in flight (of the pool's 128 connections); without authentication all callers are one and only the pool bounds them",
  },
  GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER: { group: "limits", meaning: "subscription streams one caller may hold open (per instance)" },
  GATEWAY_COMPILE_AFTER: {
    group: "limits",
    meaning: "a query operation that has run this many times runs as code compiled for it (graphql-jit), with the same answers; `0` turns compilation off (docs/performance.md)",
  },

  WEBHOOK_VERIFY_TOKEN: { group: "signup", meaning: "Meta's webhook handshake token (needs `META_APP_SECRET`)", default: "unset (demo: generated)" },
  META_APP_SECRET: { group: "signup", meaning: "the app secret that signs Meta's deliveries and exchanges Embedded Signup's codes", default: "unset (demo: generated)" },
  META_APP_ID: {
    group: "signup",
    meaning: "the app Embedded Signup runs under: with `META_APP_SECRET` and `GATEWAY_TOKEN_KEY`, turns on `completeEmbeddedSignup` and the onboardings. Unset → those fields answer `NOT_CONFIGURED`",
    default: "unset (demo: the simulator's app)",
  },
  GATEWAY_TOKEN_KEY: {
    group: "signup",
    meaning: "32 random bytes, base64 (`npm run key -- --aes`): seals customers' business tokens, a PIN until registration and a code until it is exchanged (AES-256-GCM). Required with `META_APP_ID`",
    default: "unset (demo: random per run)",
  },
  GATEWAY_TOKEN_KEYS_PREVIOUS: {
    group: "signup",
    meaning: "earlier keys, comma-separated: they still open what they sealed, and each token they open is sealed again under `GATEWAY_TOKEN_KEY` at start (rotation)",
  },
  GRAPH_API_SYSTEM_USER_ID: {
    group: "signup",
    meaning: "the partner's system user, assigned to a customer's WABA before its credit line is shared (Meta's step 3a)",
    default: "unset (demo: the simulator's)",
  },
  GRAPH_API_CREDIT_LINE_ID: { group: "signup", meaning: "the partner's credit line (`GET /{business-id}/extendedcredits`)", default: "unset (looked up on `GRAPH_API_BUSINESS_ID`)" },

  REDIS_URL: { group: "fleet", meaning: "fleet state in Redis (several instances: subscriptions, caches, limits, onboardings); in memory for one instance when unset", accepts: "a `redis://` or `rediss://` URL" },
  CACHE_TTL_SECONDS: {
    group: "fleet",
    meaning: "how long Meta's answers to reads are kept (per upstream token, object and fields, shared by the callers allowed that object); `0` turns it off. Mutations and subscriptions never use it",
  },
  GATEWAY_NUMBER_DIRECTORY_TTL_SECONDS: {
    group: "fleet",
    meaning: "how long a WABA's list of numbers (number → WABA, display digits) is trusted, for access control, per-WABA tokens, the throttle and webhooks; a WABA Meta will not list is tried again after 15 s",
  },
  GATEWAY_STORE_PATH: {
    group: "fleet",
    meaning: "the SQLite file of onboardings and sealed tokens on a single instance; with `REDIS_URL` they live in Redis instead (keep AOF on)",
    default: "`./data/waba-gateway.sqlite` (demo: in memory)",
  },

  ONPREM_BASE_URL: { group: "onprem", meaning: "the BSP's On-Premises client (all three `ONPREM_*` or none; the URL may carry a path). Server-side only: callers can never make the gateway call another URL. In demo mode the simulator plays one", accepts: URL_HTTP },
  ONPREM_USERNAME: { group: "onprem", meaning: "the On-Premises client's admin user" },
  ONPREM_PASSWORD: { group: "onprem", meaning: "its password (never logged)" },

  LOG_LEVEL: { group: "telemetry", meaning: "pino log level (JSON logs on stdout; secrets redacted)" },
  METRICS_WABA_LABELS: { group: "telemetry", meaning: "name WABA ids in `/metrics` labels (off: `waba_id=\"*\"`)", default: "`false`" },
  OTEL_EXPORTER_OTLP_ENDPOINT: { group: "telemetry", meaning: "OpenTelemetry traces over OTLP/HTTP to this collector (`/v1/traces` is added)", accepts: URL_HTTP },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: { group: "telemetry", meaning: "the full traces URL (wins over the one above)", accepts: URL_HTTP },
  OTEL_TRACES_EXPORTER: { group: "telemetry", meaning: "`otlp` turns traces on (default endpoint `http://localhost:4318`); `none` turns them off" },
  OTEL_EXPORTER_OTLP_HEADERS: { group: "telemetry", meaning: OTLP_HEADERS },
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: { group: "telemetry", meaning: `${OTLP_HEADERS}, for traces (added to the ones above)` },
  OTEL_SERVICE_NAME: { group: "telemetry", meaning: "the `service.name` on every span" },
  OTEL_SDK_DISABLED: { group: "telemetry", meaning: "`true` turns traces off whatever else is set", default: "`false`" },
};

type JsonSchema = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; minLength?: number; pattern?: string };

/** What the schema accepts, from its JSON Schema (zod's own translation), in a few words. */
function accepted(name: EnvVariable, doc: VariableDoc, json: JsonSchema): string {
  if (doc.accepts) return doc.accepts;
  if (json.enum) return json.enum.map((v) => `\`${String(v)}\``).join(", ");
  if (json.type === "integer") return `an integer, ${json.minimum ?? "…"}–${json.maximum ?? "…"}`;
  if (json.pattern) return `matching \`${json.pattern}\``;
  if (json.minLength && json.minLength > 1) return `text, at least ${json.minLength} characters`;
  return name.endsWith("_FILE") || name.endsWith("_PATH") ? "a file path" : "text";
}

/** The schema's own default for a variable left unset (parsing nothing), in the form the environment would spell it. */
function schemaDefault(name: EnvVariable): string {
  const parsed = envSchema.shape[name].safeParse(undefined);
  if (!parsed.success || parsed.data === undefined) return "unset";
  return `\`${String(parsed.data)}\``;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/configuration.md, generated from envSchema and VARIABLE_DOCS. */
export function configurationReference(): string {
  const json = z.toJSONSchema(envSchema, { unrepresentable: "any", io: "input" }) as { properties: Record<string, JsonSchema> };
  const out = [
    "# Configuration reference",
    "",
    "<!-- Generated from src/config.ts (envSchema) and src/config-reference.ts by `npm run docs`; a test fails when it drifts. -->",
    "",
    "Every variable the gateway reads, with what it accepts and its default. All configuration is environment variables,",
    "read and validated in `src/config.ts` (the only reader of the environment); a bad value stops the gateway at start with",
    "every bad variable named, never its value. An empty variable counts as unset.",
    "",
  ];
  for (const [group, title] of Object.entries(GROUPS)) {
    out.push(`## ${title}`, "", "| variable | accepts | default | meaning |", "| --- | --- | --- | --- |");
    for (const name of Object.keys(VARIABLE_DOCS) as EnvVariable[]) {
      const doc = VARIABLE_DOCS[name];
      if (doc.group !== group) continue;
      out.push(`| \`${name}\` | ${cell(accepted(name, doc, json.properties[name] ?? {}))} | ${cell(doc.default ?? schemaDefault(name))} | ${cell(doc.meaning)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
