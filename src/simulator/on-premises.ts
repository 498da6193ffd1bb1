import { randomBytes } from "node:crypto";
import { SIMULATOR_VERIFICATION_CODE } from "./registration.js";
import { secretsOf, type SimulatorState, type WireObject } from "./state.js";

/**
 * A self-hosted WhatsApp Business API (On-Premises) client, as far as registration goes:
 * `POST /v1/users/login` (basic auth) → session token; `POST /v1/account` → 201 or 202; `POST /v1/account/verify`.
 * Meta sunset it on 2025-10-23; in `sunset` mode registration answers error 1005, as Meta's page says it does now.
 */
export interface OnPremisesOptions {
  username?: string;
  password?: string;
  /** Session token lifetime. */
  sessionTtlMs?: number;
  mode?: "legacy" | "sunset";
  /** Serve the client under this path (e.g. `/onprem`, as behind a reverse proxy); `/v1/…` alone then answers 404. */
  pathPrefix?: string;
}

export interface OnPremisesAnswer {
  status: number;
  body: unknown;
}

export class OnPremisesClientSim {
  readonly username: string;
  readonly password: string;
  sessionTtlMs: number;
  mode: "legacy" | "sunset";
  readonly pathPrefix: string;
  private sessions = new Map<string, number>();

  constructor(
    private readonly state: SimulatorState,
    options: OnPremisesOptions = {},
  ) {
    this.username = options.username ?? "admin";
    this.password = options.password ?? "simulator-password";
    this.sessionTtlMs = options.sessionTtlMs ?? 7 * 24 * 3600 * 1000;
    this.mode = options.mode ?? "legacy";
    this.pathPrefix = options.pathPrefix ?? "";
  }

  /** Ends every session, as a client restart does; the next call gets 401. */
  revokeSessions(): void {
    this.sessions.clear();
  }

  handle(method: string, path: string, authorization: string | undefined, body: Record<string, unknown>): OnPremisesAnswer {
    if (method === "POST" && path === "/v1/users/login") return this.login(authorization);
    const token = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
    const expires = this.sessions.get(token);
    if (expires === undefined || expires < this.state.now()) return error(401, 1005, "Access denied", "Invalid or expired session token");
    if (method === "POST" && path === "/v1/account") return this.register(body);
    if (method === "POST" && path === "/v1/account/verify") return this.verify(body);
    return error(404, 1006, "Resource not found", `Unknown path ${path}`);
  }

  private login(authorization: string | undefined): OnPremisesAnswer {
    const expected = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString("base64")}`;
    if (authorization !== expected) return error(401, 1005, "Access denied", "Invalid credentials");
    const token = randomBytes(24).toString("base64url");
    const expiresAt = this.state.now() + this.sessionTtlMs;
    this.sessions.set(token, expiresAt);
    const expiresAfter = new Date(expiresAt).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "+00:00");
    return { status: 200, body: { users: [{ token, expires_after: expiresAfter }] } };
  }

  private phoneFor(cc: unknown, number: unknown): WireObject | undefined {
    const digits = `${String(cc)}${String(number)}`;
    return [...this.state.phones.values()].find((p) => String(p.display_phone_number ?? "").replace(/\D/g, "") === digits);
  }

  private register(body: Record<string, unknown>): OnPremisesAnswer {
    if (this.mode === "sunset") return error(403, 1005, "Access denied", "Unknown error: biz_link_on_prem_reg_blocked");
    const { cc, phone_number: number, method, cert, pin } = body;
    if (method !== "sms" && method !== "voice") return error(400, 1008, "Required parameter is missing", "method must be sms or voice");
    if (pin !== undefined && !/^\d{6}$/.test(String(pin))) return error(400, 2000, "Parameter value is not valid", "pin must be 6 digits");
    const phone = this.phoneFor(cc, number);
    if (!phone) return error(404, 1006, "Resource not found", "Unknown phone number");
    const approvedNew = phone.new_name_status === "APPROVED" && phone.new_certificate === cert;
    if (cert !== phone.certificate && !approvedNew) return error(400, 1007, "Invalid certificate", "The certificate does not match this number");
    if (phone.platform_type === "ON_PREMISE") return { status: 201, body: {} };
    secretsOf(this.state, phone.id).onPremisesCode = SIMULATOR_VERIFICATION_CODE;
    return { status: 202, body: { account: [{ vname: approvedNew ? `${String(phone.verified_name)} (new)` : phone.verified_name }] } };
  }

  private verify(body: Record<string, unknown>): OnPremisesAnswer {
    const phone = [...this.state.phones.values()].find((p) => secretsOf(this.state, p.id).onPremisesCode !== undefined);
    if (!phone || secretsOf(this.state, phone.id).onPremisesCode !== body.code) return error(400, 1006, "Invalid code", "The code could not be verified");
    secretsOf(this.state, phone.id).onPremisesCode = undefined;
    Object.assign(phone, { platform_type: "ON_PREMISE", status: "CONNECTED" });
    return { status: 201, body: {} };
  }
}

function error(status: number, code: number, title: string, details: string): OnPremisesAnswer {
  return { status, body: { meta: { api_status: "stable", version: "2.53.1" }, errors: [{ code, title, details }] } };
}
