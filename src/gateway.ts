import { randomUUID } from "node:crypto";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import type { GraphApiConfig } from "./config.js";
import type { Context } from "./context.js";
import { createPool, GraphApiClient } from "./graph-api/client.js";
import { graphiqlDefaultQuery } from "./graphiql-default-query.js";
import { createLoaders } from "./loaders/create-loaders.js";
import { OnPremisesClient, type OnPremisesConfig } from "./on-premises/client.js";
import { schema } from "./schema/index.js";
import { USER_AGENT } from "./version.js";

export interface GatewayOptions {
  graphApi: GraphApiConfig;
  batching: boolean;
  graphiql: boolean;
  /** Demo mode only changes GraphiQL's default query (it names the demo WABA). */
  demoMode: boolean;
  logger: Logger;
  onPremises?: OnPremisesConfig | undefined;
  /** The clock for the 14-day registration window (tests set it). */
  now?: () => number;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the gateway (no listening: server.ts listens, tests call `yoga.fetch`). */
export function createGateway(options: GatewayOptions): Gateway {
  const pool = createPool(options.graphApi.baseUrl);
  const client = new GraphApiClient({ ...options.graphApi, userAgent: USER_AGENT, pool });
  const log = options.logger;
  const now = options.now ?? Date.now;
  const onPremises = options.onPremises ? new OnPremisesClient(options.onPremises, now) : undefined;

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // One operation per HTTP request: GraphQL-over-HTTP batching would multiply every limit.
    batching: false,
    maskedErrors: { isDev: false },
    graphiql: options.graphiql ? { title: "waba-gateway", defaultQuery: graphiqlDefaultQuery(options.demoMode) } : false,
    // Loaded on first use: the bundled GraphiQL (~45 MB of heap) stays out of gateways that never serve it.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    logging: {
      debug: (...args) => log.debug(args.map(String).join(" ")),
      info: (...args) => log.info(args.map(String).join(" ")),
      warn: (...args) => log.warn(args.map(String).join(" ")),
      error: (...args) => log.error({ err: args.find((a) => a instanceof Error) }, "unexpected error"),
    },
    context: ({ request }): Context => {
      const given = request.headers.get("x-request-id");
      return {
        requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
        loaders: createLoaders(client, options.batching),
        graph: client,
        onPremises,
        now,
      };
    },
    plugins: [{ onDispose: () => Promise.all([pool.close(), onPremises?.close()]).then(() => undefined) }],
  });
}
