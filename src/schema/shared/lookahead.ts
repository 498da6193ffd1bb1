import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { GraphQLError } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { PageSpec } from "../../loaders/page-spec.js";
import { parseMiddleCursor, resumeAfter } from "./cursor-page.js";

/**
 * Field projection: which Graph API fields each GraphQL field needs. `fields=` sent upstream is
 * exactly the union over what an operation selects (plus `id`), never Meta's defaults.
 */
export type FieldTable = Readonly<Record<string, readonly string[]>>;

/** The Graph fields needed for these GraphQL fields, sorted, always with `id`. */
export function graphFields(table: FieldTable, selected: Iterable<string>): string[] {
  const out = new Set<string>(["id"]);
  for (const name of selected) {
    const needed = table[name];
    if (!needed) throw new Error(`No Graph API field mapping for GraphQL field ${name}`);
    for (const f of needed) out.add(f);
  }
  return [...out].sort();
}

/**
 * Reads the operation's selection under a field, so that one upstream call can fetch exactly what
 * the whole subtree needs (field projection, and pages fetched together with their WABA).
 */
export function treeOf(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info);
  if (!tree || !("fieldsByTypeName" in tree)) throw new Error("Could not read the selection");
  return tree as ResolveTree;
}

/** The selections of a field's result as `typeName`, keyed by alias. */
export function childrenOf(tree: ResolveTree, typeName: string): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName[typeName] ?? {});
}

/** The `edges { node }` selections of a Relay connection field (`XConnection` → `XEdge` → node), across aliases. */
export function connectionNodes(tree: ResolveTree, connection: string, edge: string): ResolveTree[] {
  return childrenOf(tree, connection)
    .filter((c) => c.name === "edges")
    .flatMap((edges) => childrenOf(edges, edge))
    .filter((c) => c.name === "node");
}

/** Graph fields for every GraphQL field selected on `typeName` under `tree`. */
export function graphFieldsOf(tree: ResolveTree, typeName: string, table: FieldTable): string[] {
  return graphFields(table, childrenOf(tree, typeName).map((c) => c.name));
}

/** Projections remembered per field of a parsed document: at most this many @skip/@include combinations each. */
const MAX_VARIANTS_PER_FIELD = 16;
const projections = new WeakMap<FieldTable, WeakMap<FieldNode, Map<string, string[]>>>();

/**
 * `graphFieldsOf(treeOf(info), typeName, table)`, remembered per field of the (cached, reused) parsed document: a
 * dashboard sends the same document again and again, and walking its selection for every request cost ~2 % of an
 * operation. What is selected depends only on the document and on @skip/@include, whose variables are booleans, so
 * the boolean variables are the rest of the key.
 */
export function selectedGraphFields(info: GraphQLResolveInfo, typeName: string, table: FieldTable): readonly string[] {
  // Only a field selected once: several nodes merged under one response name (a fragment's and a sibling's) can
  // start with the same node in two places of one document and still select different fields.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  if (!node) return graphFieldsOf(treeOf(info), typeName, table);
  let byNode = projections.get(table);
  if (!byNode) projections.set(table, (byNode = new WeakMap()));
  let variants = byNode.get(node);
  if (!variants) byNode.set(node, (variants = new Map()));
  let key = typeName;
  for (const [name, value] of Object.entries(info.variableValues)) if (typeof value === "boolean") key += `|${name}=${value}`;
  const known = variants.get(key);
  if (known) return known;
  const fields = graphFieldsOf(treeOf(info), typeName, table);
  if (variants.size < MAX_VARIANTS_PER_FIELD) variants.set(key, fields);
  return fields;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
const MAX_CURSOR_LENGTH = 2048;

const badInput = (message: string, argument: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  filter?: { accountMode?: "SANDBOX" | "LIVE" | null } | null;
}

const sizeProblem = (size: number, argument: "first" | "last") =>
  !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE ? badInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}.`, argument) : undefined;
const cursorProblem = (cursor: string | null | undefined, argument: "after" | "before") =>
  cursor != null && (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) ? badInput(`${argument} is not a valid cursor.`, argument) : undefined;

/** The size of a forward-only list page (`first`, `after`), or why Meta could not be asked for it. */
export function listPageSize(first: number | null | undefined, after: string | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  const problem = sizeProblem(size, "first") ?? cursorProblem(after, "after");
  if (problem) throw problem;
  return size;
}

/** The page a `phoneNumbers` connection field asks for, or why its arguments cannot be sent to Meta. */
export function pageSpecOf(tree: ResolveTree, numberFields: FieldTable): PageSpec | GraphQLError {
  const args = tree.args as ConnectionArgs;
  const { first, last, after, before } = args;
  if (first != null && last != null) return badInput("Pass first or last, not both.", "first");
  if (after != null && before != null) return badInput("Pass after or before, not both.", "after");
  if (first != null && before != null) return badInput("Page forwards with first/after, backwards with last/before.", "before");
  if (last != null && after != null) return badInput("Page forwards with first/after, backwards with last/before.", "after");
  if (last != null && before == null) return badInput("last needs before: Meta pages backwards only from a cursor.", "last");
  const size = first ?? last ?? DEFAULT_PAGE_SIZE;
  const problem = sizeProblem(size, first != null ? "first" : "last") ?? cursorProblem(after, "after") ?? cursorProblem(before, "before");
  if (problem) return problem;
  const nodes = connectionNodes(tree, "PhoneNumberConnection", "PhoneNumberEdge");
  const fields = graphFields(numberFields, nodes.flatMap((n) => childrenOf(n, "PhoneNumber").map((c) => c.name)));
  if (before != null && parseMiddleCursor(before)) return badInput("Page backwards from pageInfo.startCursor or a page's first edge.", "before");
  return { size, skip: 0, fields, accountMode: args.filter?.accountMode ?? undefined, ...(after != null ? resumeAfter(after) : {}), ...(before != null ? { before } : {}) };
}
