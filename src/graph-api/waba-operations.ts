import type { Query } from "./client.js";
import type { GraphReader } from "./graph-reader.js";
import type { PageWire, PhoneNumberWire } from "./types.js";

/** One page of a WABA's numbers as Meta takes the request (graph-api.md §2). */
export interface NumberPageRequest {
  /** At most 100 (Meta's ceiling on this edge). */
  limit: number;
  after?: string;
  before?: string;
  accountMode?: "SANDBOX" | "LIVE";
  fields: readonly string[];
}

/** `GET /{waba-id}/phone_numbers` query: `fields`, `limit`, Meta's cursors, and `filtering` by account mode. */
export function numberPageQuery(request: NumberPageRequest): Query {
  return {
    fields: request.fields.join(","),
    limit: request.limit,
    after: request.after,
    before: request.before,
    filtering: request.accountMode ? JSON.stringify([{ field: "account_mode", operator: "EQUAL", value: request.accountMode }]) : undefined,
  };
}

/** The calls on a WABA, as Meta takes them. */
export const wabas = {
  /** A page of the WABA's numbers, through the reader (a batch slot when other reads go with it). */
  pageOfNumbers: (reader: GraphReader, wabaId: string, request: NumberPageRequest): Promise<PageWire<PhoneNumberWire>> =>
    reader.edge(`${wabaId}/phone_numbers`, numberPageQuery(request)) as Promise<PageWire<PhoneNumberWire>>,
};
