import { Pool } from "undici";
import { benchPhoneId, benchWabaId, DEMO_PHONE_ID, DEMO_WABA_ID } from "../../src/simulator/seed.js";

export interface Scenario {
  key: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** What a careful REST client does today to fetch the same data (per-object GETs, never `?ids=`), all in parallel. */
  direct(rest: RestClient): Promise<void>;
}

export class RestClient {
  private readonly pool: Pool;
  constructor(
    base: string,
    private readonly token: string,
  ) {
    this.pool = new Pool(base, { connections: 256 });
  }

  async get(path: string, query: Record<string, string>): Promise<unknown> {
    const res = await this.pool.request({
      method: "GET",
      path: `/v26.0/${path}?${new URLSearchParams(query).toString()}`,
      headers: { authorization: `Bearer ${this.token}` },
    });
    const body = (await res.body.json()) as { error?: unknown };
    if (res.statusCode !== 200 || body.error) throw new Error(`REST call failed: ${JSON.stringify(body)}`);
    return body;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

const PHONE_FIELDS = "id,display_phone_number,verified_name,name_status,certificate";
const fifty = Array.from({ length: 50 }, (_, i) => benchPhoneId(Math.floor(i / 10), i % 10));
const twenty = Array.from({ length: 20 }, (_, w) => benchWabaId(w));

export const SCENARIOS: Scenario[] = [
  {
    key: "a",
    title: "(a) one number by id",
    query: "query A($id: ID!) { phoneNumber(id: $id) { id displayPhoneNumber verifiedName nameStatus certificate { value } } }",
    variables: { id: DEMO_PHONE_ID },
    direct: async (rest) => void (await rest.get(DEMO_PHONE_ID, { fields: PHONE_FIELDS })),
  },
  {
    key: "b",
    title: "(b) 50 numbers by id",
    query: "query B($ids: [ID!]!) { phoneNumbers(ids: $ids) { id displayPhoneNumber verifiedName nameStatus certificate { value } } }",
    variables: { ids: fifty },
    direct: async (rest) => void (await Promise.all(fifty.map((id) => rest.get(id, { fields: PHONE_FIELDS })))),
  },
  {
    key: "c",
    title: "(c) 20 WABAs × 10 numbers, certificates, name status",
    query:
      "query C($ids: [ID!]!) { wabas(ids: $ids) { id name phoneNumbers(first: 10) { edges { node { id displayPhoneNumber verifiedName nameStatus certificate { value nameStatus } } } pageInfo { hasNextPage } } } }",
    variables: { ids: twenty },
    // A careful client today: one GET per WABA, its first page by field expansion, all in parallel.
    direct: async (rest) =>
      void (await Promise.all(twenty.map((id) => rest.get(id, { fields: `id,name,phone_numbers.limit(10){${PHONE_FIELDS}}` })))),
  },
  {
    key: "d",
    title: "(d) one filtered page (SANDBOX)",
    query:
      "query D($id: ID!) { waba(id: $id) { phoneNumbers(first: 10, filter: { accountMode: SANDBOX }) { edges { node { id displayPhoneNumber nameStatus accountMode } } pageInfo { hasNextPage endCursor } } } }",
    variables: { id: DEMO_WABA_ID },
    direct: async (rest) =>
      void (await rest.get(`${DEMO_WABA_ID}/phone_numbers`, {
        fields: "id,display_phone_number,name_status,account_mode",
        limit: "10",
        filtering: JSON.stringify([{ field: "account_mode", operator: "EQUAL", value: "SANDBOX" }]),
      })),
  },
];
