import { GraphQLError } from "graphql";

/** Graph API ids are numeric; anything else would end up in an upstream URL, so it never leaves the gateway. */
const GRAPH_ID = /^\d{1,25}$/;
export const MAX_IDS_PER_LIST = 250;

export function checkId(id: string, argument = "id"): GraphQLError | undefined {
  if (GRAPH_ID.test(id)) return undefined;
  return new GraphQLError(`${argument} must be a numeric Graph API ID.`, { extensions: { code: "BAD_USER_INPUT", argument } });
}

export function checkIdList(ids: readonly string[]): void {
  if (ids.length > MAX_IDS_PER_LIST) {
    throw new GraphQLError(`At most ${MAX_IDS_PER_LIST} ids per list.`, { extensions: { code: "BAD_USER_INPUT", argument: "ids" } });
  }
}
