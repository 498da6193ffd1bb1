import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { DEFAULT_LIMITS } from "./config.js";
import { contextFactory, type Context } from "./context.js";
import type { GatewayOptions } from "./gateway-options.js";
import { graphiqlDefaultQuery } from "./graphiql-default-query.js";
import { yogaLogging } from "./observability/logger.js";
import {
  authenticateFirst,
  bodyLimit,
  compiledExecution,
  countCompilations,
  csrfPrevention,
  errorCap,
  examplePage,
  maskEngineErrors,
  noEchoedBodies,
  operationCost,
  operationLog,
  operationMetrics,
  operationTrace,
  persistedOperations,
  queryLimits,
  readiness,
  selectionBounds,
} from "./plugins/index.js";
import { schema } from "./schema/index.js";
import { createServices } from "./services.js";
import { WEBHOOK_PATH, webhookEndpoint } from "./webhooks/endpoint.js";

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/** The header Yoga's CSRF prevention asks of requests a browser could send cross-site (GraphiQL sends it). */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** Builds the gateway (no listening: server.ts listens, tests call `yoga.fetch`). */
export function createGateway(options: GatewayOptions): Gateway {
  const services = createServices(options);
  const { log, metrics, health, directory, fleet, authenticate, callers } = services;
  const compileAfter = options.compileAfter ?? 3;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };

  const plugins: Plugin[] = [
    // Without webhooks configured, /webhooks/meta is Yoga's 404 like any unknown path.
    ...(options.webhooks ? [webhookEndpoint(options.webhooks, { directory, fleet, metrics, logger: log })] : []),
    ...(options.examplePageSimulator ? [examplePage(options.examplePageSimulator)] : []),
    bodyLimit(limits.maxBodyBytes, [WEBHOOK_PATH]),
    readiness(health, fleet),
    csrfPrevention(CSRF_HEADER),
    noEchoedBodies(),
    // Before parse and validation: an unauthenticated document costs nothing to refuse.
    authenticateFirst(authenticate, callers),
    // After authentication (it needs the caller), before anything reads the document.
    ...(options.persistedDocuments ? [persistedOperations(options.persistedDocuments, callers)] : []),
    ...queryLimits(limits),
    selectionBounds(),
    // With the variables, before any resolver: what the operation would render, aliases and duplicate ids included.
    operationCost(limits.maxCost),
    errorCap(),
    operationMetrics(metrics),
    operationLog(log) as Plugin,
    // Before the trace: it wraps whichever execution runs, so the compiled one runs inside the operation's span.
    ...(compileAfter > 0 ? [compiledExecution({ hotAfter: compileAfter, onCompile: countCompilations(metrics, log) })] : []),
    ...(options.tracing ? [operationTrace() as Plugin] : []),
    { onDispose: services.close },
  ];
  if (options.introspection === false) plugins.push(useDisableIntrospection());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // One operation per HTTP request: GraphQL-over-HTTP batching would multiply every limit.
    batching: false,
    // A persisted operation's id in the GraphQL-over-HTTP form (`documentId`), beside Apollo's extension.
    extraParamNames: ["documentId"],
    // Yoga's own body limit pipes every request body through a TransformStream (about a third of a millisecond
    // of CPU per operation here); bodyLimit() checks Content-Length and reads the stream only without one.
    maxRequestBodySize: false,
    maskedErrors: { isDev: false, maskError: maskEngineErrors },
    graphiql: options.graphiql ? { title: "waba-gateway", defaultQuery: graphiqlDefaultQuery(options.demoWabaId), additionalHeaders: { [CSRF_HEADER]: "1" } } : false,
    // Loaded on first use: the bundled GraphiQL (~45 MB of heap) stays out of gateways that never serve it.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    logging: yogaLogging(log),
    context: contextFactory(services.context),
    plugins,
  });
}
