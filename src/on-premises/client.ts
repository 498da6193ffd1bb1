import { Pool, type Dispatcher } from "undici";
import { OnPremisesError } from "./errors.js";
import { UpstreamError } from "../graph-api/errors.js";
import { unlessAborted, waitShared, withinCall, type CallOptions } from "../graph-api/call-bounds.js";
import { inSpan, SpanKind } from "../observability/tracing.js";

export interface OnPremisesConfig {
  baseUrl: string;
  username: string;
  /** Never logged; sent only as basic auth to `/v1/users/login`. */
  password: string;
  timeoutMs: number;
}


export interface OnPremisesAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Renew a session a minute before the client says it expires. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The BSP's self-hosted WhatsApp Business API client, configured on the server only (never from a
 * GraphQL argument, so callers cannot make the gateway call arbitrary URLs). Logs in with basic auth,
 * reuses the session token until it expires, and on a 401 logs in again and retries that one call once.
 */
export class OnPremisesClient {
  private readonly pool: Dispatcher;
  private readonly origin: string;
  private session: { token: string; expiresAt: number } | undefined;
  /** The path ONPREM_BASE_URL names (e.g. `/onprem` behind a reverse proxy), kept in front of every call. */
  private readonly prefix: string;
  private login: Promise<string> | undefined;

  constructor(
    private readonly config: OnPremisesConfig,
    private readonly now: () => number = Date.now,
    /** Through the outbound proxy, when one is configured. */
    pool?: Dispatcher,
  ) {
    const base = new URL(config.baseUrl);
    this.origin = base.origin;
    this.pool = pool ?? new Pool(base.origin, { connections: 8 });
    this.prefix = base.pathname.replace(/\/$/, "");
  }

  /**
   * One account call under the operation's bounds (the caller's slots, its deadline and signal), like a Graph
   * mutation. The login is shared by every caller, so it runs under the client's own timeout; a caller whose
   * operation ends only stops waiting for it.
   */
  async post(path: string, body: Record<string, unknown>, call: CallOptions = {}): Promise<OnPremisesAnswer> {
    const deadline = call.deadline ?? Date.now() + this.config.timeoutMs;
    const send = async () => {
      const token = await waitShared(this.token(), call, "the On-Premises login");
      return withinCall(call, deadline, this.config.timeoutMs, (timeoutMs) => this.request(path, body, `Bearer ${token}`, timeoutMs, call.signal));
    };
    const answer = await send();
    if (answer.status !== 401) return checked(answer);
    // The client restarted or dropped the session: the call was refused before anything happened.
    this.session = undefined;
    return checked(await send());
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private token(): Promise<string> {
    if (this.session && this.session.expiresAt - EXPIRY_MARGIN_MS > this.now()) return Promise.resolve(this.session.token);
    // Concurrent callers share one login.
    this.login ??= this.logIn().finally(() => {
      this.login = undefined;
    });
    return this.login;
  }

  private async logIn(): Promise<string> {
    const basic = Buffer.from(`${this.config.username}:${this.config.password}`).toString("base64");
    const answer = checked(await this.request("/v1/users/login", undefined, `Basic ${basic}`, this.config.timeoutMs));
    const user = (answer.body.users as { token?: string; expires_after?: string }[] | undefined)?.[0];
    if (!user?.token) throw new UpstreamError("unavailable", "The On-Premises login answer has no token");
    const expiresAt = user.expires_after ? Date.parse(user.expires_after.replace(" ", "T")) : Number.NaN;
    this.session = { token: user.token, expiresAt: Number.isNaN(expiresAt) ? this.now() + 3600_000 : expiresAt };
    return user.token;
  }

  /** One call to the client, in an `onprem.request` span (the path, the status; never the credentials or body). */
  private request(path: string, body: Record<string, unknown> | undefined, authorization: string, timeoutMs: number, signal?: AbortSignal): Promise<OnPremisesAnswer> {
    return inSpan("onprem.request", { "http.request.method": "POST", "waba_gateway.onprem.path": path }, async (span) => {
      const answer = await this.exchange(path, body, authorization, timeoutMs, signal);
      span.setAttribute("http.response.status_code", answer.status);
      return answer;
    }, SpanKind.CLIENT);
  }

  private async exchange(path: string, body: Record<string, unknown> | undefined, authorization: string, timeoutMs: number, signal?: AbortSignal): Promise<OnPremisesAnswer> {
    try {
      const request = this.pool.request({
        origin: this.origin,
        method: "POST",
        path: `${this.prefix}${path}`,
        headers: { authorization, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body ?? {}),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal,
      });
      const res = await unlessAborted(request, signal);
      const text = await res.body.text();
      let parsed: unknown = {};
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch {
          // Nothing answers at that path: a wrong ONPREM_BASE_URL, not an outcome to wonder about.
          if (res.statusCode === 404) return { status: 404, body: {} };
          throw new UpstreamError("unavailable", `The On-Premises client answered HTTP ${res.statusCode} without JSON`, res.statusCode);
        }
      }
      return { status: res.statusCode, body: (parsed ?? {}) as Record<string, unknown> };
    } catch (e) {
      if (e instanceof UpstreamError) throw e;
      const name = e instanceof Error ? e.name : "";
      // AbortError: the operation's deadline passed (its signal).
      throw new UpstreamError(name.includes("Timeout") || name === "AbortError" ? "timeout" : "unavailable", "The On-Premises client did not answer");
    }
  }
}

function checked(answer: OnPremisesAnswer): OnPremisesAnswer {
  if (answer.status < 400) return answer;
  if (answer.status >= 500) throw new UpstreamError("unavailable", `The On-Premises client answered HTTP ${answer.status}`, answer.status);
  const first = (answer.body.errors as { code?: number; title?: string; details?: string }[] | undefined)?.[0];
  throw new OnPremisesError(answer.status, first?.code, first?.title, first?.details);
}
