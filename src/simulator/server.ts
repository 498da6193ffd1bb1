import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomBytes } from "node:crypto";
import { FaultSwitches, type Fault } from "./faults.js";
import { runBatch } from "./batch.js";
import { applyFault, send, sleep } from "./http-answers.js";
import { RequestLog, type LoggedRequest } from "./request-log.js";
import { endpointOf, dispatch } from "./routes.js";
import { majorOf, type RouteContext } from "./route-request.js";
import { errorResponse, SimGraphError } from "./responses.js";
import { DEMO_APP_SECRET, exchangeCode } from "./embedded-signup.js";
import { SIMULATOR_APP } from "./onboarding.js";
import { seedState, type SeedOptions } from "./seed.js";
import type { SimulatorState } from "./state.js";
import { handleControl } from "./control.js";
import { OnPremisesClientSim, type OnPremisesOptions } from "./on-premises.js";
import type { WebhookTarget } from "./webhooks.js";

export interface SimulatorOptions {
  /** The access token the simulator accepts; a random one when omitted. */
  token?: string;
  /** Added to every upstream call, like the round trip to Meta. */
  latencyMs?: number;
  seed?: SeedOptions;
  host?: string;
  port?: number;
  onPremises?: OnPremisesOptions;
  /** More tokens, each reaching only these WABAs (and their numbers), like a customer's own system user. */
  scopedTokens?: Record<string, string[]>;
  /** The app Embedded Signup's codes are exchanged with (GET /oauth/access_token); the demo app by default. */
  app?: { id: string; secret: string };
}

export interface Simulator {
  /** Origin, e.g. `http://127.0.0.1:41234` (what the gateway takes as GRAPH_API_BASE_URL). */
  url: string;
  token: string;
  state: SimulatorState;
  log: RequestLog;
  faults: FaultSwitches;
  latencyMs: number;
  /** Share of calls (0–1) that fail with a transient Graph error, at random (the benchmark's fault scenario). */
  transientRate: number;
  /** TCP connections accepted so far (tests check that the gateway reuses them). */
  connectionsOpened: number;
  /** Where `/__simulator/name-decision` sends its signed webhook (the gateway's /webhooks/meta). */
  webhookTarget: WebhookTarget | undefined;
  /** The On-Premises client the simulator also plays (`/v1/...`). */
  onPremises: OnPremisesClientSim;
  /** The app whose id and secret exchange Embedded Signup's codes. */
  app: { id: string; secret: string };
  close(): Promise<void>;
}

const MAX_BODY = 3 * 1024 * 1024;
const TRANSIENT: Fault = { kind: "graph-error", error: { code: 2, status: 503, message: "Service temporarily unavailable", isTransient: true } };
const VERSION = /^v\d+\.\d+$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (!text) return {};
  if (contentType?.includes("application/json")) {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function visibleTo(state: SimulatorState, scope: "all" | string[]): (id: string) => boolean {
  if (scope === "all") return () => true;
  return (id) => scope.includes(id) || scope.some((wabaId) => state.wabas.get(wabaId)?.phoneIds.includes(id) === true);
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const token = options.token ?? `sim-${randomBytes(16).toString("hex")}`;
  const state = seedState(options.seed);
  const log = new RequestLog();
  const faults = new FaultSwitches();
  const onPremises = new OnPremisesClientSim(state, options.onPremises);
  const app = options.app ?? { id: SIMULATOR_APP.id, secret: DEMO_APP_SECRET };
  const sim = { token, state, log, faults, latencyMs: options.latencyMs ?? 0, connectionsOpened: 0, transientRate: 0, onPremises, app } as Simulator;
  const sockets = new Set<Socket>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://simulator");
    if (url.pathname.startsWith("/__simulator/")) {
      const body = await readBody(req);
      return handleControl(sim, req.method ?? "GET", url, body, res);
    }
    // The On-Premises client may sit under a path prefix; anything else under that prefix is not there.
    const prefix = onPremises.pathPrefix;
    const underPrefix = prefix !== "" && url.pathname.startsWith(`${prefix}/`);
    const path = underPrefix ? url.pathname.slice(prefix.length) : url.pathname;
    const [, version, ...segments] = path.split("/");
    const method = (req.method ?? "GET").toUpperCase();
    const rawBody = await readBody(req);
    const contentType = req.headers["content-type"];
    let body: Record<string, unknown>;
    try {
      body = parseBody(rawBody, contentType);
    } catch {
      return send(res, errorResponse({ code: 100, message: "(#100) Could not parse the request body" }));
    }
    const segs = segments.filter((s) => s.length > 0);
    const onPrem = version === "v1" && underPrefix === (prefix !== "");
    const isBatch = method === "POST" && segs.length === 0 && body.batch !== undefined;
    const endpoint = onPrem ? `onprem:${segs.join("/")}` : isBatch ? "batch" : endpointOf(method, segs);
    const entry = {
      method,
      path: url.pathname,
      endpoint,
      query: Object.fromEntries(url.searchParams),
      headers: {
        authorization: req.headers.authorization,
        userAgent: req.headers["user-agent"],
        contentType,
      },
      body: rawBody ? body : undefined,
    } as LoggedRequest;
    log.record(entry);

    const fault = faults.take(endpoint) ?? (Math.random() < sim.transientRate ? TRANSIENT : undefined);
    if (fault && (await applyFault(fault, res, req))) return;
    if (sim.latencyMs > 0) await sleep(sim.latencyMs);
    if (onPrem) return send(res, onPremises.handle(method, path, req.headers.authorization, body));
    if (version === "v1" || underPrefix) {
      res.writeHead(404, { "content-type": "text/html" });
      return void res.end("<html><body>Not Found</body></html>");
    }

    if (!version || !VERSION.test(version)) {
      return send(res, errorResponse({ code: 2500, message: "Unknown path components: /" + (version ?? "") }));
    }
    // Server to server with the app's id and secret, no Authorization header (graph-api.md §13.1).
    if (method === "GET" && segs.join("/") === "oauth/access_token") {
      try {
        return send(res, exchangeCode(state, app, url.searchParams));
      } catch (e) {
        if (e instanceof SimGraphError) return send(res, errorResponse(e.spec));
        throw e;
      }
    }
    const auth = req.headers.authorization;
    const presented = auth?.startsWith("Bearer ") ? auth.slice(7) : (url.searchParams.get("access_token") ?? undefined);
    const scope =
      presented === token ? "all" : presented !== undefined ? (options.scopedTokens?.[presented] ?? state.signup.tokens.get(presented)?.wabaIds) : undefined;
    if (scope === undefined) {
      return send(
        res,
        errorResponse({
          code: 190,
          status: 401,
          message: presented
            ? "Invalid OAuth access token - Cannot parse access token"
            : "An active access token must be used to query information about the current user.",
        }),
      );
    }
    const ctx: RouteContext = { state, versionUrl: `${sim.url}/${version}`, version: majorOf(version), visible: visibleTo(state, scope), appId: app.id };
    const extraHeaders = fault?.kind === "headers" ? fault.headers : undefined;
    const answer = isBatch ? runBatch(ctx, faults, body, entry) : dispatch(ctx, { method, segments: segs, query: url.searchParams, body });
    send(res, extraHeaders ? { ...answer, headers: { ...answer.headers, ...extraHeaders } } : answer);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, body: { error: { message: "simulator failure", code: 1 } } });
    });
  });
  server.on("connection", (s) => {
    sim.connectionsOpened++;
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  sim.url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  sim.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return sim;
}
