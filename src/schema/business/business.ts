import { GraphQLError } from "graphql";
import type { Context } from "../../context.js";

/**
 * The business portfolio the gateway works for. Without GRAPH_API_BUSINESS_ID the business's own edges cannot be
 * read: an operator's configuration problem, said plainly (never BAD_USER_INPUT: the caller did nothing wrong).
 */
export function businessIdOf(ctx: Context): string {
  if (ctx.businessId) return ctx.businessId;
  throw new GraphQLError(
    "This gateway has no business portfolio configured: an operator sets GRAPH_API_BUSINESS_ID (the BSP's business ID) to list its WABAs and pre-verified numbers.",
    { extensions: { code: "NOT_CONFIGURED", variable: "GRAPH_API_BUSINESS_ID" } },
  );
}
