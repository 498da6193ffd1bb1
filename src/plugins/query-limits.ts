import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

export interface QueryLimits {
  maxAliases: number;
  maxDepth: number;
  maxTokens: number;
}

/** graphql-armor's errors carry no code; clients get `QUERY_TOO_COMPLEX` to switch on. */
const tag = (_ctx: unknown, error: GraphQLError) => {
  (error.extensions as Record<string, unknown>).code = "QUERY_TOO_COMPLEX";
};

/**
 * Bounds on a hostile operation, checked while parsing and validating, before any resolver (and so any
 * upstream call) runs. List arguments (`ids` ≤ 250) and page sizes (≤ 100) are checked by the schema.
 */
export function queryLimits(limits: QueryLimits): Plugin[] {
  const callbacks = { onReject: [tag], propagateOnRejection: true };
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...callbacks }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, ...callbacks }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, ...callbacks }) as Plugin,
  ];
}
