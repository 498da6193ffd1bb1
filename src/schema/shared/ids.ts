import { GRAPH_ID } from "../../graph-api/ids.js";
import { GraphQLError } from "graphql";

export const MAX_IDS_PER_LIST = 250;

/** All lists and aliases of one operation together: what one request may make the gateway look up. */
export const MAX_IDS_PER_OPERATION = 250;

/** The ids an operation has asked for so far (the request's context holds the count). */
export interface IdCount {
  idsAsked: number;
}

/**
 * Counts the ids one operation asks for, across every field and alias: 30 aliases × 250 ids would otherwise be
 * 7,500 lookups (and as many errors) in one request.
 */
export function takeIds(count: IdCount, n: number): void {
  count.idsAsked += n;
  if (count.idsAsked > MAX_IDS_PER_OPERATION) {
    throw new GraphQLError(`At most ${MAX_IDS_PER_OPERATION} ids per operation, over all fields and aliases; split the request.`, {
      extensions: { code: "BAD_USER_INPUT", argument: "ids" },
    });
  }
}

export function checkId(id: string, argument = "id"): GraphQLError | undefined {
  if (GRAPH_ID.test(id)) return undefined;
  return new GraphQLError(`${argument} must be a numeric Graph API ID.`, { extensions: { code: "BAD_USER_INPUT", argument } });
}

/** At most 250 ids, each once: a repeated id would render (and count) its object again for nothing. */
export function checkIdList(ids: readonly string[]): void {
  if (ids.length > MAX_IDS_PER_LIST) {
    throw new GraphQLError(`At most ${MAX_IDS_PER_LIST} ids per list.`, { extensions: { code: "BAD_USER_INPUT", argument: "ids" } });
  }
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new GraphQLError(`ids names ${id} more than once; name each id once.`, { extensions: { code: "BAD_USER_INPUT", argument: "ids" } });
    seen.add(id);
  }
}

/** One object by id: refused before any upstream call when the id is not a Graph id. */
export function loadById<T>(budget: IdCount, id: string | number, load: (id: string) => Promise<T>): Promise<T> {
  const bad = checkId(String(id));
  if (bad) return Promise.reject(bad);
  takeIds(budget, 1);
  return load(String(id));
}

export const forbidden = () =>
  new GraphQLError("This caller may not see that object: it is not in the caller's WABAs.", { extensions: { code: "FORBIDDEN" } });

/**
 * A list by ids, in the order asked: each bad or refused id fails alone (null plus an error) and is never
 * fetched; the list is at most 250 long.
 */
export function loadEachById<T>(
  budget: IdCount,
  ids: readonly (string | number)[],
  allowed: (id: string) => boolean | Promise<boolean>,
  load: (id: string) => Promise<T>,
): Promise<T>[] {
  checkIdList(ids.map(String));
  takeIds(budget, ids.length);
  return ids.map(async (raw) => {
    const id = String(raw);
    const bad = checkId(id, "ids");
    if (bad) throw bad;
    if (!(await allowed(id))) throw forbidden();
    return load(id);
  });
}
