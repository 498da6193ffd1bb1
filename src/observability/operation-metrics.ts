import { getOperationAST, type DocumentNode } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { GatewayMetrics } from "./metrics.js";

/** Distinct operation names `/metrics` names; later ones are counted as "other". */
export const MAX_OPERATION_NAMES = 100;

/** A GraphQL name of reasonable length; anything else a caller sent as `operationName` is "other". */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation names as metric labels, from a bounded set: callers choose operation names, and every new one would
 * be a new series of every operation metric (300 names grew `/metrics` from 37 KB to 1.5 MB). The first
 * `max` names seen keep their own label (a deployment's frontends and services use a few dozen), the rest are
 * "other", and so is an `operationName` parameter that is no GraphQL name (it can be any string, of any length).
 */
export class OperationNames {
  private readonly known = new Set<string>();
  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(name: string | undefined): string {
    if (!name) return "Anonymous";
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max || !OPERATION_NAME.test(name)) return "other";
    this.known.add(name);
    return name;
  }
}

interface OperationLabels {
  operationName: string;
  operationType: string;
}

const UNPARSED: OperationLabels = { operationName: "Anonymous", operationType: "unknown" };

/**
 * `/metrics` (served to the admin port): the gateway's own metrics plus, for each operation, its count, its
 * execution time and its errors by phase, and each GraphQL request's HTTP time, labelled with bounded operation
 * names. No URL label (it would carry query strings: PINs, variables) and no error path (aliases and list indexes,
 * chosen by callers).
 *
 * The same four series Yoga's Prometheus plugin recorded here, under its names, labels and help, recorded
 * directly with prom-client: that plugin's general machinery (label-filling callbacks, per-phase handler lists, a
 * second look-up of the operation per request) cost about 80 µs of CPU per operation, some 15 % of the gateway's
 * own work on a one-number read.
 */
export function operationMetrics(metrics: GatewayMetrics, names = new OperationNames()): Plugin {
  const { registry, operations, operationDuration, operationErrors, httpDuration } = metrics;
  const started = new WeakMap<Request, number>();
  const labelled = new WeakMap<Request, OperationLabels>();
  // Label sets are few (bounded names × operation types × methods and statuses): each is made once and reused, so that
  // recording an operation allocates nothing of its own.
  const operationLabels = new Map<string, OperationLabels>();
  const httpLabels = new WeakMap<OperationLabels, Map<string, OperationLabels & { method: string; statusCode: string }>>();
  const labelsOf = (document: DocumentNode, operationName: string | undefined): OperationLabels => {
    const operation = getOperationAST(document, operationName);
    const name = names.label(operation?.name?.value);
    const type = operation?.operation ?? "unknown";
    const key = `${type} ${name}`;
    let labels = operationLabels.get(key);
    if (!labels) operationLabels.set(key, (labels = { operationName: name, operationType: type }));
    return labels;
  };
  const withResponse = (labels: OperationLabels, method: string, status: number) => {
    let byResponse = httpLabels.get(labels);
    if (!byResponse) httpLabels.set(labels, (byResponse = new Map()));
    const key = `${method} ${status}`;
    let all = byResponse.get(key);
    if (!all) byResponse.set(key, (all = { ...labels, method, statusCode: String(status) }));
    return all;
  };
  /** Once an operation's execution (or subscription) ends: its count, its time and each error it answered. */
  const done = (labels: OperationLabels, since: number) => {
    operations.inc(labels);
    operationDuration.observe(labels, (performance.now() - since) / 1000);
  };
  const countErrors = (labels: OperationLabels, result: unknown) => {
    const errors = (result as { errors?: readonly unknown[] }).errors;
    if (errors?.length) operationErrors.inc({ ...labels, phase: "execute" }, errors.length);
  };
  /** The labels found when the request's document was parsed. */
  const parsedLabels = (request: Request | undefined) => (request ? labelled.get(request) : undefined);
  /** An executing (or subscribing) operation's labels: from its parse, else from its document. */
  const runningLabels = (args: { contextValue: unknown; document: DocumentNode; operationName?: string | null }) =>
    parsedLabels((args.contextValue as { request?: Request }).request) ?? labelsOf(args.document, args.operationName ?? undefined);
  /** What an execution's (or a subscription's) result records: at once, or event by event and at its end. */
  const recordResult = (labels: OperationLabels, since: number) => ({ result }: { result: unknown }) => {
    if (!isAsyncIterable(result)) return void (countErrors(labels, result), done(labels, since));
    return { onNext: ({ result: part }: { result: unknown }) => countErrors(labels, part), onEnd: () => done(labels, since) };
  };
  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => {
        operationErrors.inc({ ...(parsedLabels((context as { request?: Request }).request) ?? UNPARSED), phase: "context" });
      });
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === "/metrics") {
        return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { "content-type": registry.contentType } })));
      }
      started.set(request, performance.now());
      return undefined;
    },
    onParse({ context }) {
      const { request, params } = context as { request?: Request; params?: { operationName?: string } };
      return ({ result }) => {
        if (result instanceof Error) return void operationErrors.inc({ ...UNPARSED, phase: "parse" });
        if (request) labelled.set(request, labelsOf(result as DocumentNode, params?.operationName));
      };
    },
    onValidate({ context }) {
      const request = (context as { request?: Request }).request;
      return ({ valid }) => {
        if (!valid) operationErrors.inc({ ...(parsedLabels(request) ?? UNPARSED), phase: "validate" });
      };
    },
    onExecute({ args }) {
      const labels = runningLabels(args);
      return { onExecuteDone: recordResult(labels, performance.now()) };
    },
    onSubscribe({ args }) {
      const labels = runningLabels(args);
      return {
        onSubscribeError: () => operationErrors.inc({ ...labels, phase: "subscribe" }),
        onSubscribeResult: recordResult(labels, performance.now()),
      };
    },
    onResponse({ request, response }) {
      const since = started.get(request);
      const labels = labelled.get(request);
      // Requests whose document never parsed (health probes, refusals before parsing) are not operations.
      if (since !== undefined && labels) httpDuration.observe(withResponse(labels, request.method, response.status), (performance.now() - since) / 1000);
    },
  };
}
