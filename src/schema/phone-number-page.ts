import type { PageWire, PhoneNumberWire } from "../graph-api/types.js";
import type { PageSpec } from "../loaders/page-spec.js";

/** A page of a WABA's numbers as the Relay connection shows it, built from Meta's paging envelope. */
export interface PhoneNumberEdgeValue {
  cursor: string;
  node: PhoneNumberWire;
}

export interface PhoneNumberPage {
  edges: PhoneNumberEdgeValue[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Meta gives cursors for the two ends of a page only. An edge in the middle gets a gateway cursor
 * naming Meta's `before` cursor and the offset; paging `after` it resumes at Meta's cursor and skips.
 */
const MIDDLE_PREFIX = "gwmid.";

export function middleCursor(metaBefore: string, index: number): string {
  return MIDDLE_PREFIX + Buffer.from(JSON.stringify([metaBefore, index])).toString("base64url");
}

export function parseMiddleCursor(cursor: string): { metaBefore: string; index: number } | undefined {
  if (!cursor.startsWith(MIDDLE_PREFIX)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor.slice(MIDDLE_PREFIX.length), "base64url").toString());
    if (Array.isArray(value) && typeof value[0] === "string" && Number.isInteger(value[1]) && value[1] > 0 && value[1] < 100) {
      return { metaBefore: value[0], index: value[1] as number };
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return undefined;
}

/** Meta's paging envelope → a Relay page. `hasNextPage` follows Meta's `paging.next`. */
export function toPage(wire: PageWire<PhoneNumberWire> | undefined, spec: PageSpec): PhoneNumberPage {
  const data = wire?.data ?? [];
  const before = wire?.paging?.cursors?.before;
  const after = wire?.paging?.cursors?.after;
  const last = data.length - 1;
  const cursorAt = (i: number): string => {
    if (i === last && after) return after;
    if (i === 0 && before) return before;
    return before ? middleCursor(before, i) : (after ?? "");
  };
  const edges = data.slice(spec.skip, spec.skip + spec.size).map((node, j) => ({ cursor: cursorAt(j + spec.skip), node }));
  const more = data.length > spec.skip + spec.size;
  return {
    edges,
    pageInfo: {
      hasNextPage: more || Boolean(wire?.paging?.next),
      hasPreviousPage: spec.skip > 0 || Boolean(wire?.paging?.previous),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
