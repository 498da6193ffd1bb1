import { EnvHttpProxyAgent, Pool, type Dispatcher } from "undici";
import { decideRetry } from "./retry.js";
import { unlessAborted, withinCall, type CallOptions } from "./call-bounds.js";
import { longestWait, parseUsage, type Usage } from "./throttle.js";
import { classifyGraphError, GraphApiError, ThrottledError, transportCause, UpstreamError } from "./errors.js";
import { majorOf } from "./versions.js";
import type { BatchSlotWire, GraphErrorWire } from "./types.js";
import { endpointKind, recordUsage, type UpstreamObserver } from "./upstream-observer.js";
import { inSpan, SpanKind } from "../observability/tracing.js";
import type { Span } from "@opentelemetry/api";

/**
 * The messaging limit is `whatsapp_business_manager_messaging_limit` from v24.0 on and `messaging_limit_tier`
 * up to v23.0 (Meta's messaging-limits page); asking a version for the other name fails the whole read with #100.
 */
export const MESSAGING_LIMIT_FIELD = "whatsapp_business_manager_messaging_limit";
export const LEGACY_MESSAGING_LIMIT_FIELD = "messaging_limit_tier";
const NEW_MESSAGING_LIMIT_SINCE = 24;
/** Versions that spell the messaging limit the old way, as first asked (a gateway uses one or two versions). */
const legacyVersions = new Map<string, boolean>();
const MESSAGING_LIMIT_NAME = new RegExp(`\\b${MESSAGING_LIMIT_FIELD}\\b`, "g");

/** A `fields=` value (expansions included) with every version-dependent name spelled as `version` wants it. */
export function fieldsForVersion(fields: string, version: string): string {
  let legacy = legacyVersions.get(version);
  if (legacy === undefined) legacyVersions.set(version, (legacy = !(majorOf(version) >= NEW_MESSAGING_LIMIT_SINCE)));
  if (!legacy) return fields;
  return fields.replace(MESSAGING_LIMIT_NAME, LEGACY_MESSAGING_LIMIT_FIELD);
}

export interface GraphApiClientOptions {
  /** Origin (and optional path prefix) of the Graph API, e.g. `https://graph.facebook.com`. */
  baseUrl: string;
  version: string;
  /** Only ever sent in the Authorization header; never logged. Empty: no Authorization header at all. */
  accessToken: string;
  /** Bound on each attempt. */
  timeoutMs: number;
  userAgent: string;
  /** The shared connection pool for this origin. */
  pool: Dispatcher;
  observer?: UpstreamObserver;
  /** A `graph.request` span per attempt (when the gateway traces). */
  traced?: boolean;
  /** A customer's business token (Embedded Signup, GRAPH_API_TOKENS_FILE), not the gateway's own: Meta refusing it is the customer's to mend. */
  customerToken?: boolean;
}

export type Query = Record<string, string | number | undefined>;

/** One read in a batch call: `{path}?{query}` becomes the slot's `relative_url`. */
export interface BatchRead {
  path: string;
  query: Query;
}

/** One HTTP request to Meta, as the client sends it. */
interface Attempt {
  method: "GET" | "POST" | "DELETE";
  /** Path and query, version included. */
  path: string;
  body?: string | undefined;
  contentType?: string | undefined;
  timeoutMs: number;
  /** Its kind, for metrics and spans (`node`, `batch`, `register`, …). */
  endpoint: string;
  signal?: AbortSignal | undefined;
  /** A batch call's operation count. */
  slots?: number;
}

/** One answer slot of a batch call: the parsed body, or the error Meta put in that slot. */
export type BatchSlotResult = { ok: true; body: unknown } | { ok: false; error: GraphApiError | UpstreamError };

/** One undici Pool per upstream origin, kept alive across requests and callers. */
/** An outbound proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), as most production networks reach Meta. */
export interface ProxyConfig {
  httpProxy?: string | undefined;
  httpsProxy?: string | undefined;
  noProxy?: string | undefined;
}

/**
 * The connections to one upstream origin: a pool of 128, or, with a proxy configured, undici's EnvHttpProxyAgent
 * (HTTPS_PROXY for https origins, HTTP_PROXY for http ones, NO_PROXY's hosts direct), with the same limits.
 */
export function createPool(baseUrl: string, proxy?: ProxyConfig, connections = 128): Dispatcher {
  const limits = { connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 };
  if (proxy && (proxy.httpProxy || proxy.httpsProxy)) return new EnvHttpProxyAgent({ ...limits, httpProxy: proxy.httpProxy, httpsProxy: proxy.httpsProxy, noProxy: proxy.noProxy });
  return new Pool(new URL(baseUrl).origin, limits);
}

/** A read's deadline when no operation bounds it: three attempts' worth (the retries' budget). */
export const readDeadlineMs = (attemptTimeoutMs: number): number => attemptTimeoutMs * 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The only code that talks HTTP to Meta. The token travels only in the Authorization header; errors carry
 * Meta's code, never a URL or the token. Reads are retried (bounded, with backoff, by Graph error code);
 * mutations are sent exactly once.
 */
export class GraphApiClient {
  private readonly prefix: string;
  /** The upstream origin (a proxy agent serves several; a pool its own). */
  private readonly origin: string;

  /** `bound`: the operation whose bounds this client's calls run under, unless a call names its own. */
  constructor(
    private readonly options: GraphApiClientOptions,
    private readonly bound: CallOptions = {},
    prefix?: string,
    origin?: string,
  ) {
    const base = prefix === undefined || origin === undefined ? new URL(options.baseUrl) : undefined;
    this.prefix = prefix ?? `${base?.pathname.replace(/\/$/, "")}/${options.version}`;
    this.origin = origin ?? base?.origin ?? "";
  }

  /**
   * The same client (token, pool, observer), its calls bound to one operation: the caller's upstream slots, the
   * operation's deadline and signal apply to its reads and mutations alike.
   */
  forCall(call: CallOptions): GraphApiClient {
    return new GraphApiClient(this.options, call, this.prefix, this.origin);
  }

  /** A read: retried on transient failures and throttles while the deadline allows. */
  get(path: string, query: Query, call: CallOptions = this.bound): Promise<unknown> {
    return this.withRetries(endpointKind("GET", path, false), call, (timeout) =>
      this.send({ method: "GET", path: `${this.prefix}/${path}${this.search(query)}`, timeoutMs: timeout, endpoint: endpointKind("GET", path, false), signal: call.signal }),
    );
  }

  /**
   * A mutation, with parameters as a JSON body (what Meta's OpenAPI spec documents). Sent once, never retried,
   * under the operation's bounds like a read: it waits for one of the caller's slots, and its deadline and signal
   * cut it short (an outcome then unknown, unless it was never sent).
   */
  post(path: string, body?: Record<string, unknown>, call: CallOptions = this.bound): Promise<unknown> {
    return this.sendOnce("POST", path, "", body, call);
  }

  /**
   * A real `DELETE` (Meta closed the `method=` override to new apps on 2026-11-04, graph-api.md §13.7), sent once
   * like a POST; parameters in the query string.
   */
  delete(path: string, query: Query = {}, call: CallOptions = this.bound): Promise<unknown> {
    return this.sendOnce("DELETE", path, this.search(query), undefined, call);
  }

  /** A read that must not be repeated (the code exchange spends its code): sent once, never retried. */
  getOnce(path: string, query: Query, call: CallOptions = this.bound): Promise<unknown> {
    return this.sendOnce("GET", path, this.search(query), undefined, call);
  }

  private sendOnce(method: "GET" | "POST" | "DELETE", path: string, search: string, body: Record<string, unknown> | undefined, call: CallOptions): Promise<unknown> {
    const endpoint = endpointKind(method, path, false);
    const json = body === undefined ? undefined : JSON.stringify(body);
    const deadline = call.deadline ?? Date.now() + this.options.timeoutMs;
    return withinCall(call, deadline, this.options.timeoutMs, (timeoutMs) =>
      this.send({ method, path: `${this.prefix}/${path}${search}`, body: json, contentType: json === undefined ? undefined : "application/json", timeoutMs, endpoint, signal: call.signal }),
    );
  }

  /**
   * The batch endpoint, for reads: up to 50 reads in one round trip, each answered in its own slot
   * (`{code, headers, body}` with `body` a JSON string; a slot can fail inside a 200). Slot headers are
   * asked for, so that each slot's usage headers feed the throttle like a plain call's.
   */
  async batch(reads: readonly BatchRead[], call: CallOptions = this.bound): Promise<BatchSlotResult[]> {
    const operations = reads.map((r) => ({ method: "GET", relative_url: `${r.path}${this.search(r.query)}` }));
    const form = new URLSearchParams({ batch: JSON.stringify(operations), include_headers: "true" });
    const answer = await this.withRetries("batch", call, (timeout) =>
      this.send({
        method: "POST",
        path: `${this.prefix}/`,
        body: form.toString(),
        contentType: "application/x-www-form-urlencoded",
        timeoutMs: timeout,
        endpoint: "batch",
        signal: call.signal,
        slots: operations.length,
      }),
    );
    if (!Array.isArray(answer) || answer.length !== operations.length) {
      throw new UpstreamError("unavailable", "The batch answer does not match the request");
    }
    return Promise.all((answer as BatchSlotWire[]).map((slot) => this.parseSlot(slot)));
  }

  /** `?a=1&b=2`, with field names that depend on the Graph version spelled as this version wants them. */
  private search(query: Query): string {
    const fields = query.fields;
    return toSearch(typeof fields === "string" ? { ...query, fields: fieldsForVersion(fields, this.options.version) } : query);
  }

  private async parseSlot(slot: BatchSlotWire): Promise<BatchSlotResult> {
    if (slot === null) return { ok: false, error: new UpstreamError("timeout", "Meta did not complete this batch operation") };
    const usage = parseUsage(Object.fromEntries((slot.headers ?? []).map((h) => [h.name.toLowerCase(), h.value])));
    if (this.options.observer) await recordUsage(this.options.observer, usage);
    try {
      return { ok: true, body: parseAnswer(slot.code, slot.body) };
    } catch (e) {
      if (e instanceof GraphApiError) {
        withWait(e, usage);
        e.customerToken = this.options.customerToken === true;
      }
      return { ok: false, error: e as GraphApiError | UpstreamError };
    }
  }

  private async withRetries(endpoint: string, call: CallOptions, attempt: (timeoutMs: number) => Promise<unknown>): Promise<unknown> {
    const deadline = call.deadline ?? Date.now() + readDeadlineMs(this.options.timeoutMs);
    for (let n = 1; ; n++) {
      try {
        // Each attempt holds a slot only while it is in flight, never during the backoff.
        return await withinCall(call, deadline, this.options.timeoutMs, attempt);
      } catch (e) {
        const decision = decideRetry(e, n, deadline - Date.now());
        if (!decision.retry) throw decision.error;
        this.options.observer?.metrics.retries.inc({ endpoint, reason: decision.reason });
        if (decision.reason === "rate-limited") this.options.observer?.metrics.rateLimitWaits.inc();
        await sleep(decision.waitMs);
      }
    }
  }

  /** One HTTP attempt, in a `graph.request` span when traced. */
  private send(request: Attempt): Promise<unknown> {
    if (!this.options.traced) return this.attempt(undefined, request);
    const { method, endpoint, slots } = request;
    const attributes = { "http.request.method": method, "waba_gateway.graph.endpoint": endpoint, ...(slots === undefined ? {} : { "waba_gateway.graph.batch.slots": slots }) };
    return inSpan("graph.request", attributes, (span) => this.attempt(span, request), SpanKind.CLIENT);
  }

  /** One HTTP attempt, recorded on its span: status, Meta's error code and trace id (never the token or the URL's query). */
  private async attempt(span: Span | undefined, { method, path, body, contentType, timeoutMs, endpoint, signal }: Attempt): Promise<unknown> {
    const observer = this.options.observer;
    const headers: Record<string, string> = { "user-agent": this.options.userAgent, accept: "application/json" };
    // Without a token (the code exchange authenticates with the app's id and secret) no Authorization header.
    if (this.options.accessToken) headers.authorization = `Bearer ${this.options.accessToken}`;
    if (contentType) headers["content-type"] = contentType;
    // Meta said the app's hourly allowance is used up: answer RATE_LIMITED without calling it.
    const appWait = observer?.throttle.appRemaining() ?? 0;
    if (appWait > 0) {
      observer?.metrics.upstreamRequests.inc({ endpoint, outcome: "held-back" });
      throw new ThrottledError(appWait);
    }
    const started = performance.now();
    let outcome = "success";
    try {
      let response: Dispatcher.ResponseData;
      let text: string;
      try {
        // undici's own timers bound the attempt (no answer, or a body that stalls); far cheaper per request
        // than an AbortSignal.timeout.
        response = await unlessAborted(this.options.pool.request({ origin: this.origin, method, path, headers, body, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, signal }), signal);
        text = await response.body.text();
      } catch (e) {
        throw transportError(e);
      }
      span?.setAttribute("http.response.status_code", response.statusCode);
      // Meta's trace id for support tickets, on every answer (the error envelope repeats it).
      const fbTrace = response.headers["x-fb-trace-id"];
      if (typeof fbTrace === "string") span?.setAttribute("waba_gateway.graph.fbtrace_id", fbTrace);
      const usage = parseUsage(response.headers);
      // A hold Meta asked for is in the fleet's shared state before this answer returns.
      if (observer) await recordUsage(observer, usage);
      try {
        const parsed = parseAnswer(response.statusCode, text);
        observer?.health.succeeded();
        return parsed;
      } catch (e) {
        if (e instanceof GraphApiError) {
          withWait(e, usage);
          e.customerToken = this.options.customerToken === true;
          if (classifyGraphError(e) === "auth") observer?.health.tokenRefused();
        }
        throw e;
      }
    } catch (e) {
      outcome = e instanceof UpstreamError ? e.kind : e instanceof GraphApiError ? classifyGraphError(e) : "error";
      if (e instanceof GraphApiError) {
        if (e.code !== undefined) span?.setAttribute("waba_gateway.graph.error_code", e.code);
        if (e.fbtraceId) span?.setAttribute("waba_gateway.graph.fbtrace_id", e.fbtraceId);
      }
      span?.setAttribute("waba_gateway.graph.outcome", outcome);
      // The cause an operator needs (Meta's code and trace id, the HTTP status, the transport's code and syscall), never a token or URL.
      // Meta refusing what was asked (a parameter, an unknown id) is often the caller's doing (an expired cursor, a
      // wrong id): info here, and the operation's log line says whose mistake it was (`blame`, warn for the gateway's).
      observer?.logger[outcome === "invalid-parameter" || outcome === "not-found" ? "info" : "warn"](
        {
          endpoint,
          outcome,
          graphApiCode: e instanceof GraphApiError ? e.code : undefined,
          fbtraceId: e instanceof GraphApiError ? e.fbtraceId : undefined,
          httpStatus: e instanceof GraphApiError || e instanceof UpstreamError ? e.httpStatus : undefined,
          cause: e instanceof UpstreamError ? e.transport : undefined,
        },
        "upstream call failed",
      );
      throw e;
    } finally {
      observer?.metrics.upstreamRequests.inc({ endpoint, outcome });
      observer?.metrics.upstreamDuration.observe({ endpoint }, (performance.now() - started) / 1000);
    }
  }
}

/** `?a=1&b=2` from the defined values of a query; empty when there are none. */
export function toSearch(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

function transportError(e: unknown): UpstreamError {
  const name = e instanceof Error ? e.name : "";
  const cause = transportCause(e);
  // AbortError: the operation's deadline passed (its signal), possibly while waiting for a pooled connection.
  if (name === "TimeoutError" || name === "HeadersTimeoutError" || name === "BodyTimeoutError" || name === "AbortError") {
    return new UpstreamError("timeout", "The Graph API did not answer in time", undefined, false, cause);
  }
  return new UpstreamError("unavailable", `Connection to the Graph API failed (${name || "error"})`, undefined, false, cause);
}

/** Graph JSON, or the error it carries; anything else (HTML 5xx pages, truncated bodies) is an UpstreamError. */
export function parseAnswer(status: number, text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UpstreamError("unavailable", `The Graph API answered HTTP ${status} without JSON`, status);
  }
  const envelope = parsed as { error?: GraphErrorWire } | null;
  if (envelope && typeof envelope === "object" && !Array.isArray(envelope) && envelope.error) {
    throw new GraphApiError(envelope.error, status);
  }
  if (status >= 500) throw new UpstreamError("unavailable", `The Graph API answered HTTP ${status}`, status);
  if (status >= 400) throw new GraphApiError({ message: `HTTP ${status}` }, status);
  return parsed;
}

/** Keeps on the error how long Meta's usage headers say to wait, when they say. */
function withWait(e: GraphApiError, usage: Usage): void {
  const wait = longestWait(usage);
  if (wait > 0) e.retryAfterMs = wait;
}
