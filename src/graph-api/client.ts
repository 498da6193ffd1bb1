import { Pool, type Dispatcher } from "undici";
import { GraphApiError, UpstreamError } from "./errors.js";
import type { BatchOperation, BatchSlotWire, GraphErrorWire } from "./types.js";

export interface GraphApiClientOptions {
  /** Origin (and optional path prefix) of the Graph API, e.g. `https://graph.facebook.com`. */
  baseUrl: string;
  version: string;
  accessToken: string;
  timeoutMs: number;
  userAgent: string;
  /** The shared connection pool for this origin. */
  pool: Dispatcher;
}

export type Query = Record<string, string | number | undefined>;

/** One answer slot of a batch call: the parsed body, or the error Meta put in that slot. */
export type BatchSlotResult = { ok: true; body: unknown } | { ok: false; error: GraphApiError | UpstreamError };

/** One undici Pool per upstream origin, kept alive across requests and callers. */
export function createPool(baseUrl: string): Pool {
  return new Pool(new URL(baseUrl).origin, { connections: 128, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
}

/**
 * The only code that talks HTTP to Meta. The token travels only in the Authorization header;
 * errors carry Meta's code, never a URL or the token.
 */
export class GraphApiClient {
  private readonly prefix: string;

  constructor(private readonly options: GraphApiClientOptions) {
    const path = new URL(options.baseUrl).pathname.replace(/\/$/, "");
    this.prefix = `${path}/${options.version}`;
  }

  get(path: string, query: Query): Promise<unknown> {
    return this.send("GET", `${this.prefix}/${path}${toSearch(query)}`, undefined, undefined);
  }

  /** POST with parameters as a JSON body (what Meta's OpenAPI spec documents). */
  post(path: string, body?: Record<string, unknown>): Promise<unknown> {
    return body === undefined
      ? this.send("POST", `${this.prefix}/${path}`, undefined, undefined)
      : this.send("POST", `${this.prefix}/${path}`, JSON.stringify(body), "application/json");
  }

  /** The batch endpoint: up to 50 operations in one round trip, each answered in its own slot. */
  async batch(operations: BatchOperation[]): Promise<BatchSlotResult[]> {
    const form = new URLSearchParams({ batch: JSON.stringify(operations), include_headers: "false" });
    const answer = await this.send("POST", `${this.prefix}/`, form.toString(), "application/x-www-form-urlencoded");
    if (!Array.isArray(answer) || answer.length !== operations.length) {
      throw new UpstreamError("unavailable", "The batch answer does not match the request");
    }
    return (answer as BatchSlotWire[]).map(parseSlot);
  }

  private async send(method: "GET" | "POST", path: string, body: string | undefined, contentType: string | undefined): Promise<unknown> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.options.accessToken}`,
      "user-agent": this.options.userAgent,
      accept: "application/json",
    };
    if (contentType) headers["content-type"] = contentType;
    let response: Dispatcher.ResponseData;
    try {
      response = await this.options.pool.request({
        method,
        path,
        headers,
        body,
        // undici's own timers bound the attempt (no answer, or a body that stalls); they cost far less
        // per request than an AbortSignal.timeout.
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
    } catch (e) {
      throw transportError(e);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (e) {
      throw transportError(e);
    }
    return parseAnswer(response.statusCode, text);
  }
}

function toSearch(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

function transportError(e: unknown): UpstreamError {
  const name = e instanceof Error ? e.name : "";
  if (name === "TimeoutError" || name === "HeadersTimeoutError" || name === "BodyTimeoutError") {
    return new UpstreamError("timeout", "The Graph API did not answer in time");
  }
  return new UpstreamError("unavailable", `Connection to the Graph API failed (${name || "error"})`);
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

function parseSlot(slot: BatchSlotWire): BatchSlotResult {
  if (slot === null) return { ok: false, error: new UpstreamError("timeout", "Meta did not complete this batch operation") };
  try {
    return { ok: true, body: parseAnswer(slot.code, slot.body) };
  } catch (e) {
    return { ok: false, error: e as GraphApiError | UpstreamError };
  }
}
