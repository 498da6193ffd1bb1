import type { GraphApiClient, Query } from "./client.js";
import type { GraphReader } from "./reader.js";
import type { CreatedWire, PageWire, PhoneNumberWire, SubscribedAppWire } from "./types.js";

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

/** `POST /{waba-id}/phone_numbers` (graph-api.md §11.2, §11.3): the number split as Meta takes it. */
export interface AddNumberRequest {
  cc: string;
  /** The national part: without the country code or `+`. */
  phoneNumber: string;
  verifiedName: string;
  migrate: boolean;
  preverifiedId?: string;
}

/** `{waba-id}/phone_numbers`: the edge of a WABA's numbers (read, and POSTed to add one). */
export const numbersEdge = (wabaId: string): string => `${wabaId}/phone_numbers`;

/** The calls on a WABA, as Meta takes them. */
export const wabas = {
  /** A page of the WABA's numbers, through the reader (a batch slot when other reads go with it). */
  pageOfNumbers: (reader: GraphReader, wabaId: string, request: NumberPageRequest): Promise<PageWire<PhoneNumberWire>> =>
    reader.edge(numbersEdge(wabaId), numberPageQuery(request)) as Promise<PageWire<PhoneNumberWire>>,

  /** Adds (or, with `migrate`, moves in) a number; `migrate_phone_number` and `preverified_id` only when used. */
  addNumber: (graph: GraphApiClient, wabaId: string, r: AddNumberRequest): Promise<CreatedWire> =>
    graph.post(numbersEdge(wabaId), {
      cc: r.cc,
      phone_number: r.phoneNumber,
      verified_name: r.verifiedName,
      ...(r.migrate ? { migrate_phone_number: true } : {}),
      ...(r.preverifiedId ? { preverified_id: r.preverifiedId } : {}),
    }) as Promise<CreatedWire>,

  /** `GET /{waba-id}/subscribed_apps`: the apps Meta sends the WABA's webhooks to. */
  subscribedApps: (reader: GraphReader, wabaId: string): Promise<PageWire<SubscribedAppWire>> =>
    reader.edge(`${wabaId}/subscribed_apps`, {}) as Promise<PageWire<SubscribedAppWire>>,

  /** `POST /{waba-id}/subscribed_apps` with no body: subscribes the calling token's app. */
  subscribeApp: (graph: GraphApiClient, wabaId: string): Promise<unknown> => graph.post(`${wabaId}/subscribed_apps`),

  /**
   * `POST /{waba-id}/subscribed_apps {override_callback_uri, verify_token}`: this WABA's webhooks go to another
   * address. Meta refuses it (#100) unless the app is already subscribed plainly (graph-api.md §13.1).
   */
  overrideCallback: (graph: GraphApiClient, wabaId: string, uri: string, verifyToken: string): Promise<unknown> =>
    graph.post(`${wabaId}/subscribed_apps`, { override_callback_uri: uri, verify_token: verifyToken }),

  /** `DELETE /{waba-id}/subscribed_apps`: the calling token's app stops receiving the WABA's webhooks. */
  unsubscribeApp: (graph: GraphApiClient, wabaId: string): Promise<unknown> => graph.delete(`${wabaId}/subscribed_apps`),
};
