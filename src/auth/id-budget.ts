import { GraphQLError } from "graphql";

/** All lists and aliases of one operation together: what one request may make the gateway look up. */
export const MAX_IDS_PER_OPERATION = 250;

/**
 * Counts the ids one operation asks for, across every field and alias: 30 aliases × 250 ids would otherwise be
 * 7,500 lookups (and as many errors) in one request.
 */
export class IdBudget {
  private used = 0;

  take(count: number): void {
    this.used += count;
    if (this.used > MAX_IDS_PER_OPERATION) {
      throw new GraphQLError(`At most ${MAX_IDS_PER_OPERATION} ids per operation, over all fields and aliases; split the request.`, {
        extensions: { code: "BAD_USER_INPUT", argument: "ids" },
      });
    }
  }
}
