import type { GraphApiClient } from "./client.js";
import { phoneNumbers } from "./phone-number-operations.js";
import type { GraphReader } from "./reader.js";
import type { CreatedWire, PageWire, PreverifiedNumberWire, WabaWire } from "./types.js";

/** Which of the business's WABAs: shared with it by clients, or its own (graph-api.md §11.1). */
export type WabaRelation = "CLIENT" | "OWNED";

const WABA_EDGE: Record<WabaRelation, string> = {
  CLIENT: "client_whatsapp_business_accounts",
  OWNED: "owned_whatsapp_business_accounts",
};

/** One page of a business edge, as Meta takes the request: `fields` (with expansion), `limit` ≤ 100, `after`. */
export interface ListPageRequest {
  fields: readonly string[];
  limit: number;
  after?: string;
}

const pageQuery = (r: ListPageRequest) => ({ fields: r.fields.join(","), limit: r.limit, after: r.after });

/** The calls on the BSP's business portfolio (GRAPH_API_BUSINESS_ID), as Meta takes them. */
export const business = {
  /** `GET /{business-id}/client_whatsapp_business_accounts` or `/owned_whatsapp_business_accounts`. */
  pageOfWabas: (reader: GraphReader, businessId: string, relation: WabaRelation, request: ListPageRequest): Promise<PageWire<WabaWire>> =>
    reader.edge(`${businessId}/${WABA_EDGE[relation]}`, pageQuery(request)) as Promise<PageWire<WabaWire>>,

  /** `GET /{business-id}/preverified_numbers`, in creation order. */
  pageOfPreverified: (reader: GraphReader, businessId: string, request: ListPageRequest): Promise<PageWire<PreverifiedNumberWire>> =>
    reader.edge(`${businessId}/preverified_numbers`, pageQuery(request)) as Promise<PageWire<PreverifiedNumberWire>>,

  /** The ids of the business's WABAs of one relation, 100 a page, following Meta's cursors for at most `maxPages` pages. */
  async *wabaIds(reader: GraphReader, businessId: string, relation: WabaRelation, maxPages: number): AsyncGenerator<string> {
    let after: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const wire = await business.pageOfWabas(reader, businessId, relation, { fields: ["id"], limit: 100, ...(after ? { after } : {}) });
      for (const w of wire.data ?? []) yield String(w.id);
      after = wire.paging?.next ? wire.paging.cursors?.after : undefined;
      if (!after) return;
    }
  },

  /** `POST /{business-id}/add_phone_numbers` with the digits, country code first, as Meta's sample sends them. */
  addPreverified: (graph: GraphApiClient, businessId: string, digits: string): Promise<CreatedWire> =>
    graph.post(`${businessId}/add_phone_numbers`, { phone_number: digits }) as Promise<CreatedWire>,
};

/** The calls on one pre-verified number (graph-api.md §11.4): a code is requested and verified as for a number. */
export const preverifiedNumbers = {
  requestCode: phoneNumbers.requestCode,
  verifyCode: phoneNumbers.verifyCode,
};
