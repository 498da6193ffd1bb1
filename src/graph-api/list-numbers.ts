import type { CallOptions } from "./call-bounds.js";
import type { GraphApiClient } from "./client.js";
import type { PageWire, PhoneNumberWire } from "./types.js";
import { numberPageQuery, numbersEdge } from "./waba-operations.js";

/** Every number of a WABA, 100 a page, following Meta's cursors; for the gateway's own bookkeeping. */
export async function* numbersOfWaba(client: GraphApiClient, wabaId: string, fields: string, call: CallOptions): AsyncGenerator<PhoneNumberWire> {
  let after: string | undefined;
  do {
    const page = (await client.get(numbersEdge(wabaId), numberPageQuery({ fields: [fields], limit: 100, after }), call)) as PageWire<PhoneNumberWire>;
    yield* page.data ?? [];
    after = page.paging?.next ? page.paging.cursors?.after : undefined;
  } while (after);
}
