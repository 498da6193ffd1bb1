import { buildSchema, isEnumType, isObjectType } from "graphql";

/**
 * Every `extensions.code` the gateway (or its typed client) sets, with when it happens and what a client should do.
 * `docs/errors.md` is generated from this table and from the schema (the mutation errors and GraphApiErrorReason's
 * descriptions) by `npm run docs`; a test fails when a code set in `src/` is missing here or the file drifts.
 */
/** Whose mistake an error is: the operation log's level and `blame` follow it (a caller's mistake is no warning). */
export type Blame = "caller" | "upstream" | "gateway";

interface CodeDoc {
  blame: Blame;
  http?: number;
  when: string;
  /** What a client does about it. */
  todo: string;
}

export const ERROR_CODES: Record<string, CodeDoc> = {
  BAD_USER_INPUT: { blame: "caller",
    when: "the caller's own input: variables that do not fit their types (missing, wrong type: HTTP 400 when the client accepts `application/graphql-response+json`), a non-numeric id, more than 250 ids, `first`/`last` outside 1–100, contradictory paging arguments, or a cursor Meta refused (cursors expire; `argument` names it)",
    todo: "fix the argument `extensions.argument` names; for a refused cursor, start again from the first page",
  },
  UPSTREAM_ERROR: { blame: "gateway",
    when: "Meta refused a request the gateway built from valid input (for example Graph code 100 on a read without a caller's cursor): a gateway or Graph API problem, never the caller's",
    todo: "report it with `fbtraceId`; retrying the same read will not help",
  },
  NOT_FOUND: { blame: "caller", when: "Meta does not know the object, or the gateway's token cannot read it", todo: "check the id; an operator checks the token's assets" },
  UNAUTHENTICATED: { blame: "caller", http: 401, when: "no credentials, or bad ones", todo: "send a valid `x-api-key` or `Authorization: Bearer <jwt>`; the message names what to fix" },
  FORBIDDEN: { blame: "caller",
    when: "the caller may not see that object (another tenant's WABA or number), or its credential lacks a scope (`extensions.missingScopes`), or Meta denied the gateway's token permission for it. Mutations answer a refusal with the typed `ForbiddenError` instead",
    todo: "ask for the scope or the WABA; never retry as is",
  },
  UPSTREAM_AUTH: { blame: "gateway", when: "Meta refused the gateway's own token (code 190)", todo: "an operator renews `GRAPH_API_ACCESS_TOKEN`; `/readiness` says 503 meanwhile" },
  ACCESS_TOKEN_INVALID: { blame: "upstream",
    when: "Meta refused a customer's business token (code 190) for this WABA: only that customer's objects fail",
    todo: "follow `extensions.nextAction` (Embedded Signup again, or a new token in `GRAPH_API_TOKENS_FILE`)",
  },
  GATEWAY_UNREACHABLE: { blame: "upstream", when: "(the typed client only) no gateway answered at the URL it was given", todo: "check the URL and that the gateway runs; retry with backoff" },
  STORE_UNAVAILABLE: { blame: "gateway", when: "the onboarding store (SQLite file or Redis) could not be read or written; a step that succeeded is kept", todo: "retry; an operator checks the store" },
  RATE_LIMITED: { blame: "upstream",
    when: "Meta is throttling (codes 4, 17, 32, 80007, 80008, 130429, …, all sent as HTTP 400), or said to wait for this WABA",
    todo: "wait `extensions.retryAfterSeconds` when given, else back off; polling less often helps every caller of that WABA",
  },
  UPSTREAM_UNAVAILABLE: { blame: "upstream", when: "Meta failed (5xx, an HTML error page, a body that is not JSON, a broken connection)", todo: "retry with backoff (the gateway already retried reads)" },
  UPSTREAM_TIMEOUT: { blame: "upstream", when: "Meta did not answer within `GRAPH_API_TIMEOUT_MS` (after retries, within the operation's deadline)", todo: "retry with backoff" },
  QUERY_TOO_COMPLEX: { blame: "caller",
    when: "too many aliases or tokens, nested too deep, or more than `GATEWAY_MAX_COST` fields to render (`extensions.cost` and `maxCost` say how many)",
    todo: "ask for fewer fields, ids or page items per operation",
  },
  PAYLOAD_TOO_LARGE: { blame: "caller", http: 413, when: "a request body over `GATEWAY_MAX_BODY_BYTES`", todo: "send a smaller document (or a persisted operation's hash)" },
  CSRF_PREVENTED: { blame: "caller", http: 403, when: "a GET or form/text POST without the `x-graphql-yoga-csrf` header", todo: "POST `application/json`, or add the header" },
  TOO_MANY_ERRORS: { blame: "caller", when: "the answer had more than 50 errors: the first 50 are sent, this one counts the rest", todo: "fix the first errors; ask for less per operation" },
  TOO_MANY_SUBSCRIPTIONS: { blame: "caller", when: "the caller already holds `GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER` streams", todo: "close a stream first; one stream per WABA is enough" },
  NOT_CONFIGURED: { blame: "gateway",
    when: "the field needs configuration the operator has not set (`managedWabas` and `preverifiedPhoneNumbers` without `GRAPH_API_BUSINESS_ID`, named in `extensions.variable`; the onboardings without `META_APP_ID`)",
    todo: "an operator sets the variable; retrying will not help",
  },
  PERSISTED_QUERY_ONLY: { blame: "caller", http: 403, when: "a persisted-only caller sent a document instead of a hash", todo: "send `extensions.persistedQuery.sha256Hash` from the manifest" },
  PERSISTED_QUERY_NOT_FOUND: { blame: "caller", when: "the hash is in none of the manifests (`GATEWAY_PERSISTED_DOCUMENTS`)", todo: "deploy the client's manifest to the gateway first" },
  BAD_REQUEST: { blame: "caller", http: 400, when: "a request without a query or a hash, or otherwise not a GraphQL request", todo: "send a GraphQL request" },
  SHUTTING_DOWN: { blame: "gateway", http: 503, when: "the instance is draining after SIGTERM (`Retry-After: 5`)", todo: "retry on another instance" },
  GRAPHQL_PARSE_FAILED: { blame: "caller", http: 400, when: "the document does not parse", todo: "fix the operation" },
  GRAPHQL_VALIDATION_FAILED: { blame: "caller", http: 400, when: "the document does not fit the schema (an unknown field, a wrong argument)", todo: "fix the operation (codegen against `schema.graphql` catches it at build time)" },
  OPERATION_RESOLUTION_FAILURE: { blame: "caller", http: 400, when: "the document holds several operations and `operationName` names none of them", todo: "send the right `operationName`" },
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

const BLAME_ORDER: Blame[] = ["caller", "upstream", "gateway"];

/** Whose mistake the worst of these error codes is (an unknown code, i.e. a masked bug, is the gateway's); undefined for none. */
export function blameOf(codes: readonly unknown[]): Blame | undefined {
  let worst = -1;
  for (const c of codes) worst = Math.max(worst, BLAME_ORDER.indexOf(typeof c === "string" && c in ERROR_CODES ? (ERROR_CODES[c] as CodeDoc).blame : "gateway"));
  return BLAME_ORDER[worst];
}

/** docs/errors.md, from ERROR_CODES and the schema's SDL (its `Error` types and GraphApiErrorReason). */
export function errorReference(schemaSdl: string): string {
  const schema = buildSchema(schemaSdl);
  const out = [
    "# Error reference",
    "",
    "<!-- Generated from src/error-reference.ts and schema.graphql by `npm run docs`; a test fails when it drifts. -->",
    "",
    "## Errors in `errors[]`: `extensions.code`",
    "",
    "Reads follow GraphQL's partial-data rule: an object that cannot be read is `null` with an entry in `errors`, its",
    "siblings still arrive, and the HTTP status is 200 unless said otherwise. Meta's `graphApiCode`, `graphApiSubcode`",
    "and `fbtraceId` are added where Meta sent them, for support tickets. Anything unexpected is masked as",
    "`Unexpected error.` (never a stack trace or a token).",
    "",
    "`blame` is whose mistake it is, as the gateway's operation log line records it (`blame`; a `gateway` one logs at",
    "warn, a caller's mistake never does).",
    "",
    "| code | HTTP | blame | when | what to do |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(ERROR_CODES).map(([code, d]) => `| \`${code}\` | ${d.http ?? 200} | ${d.blame} | ${cell(d.when)} | ${cell(d.todo)} |`),
    "",
    "## Refusals as data: a mutation's `Error` types",
    "",
    "A mutation answers a refusal in its result union, never as an `errors[]` entry, so that one mutation that reached",
    "Meta is always reported beside a sibling's refusal. Every such type implements `Error { message }`:",
    "",
    "| type | meaning |",
    "| --- | --- |",
  ];
  const errorInterface = schema.getType("Error");
  const errorTypes = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => t.getInterfaces().some((i) => i === errorInterface))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const t of errorTypes) out.push(`| \`${t.name}\` | ${cell(t.description ?? "")} |`);
  const reasons = schema.getType("GraphApiErrorReason");
  if (!isEnumType(reasons)) throw new Error("schema.graphql has no GraphApiErrorReason enum");
  out.push(
    "",
    "## `GraphApiError.reason`",
    "",
    "`GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }`: `retryable` says whether the same",
    "call may succeed later (after `retryAfterSeconds` when given); `code` and `subcode` are Meta's.",
    "",
    "| reason | meaning |",
    "| --- | --- |",
    ...reasons.getValues().map((v) => `| \`${v.name}\` | ${cell(v.description ?? "")} |`),
    "",
  );
  return out.join("\n");
}
