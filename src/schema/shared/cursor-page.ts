import type { PageWire } from "../../graph-api/types.js";

/** A page of a Graph list edge (a WABA's numbers, the business's WABAs, …) as a Relay connection shows it. */
export interface EdgeValue<T> {
  readonly cursor: string;
  node: T;
}

export interface CursorPage<T> {
  edges: EdgeValue<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** What a page takes from the request: how many items, and how many leading ones a middle cursor skips. */
export interface PageWindow {
  size: number;
  skip: number;
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

/** The cursor of item `i` of one of Meta's pages: Meta's own at the ends, a gateway cursor in the middle. */
export function cursorOn(wire: PageWire<unknown> | undefined, i: number): string {
  const before = wire?.paging?.cursors?.before;
  const after = wire?.paging?.cursors?.after;
  if (i === (wire?.data.length ?? 0) - 1 && after) return after;
  if (i === 0 && before) return before;
  return before ? middleCursor(before, i) : (after ?? "");
}

/** Where `after: cursor` resumes: Meta's cursor, and the items to skip when it names the middle of a page. */
export function resumeAfter(cursor: string): { after: string; skip: number } {
  const middle = parseMiddleCursor(cursor);
  return middle ? { after: middle.metaBefore, skip: middle.index } : { after: cursor, skip: 0 };
}

/**
 * An edge whose cursor is made when read: a middle cursor is JSON in base64, and a dashboard reading 20 WABAs × 10
 * numbers without `cursor` made 200 of them per operation for nothing.
 */
class LazyEdge<T> implements EdgeValue<T> {
  constructor(
    readonly node: T,
    private readonly wire: PageWire<T> | undefined,
    private readonly index: number,
  ) {}

  get cursor(): string {
    return cursorOn(this.wire, this.index);
  }
}

/** Meta's paging envelope → a Relay page. `hasNextPage` follows Meta's `paging.next`. */
export function toPage<T>(wire: PageWire<T> | undefined, spec: PageWindow): CursorPage<T> {
  const data = wire?.data ?? [];
  const edges = data.slice(spec.skip, spec.skip + spec.size).map((node, j) => new LazyEdge(node, wire, j + spec.skip));
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
