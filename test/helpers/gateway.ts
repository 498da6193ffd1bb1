import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type ExecutionResult } from "graphql";
import { afterEach, beforeEach } from "vitest";
import { Writable } from "node:stream";
import { createGateway, type Gateway } from "../../src/gateway.js";
import type { GatewayOptions } from "../../src/gateway-options.js";
import { createLogger } from "../../src/observability/logger.js";
import type { Simulator } from "../../src/simulator/server.js";
import { DEMO_BUSINESS_ID } from "../../src/simulator/seed.js";

/** Everything the gateway logged, for tests that look for leaks. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.lines.join("");
  }
}

export interface TestGateway {
  yoga: Gateway;
  logs: LogSink;
}

/** A gateway pointed at the simulator over real HTTP, with the default configuration unless overridden. */
export function gatewayFor(sim: Simulator, overrides: Partial<GatewayOptions> = {}): TestGateway {
  const logs = new LogSink();
  const yoga = createGateway({
    graphApi: { baseUrl: sim.url, version: "v26.0", accessToken: sim.token, timeoutMs: 5_000 },
    businessId: DEMO_BUSINESS_ID,
    batching: true,
    graphiql: true,
    logger: createLogger("info", logs),
    // The defaults a user gets (read cache on); a test that needs otherwise says so.
    ...overrides,
  });
  return { yoga, logs };
}

/**
 * A fresh gateway for each test (its read cache and throttle start empty, as after a start), built once the
 * file's simulator is up and disposed after the test.
 */
export function useGateway(simulator: { readonly sim: Simulator }, overrides: Partial<GatewayOptions> = {}): TestGateway {
  const holder = {} as TestGateway;
  beforeEach(() => {
    Object.assign(holder, gatewayFor(simulator.sim, overrides));
  });
  afterEach(() => holder.yoga?.dispose());
  return holder;
}

export interface Executed<R> {
  status: number;
  body: ExecutionResult<R>;
  text: string;
}

/** Runs a typed operation through `yoga.fetch` (in-process HTTP handling, real upstream sockets). */
export async function execute<R, V>(
  yoga: Gateway,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  headers?: Record<string, string>,
): Promise<Executed<R>> {
  const response = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ExecutionResult<R>, text };
}

/** `extensions.code` of each error, in order. */
export const codes = (body: ExecutionResult<unknown>): unknown[] => (body.errors ?? []).map((e) => e.extensions?.code);
