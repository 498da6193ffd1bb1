import { getNamedType, GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";

/** A connection's page when the caller names no size (the schema's default for `first`). */
const DEFAULT_PAGE_SIZE = 25;

/** How many items a field renders its selection for: the ids it names, a page's size, or one. */
function itemsOf(args: Record<string, unknown>, connection: boolean): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  for (const size of [args.first, args.last]) if (typeof size === "number") return Math.max(size, 0);
  return connection ? DEFAULT_PAGE_SIZE : 1;
}

/** Every field counts once per item it is rendered for: its own value, and its selection once per item. A list with a
 * bound of its own says so in its extensions (`maxItems`), e.g. a number's recent changes. */
const rendered: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const bounded = (field.extensions as { maxItems?: unknown } | undefined)?.maxItems;
  const items = typeof bounded === "number" ? bounded : itemsOf(args, getNamedType(field.type).name.endsWith("Connection"));
  return 1 + items * childComplexity;
};

/**
 * The fields an operation renders at most, counted from the document and its variables before anything runs:
 * aliases and fragments each count, lists count per id (duplicates included) and pages per item asked for.
 * Undefined when the variables do not fit the document (execution then answers that, as graphql-js words it).
 */
export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined {
  try {
    // maxQueryNodes bounds the walk itself (fragments spread in fragments), far above any document the other limits let through.
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [rendered], maxQueryNodes: 20_000 });
  } catch (e) {
    if (e instanceof GraphQLError && /maximum allowed number of nodes/i.test(e.message)) return Number.POSITIVE_INFINITY;
    return undefined;
  }
}

/** Per parsed document (Yoga's parser cache hands back the same one): costs already counted, by what decides them. */
const MAX_KEYS_PER_DOCUMENT = 64;

/**
 * What the cost depends on in the variables: the length of each list (ids), numbers (page sizes) and booleans
 * (@skip/@include); a string's value never matters. Two requests with the same shape cost the same.
 */
const shapeOf = (variables: Record<string, unknown> | undefined): string =>
  JSON.stringify(variables ?? {}, (_key, value: unknown) => (Array.isArray(value) ? `#${value.length}` : typeof value === "string" ? "" : value));

/**
 * Bounds what an operation costs to answer, not what it names: 30 aliases of a 100-number page over 250 WABA ids
 * asked for 55 MB. Checked before execution (and so before any upstream call), for queries, mutations and
 * subscriptions alike, with an error naming the limit.
 */
export function operationCost(maxCost: number): Plugin {
  const refuse = (cost: number) =>
    new GraphQLError(
      `This operation would render up to ${Number.isFinite(cost) ? cost : "too many"} fields; at most ${maxCost} are allowed per operation (each alias, id and page item counts). Ask for fewer ids, smaller pages or fewer aliases, or split the request.`,
      { extensions: { code: "QUERY_TOO_COMPLEX", maxCost, ...(Number.isFinite(cost) ? { cost } : {}) } },
    );
  const known = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  // A dashboard sends the same document again and again: its cost is counted once per shape of its variables.
  const costOfShape = (args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: Record<string, unknown> | null; operationName?: string | null }) => {
    const variables = args.variableValues ?? undefined;
    const key = `${args.operationName ?? ""}\n${shapeOf(variables)}`;
    let costs = known.get(args.document);
    if (costs?.has(key)) return costs.get(key);
    const cost = costOf(args.schema, args.document, variables, args.operationName ?? undefined);
    if (!costs) known.set(args.document, (costs = new Map()));
    if (costs.size < MAX_KEYS_PER_DOCUMENT) costs.set(key, cost);
    return cost;
  };
  const check = (args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: Record<string, unknown> | null; operationName?: string | null }) => {
    const cost = costOfShape(args);
    return cost !== undefined && cost > maxCost ? refuse(cost) : undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
