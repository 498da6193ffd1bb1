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

/** One object by id: refused before any upstream call when the id is not a Graph id. */
export function loadById<T>(id: string | number, load: (id: string) => Promise<T>): Promise<T> {
  const bad = checkId(String(id));
  return bad ? Promise.reject(bad) : load(String(id));
}

/** A list by ids, in the order asked: each bad id fails alone (null plus an error), the list at most 250 long. */
export function loadEachById<T>(ids: readonly (string | number)[], load: (id: string) => Promise<T>): Promise<T>[] {
  checkIdList(ids.map(String));
  return ids.map((raw) => {
    const bad = checkId(String(raw), "ids");
    return bad ? Promise.reject(bad) : load(String(raw));
  });
}
