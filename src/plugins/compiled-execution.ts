import { getOperationAST, GraphQLError, Kind, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type SourceLocation } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery, type CompilerOptions } from "graphql-jit";
import { maskError, type Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import type { Logger } from "pino";
import type { GatewayMetrics } from "../observability/metrics.js";

/** One operation of one parsed document: how often it ran since it was last compiled or evicted. */
interface Entry {
  runs: number;
  /** Fields it selects, fragments expanded (Infinity above `maxFields`): compiled code grows with it. */
  fields: number;
  notCompilable?: true;
}

const COMPILER: Partial<CompilerOptions> = {
  // graphql-jit's own advice: the older skip/include handling is wrong for fragment spreads.
  useExperimentalPathBasedSkipInclude: true,
  // Errors are masked and never carry a stack: capturing one per error is wasted work.
  disablingCapturingStackErrors: true,
};

// Compiled code costs about 7 KB of heap per selected field (measured: a 600-field document, 4.2 MB) and
// compiling about 0.1 ms per field, on the event loop. Hostile callers can send documents that are all hot and
// all different, so both are bounded: no operation of more than `maxFields` is compiled, at most `maxFieldsKept`
// fields' worth of compiled code is kept (about 20 MB; the least recently run goes first), and compiling may
// take at most `msPerSecond` of each second, on average (5 % of a core).
export const COMPILE_LIMITS = { maxFields: 300, maxFieldsKept: 3_000, msPerSecond: 50, msBurst: 200 } as const;

/**
 * Runs a query that callers send again and again as code compiled for it (graphql-jit) instead of graphql-js's
 * interpreter: for a page of WABAs and their numbers about a fifth less CPU per operation, as execution walks
 * every field of every number. Only queries (mutations are sent once each; subscriptions stay on graphql-js), and
 * only once an operation has run `hotAfter` times, so that one-off documents (GraphiQL, a hostile caller) never
 * pay for compiling. Kept per parsed document (Yoga's parser cache) and per operation name: `@envelop/graphql-jit`
 * keys by document alone, so a document with two operations would run the first one compiled for both, and it
 * bounds neither memory nor compile time; that is why this is not that plugin.
 *
 * graphql-jit's answers are graphql-js's (test/compiled-execution.test.ts compares them), but for two things
 * mended here: refused variables are answered by graphql-js, and errors get their locations back (`located`).
 */
export function compiledExecution(options: {
  hotAfter: number;
  /** Each compilation, and what graphql-jit said when it could not compile (the operation then stays on graphql-js). */
  onCompile: (outcome: { operationName: string | undefined; errors?: string[] }) => void;
  now?: () => number;
}): Plugin {
  const now = options.now ?? (() => performance.now());
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  const compiled = new LRUCache<Entry, CompiledQuery>({
    maxSize: COMPILE_LIMITS.maxFieldsKept,
    sizeCalculation: (_, entry) => entry.fields,
    // Evicted: it starts counting again, and is compiled again if it is still hot.
    dispose: (_, entry) => void (entry.runs = 0),
  });
  const budget = new CompileBudget(now);

  const entryOf = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string): Entry => {
    let operations = entries.get(document);
    if (!operations) entries.set(document, (operations = new Map()));
    let entry = operations.get(operationName);
    if (!entry) operations.set(operationName, (entry = { runs: 0, fields: fieldsOf(document, operation) }));
    return entry;
  };

  const compile = (entry: Entry, operation: OperationDefinitionNode, args: { schema: Parameters<typeof compileQuery>[0]; document: DocumentNode; operationName?: string | null }) => {
    const started = now();
    const result = compileQuery(args.schema, args.document, args.operationName ?? undefined, COMPILER);
    budget.spend(now() - started);
    const operationName = operation.name?.value;
    if (!isCompiledQuery(result)) {
      entry.notCompilable = true;
      options.onCompile({ operationName, errors: (result.errors ?? []).map((e) => e.message) });
      return undefined;
    }
    compiled.set(entry, result);
    options.onCompile({ operationName });
    return result;
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "query") return;
      const entry = entryOf(args.document, operation, args.operationName ?? "");
      if (entry.notCompilable || entry.fields > COMPILE_LIMITS.maxFields) return;
      const query = compiled.get(entry) ?? (++entry.runs >= options.hotAfter && budget.available() ? compile(entry, operation, args) : undefined);
      if (!query) return;
      const interpreted = executeFn;
      setExecuteFn((a) => {
        const settle = (result: ExecutionResult) =>
          // No data: the variables were refused before anything ran; graphql-js words that (and its HTTP status).
          result.data === undefined ? interpreted(a) : result.errors ? { ...result, errors: result.errors.map((e) => located(a.document, e)) } : result;
        const result = query.query(a.rootValue, a.contextValue, a.variableValues);
        return result instanceof Promise ? result.then(settle) : settle(result);
      });
    },
  };
}

/** Milliseconds of compiling allowed: `msPerSecond` on average, `msBurst` at once. */
class CompileBudget {
  private ms: number = COMPILE_LIMITS.msBurst;
  private at: number;
  constructor(private readonly now: () => number) {
    this.at = now();
  }
  available(): boolean {
    const t = this.now();
    this.ms = Math.min(COMPILE_LIMITS.msBurst, this.ms + ((t - this.at) / 1000) * COMPILE_LIMITS.msPerSecond);
    this.at = t;
    return this.ms > 0;
  }
  spend(ms: number): void {
    this.ms -= ms;
  }
}

/** Fields the operation selects with its fragments expanded, or Infinity past `maxFields` (counting stops there). */
function fieldsOf(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let count = 0;
  // Validation has refused fragment cycles; the bound cuts fragments spread inside fragments, each many times.
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((s) =>
      s.kind === Kind.FIELD ? ++count <= COMPILE_LIMITS.maxFields && walk(s.selectionSet) : walk(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)?.selectionSet),
    );
  return walk(operation.selectionSet) ? count : Number.POSITIVE_INFINITY;
}

/**
 * graphql-jit's errors carry their locations but not the document's nodes, and Yoga writes an error's locations
 * from those: the error is made again from the document's source, so that it keeps them as graphql-js's do.
 */
function located(document: DocumentNode, error: GraphQLError): GraphQLError {
  const source = document.loc?.source;
  return new GraphQLError(error.message, {
    ...(source && error.locations ? { source, positions: error.locations.map((l) => offsetOf(source.body, l)) } : {}),
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: error.extensions,
  });
}

/** The offset of a line and column in a document (lines end as graphql-js counts them). */
function offsetOf(body: string, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let l = 1; l < line; l++) {
    const m = lineBreak.exec(body);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return start + column - 1;
}

/**
 * Yoga's masking, and also of errors graphql-jit raised itself: those are the only execution errors (they have a
 * path) without an original error, as graphql-js wraps the TypeError it raises and every resolver's error.
 */
export function maskEngineErrors(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError && error.path && !error.originalError) {
    const { nodes, source, positions, path } = error;
    return maskError(new GraphQLError(error.message, { nodes, source, positions, path, originalError: new Error(error.message) }), message, isDev);
  }
  return maskError(error, message, isDev);
}

/** Counts compilations; a query graphql-jit cannot compile keeps running on graphql-js, and the log says why. */
export const countCompilations =
  (metrics: GatewayMetrics, log: Logger) =>
  ({ operationName, errors }: { operationName: string | undefined; errors?: string[] }): void => {
    metrics.compiledQueries.inc({ outcome: errors ? "not_compilable" : "compiled" });
    if (errors) log.warn({ operation: operationName, errors }, "query not compiled: it keeps running on graphql-js");
  };
