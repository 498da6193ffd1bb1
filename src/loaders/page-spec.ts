import type { NumberPageRequest } from "../graph-api/waba-operations.js";

/** Graph `fields=` lists as Meta reads them: merged over a batch, and with an edge expanded. */

/** Merges several field lists (from different keys of one batch) into one sorted list. */
export function mergeFields(lists: Iterable<readonly string[]>): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const f of list) out.add(f);
  return [...out].sort();
}

/** `phone_numbers.limit(10){id,name_status}`: Graph field expansion of an edge. */
export function expansion(edge: string, limit: number, fields: readonly string[]): string {
  return `${edge}.limit(${limit}){${fields.join(",")}}`;
}

/** One page of a WABA's phone numbers, as the gateway asks Meta for it. */
export interface PageSpec {
  /** Items the client asked for. */
  readonly size: number;
  /** Meta's cursors, passed through. */
  readonly after?: string;
  readonly before?: string;
  /** Leading items to drop: set when the client pages from a cursor in the middle of one of Meta's pages. */
  readonly skip: number;
  readonly accountMode?: "SANDBOX" | "LIVE";
  /** Graph fields of each number. */
  readonly fields: readonly string[];
}

const keys = new WeakMap<PageSpec, string>();

/**
 * A page's identity, for matching pages across loaders and aliases. Remembered per spec: one spec serves every WABA
 * of a `wabas(ids)` selection and is looked up several times for each (specs are not changed once made).
 */
export function pageKey(spec: PageSpec): string {
  let key = keys.get(spec);
  if (key === undefined) {
    key = JSON.stringify([spec.size, spec.after ?? null, spec.before ?? null, spec.skip, spec.accountMode ?? null, spec.fields]);
    keys.set(spec, key);
  }
  return key;
}

/** Only a first page of plain size fits Graph field expansion (`.limit(n)`); cursors and filters do not. */
export const fitsExpansion = (spec: PageSpec): boolean =>
  spec.after === undefined && spec.before === undefined && spec.accountMode === undefined && spec.skip === 0;

/** The page that rides on a WABA's own read as field expansion: the only page asked for, when it fits. */
export function expandedPage(pages: readonly PageSpec[]): PageSpec | undefined {
  const only = pages.length === 1 ? pages[0] : undefined;
  return only && fitsExpansion(only) ? only : undefined;
}

/** `phone_numbers.limit(n){…}`: that page, as a field of the WABA's read. */
export const numbersExpansion = (spec: PageSpec): string => expansion("phone_numbers", spec.size, spec.fields);

/** Meta's `limit` ceiling on the phone_numbers edge. */
export const MAX_UPSTREAM_LIMIT = 100;

/**
 * The items to ask Meta for: the page plus the items a middle cursor skips, never above Meta's ceiling.
 * When the two together pass it, the page comes back shorter, with `hasNextPage` (Meta's `next`) still true.
 */
export function upstreamLimit(spec: PageSpec): number {
  return Math.min(MAX_UPSTREAM_LIMIT, spec.size + spec.skip);
}

/** The request to Meta for this page: the page plus the items a middle cursor skips. */
export function pageRequest(spec: PageSpec): NumberPageRequest {
  return { limit: upstreamLimit(spec), after: spec.after, before: spec.before, accountMode: spec.accountMode, fields: spec.fields };
}
