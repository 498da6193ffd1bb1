import type { CallOptions } from "./call-bounds.js";
import type { GraphApiClient } from "./client.js";
import type { PageWire, PhoneNumberWire } from "./types.js";

/** `GET /oauth/access_token`'s answer: the customer's business token (graph-api.md §13.1). */
export interface CodeExchangeWire {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
}

/** `GET /debug_token`'s `data` (graph-api.md §13.1). */
export interface TokenInfoWire {
  app_id?: string;
  type?: string;
  is_valid?: boolean;
  expires_at?: number;
  scopes?: string[];
  granular_scopes?: { scope?: string; target_ids?: string[] }[];
}

export interface AllocationWire {
  allocation_config_id?: string | number;
  waba_id?: string;
}

/** The numbers' fields onboarding needs: whether each is a Business app number, and where it stands. */
export const ONBOARDING_NUMBER_FIELDS = "id,display_phone_number,is_on_biz_app,platform_type,status,code_verification_status";

/** The calls that finish Embedded Signup and share credit lines (graph-api.md §13.1–§13.2), as Meta takes them. */
export const signup = {
  /**
   * The code for the customer's business token: server to server with the app's id and secret, no Authorization
   * header, sent once (a code is single use: a repeat could only be refused with 36009).
   */
  exchangeCode: (anonymous: GraphApiClient, app: { id: string; secret: string }, code: string, call: CallOptions): Promise<CodeExchangeWire> =>
    anonymous.getOnce("oauth/access_token", { client_id: app.id, client_secret: app.secret, code }, call) as Promise<CodeExchangeWire>,

  /** What a token is and reaches, asked with the gateway's system token. */
  debugToken: (system: GraphApiClient, token: string, call: CallOptions): Promise<{ data?: TokenInfoWire }> =>
    system.get("debug_token", { input_token: token }, call) as Promise<{ data?: TokenInfoWire }>,

  /** The WABA's numbers as the customer's token sees them: the proof the token reaches the WABA. */
  numbersOf: (customer: GraphApiClient, wabaId: string, call: CallOptions): Promise<PageWire<PhoneNumberWire>> =>
    customer.get(`${wabaId}/phone_numbers`, { fields: ONBOARDING_NUMBER_FIELDS, limit: 100 }, call) as Promise<PageWire<PhoneNumberWire>>,

  /** Step 3a: the partner's system user on the customer's WABA, a prerequisite of sharing the credit line. */
  assignSystemUser: (system: GraphApiClient, wabaId: string, userId: string, call: CallOptions): Promise<unknown> =>
    system.post(`${wabaId}/assigned_users?user=${encodeURIComponent(userId)}&tasks=${encodeURIComponent("['MANAGE']")}`, undefined, call),

  /** The partner's credit lines (`GET /{business-id}/extendedcredits`). */
  creditLines: (system: GraphApiClient, businessId: string, call: CallOptions): Promise<PageWire<{ id?: string | number; legal_entity_name?: string }>> =>
    system.get(`${businessId}/extendedcredits`, { fields: "id,legal_entity_name" }, call) as Promise<PageWire<{ id?: string | number; legal_entity_name?: string }>>,

  /** Shares the line with the WABA in a currency (AUD, EUR, GBP, IDR, INR, USD). */
  shareCreditLine: (system: GraphApiClient, lineId: string, wabaId: string, currency: string, call: CallOptions): Promise<AllocationWire> =>
    system.post(`${lineId}/whatsapp_credit_sharing_and_attach?waba_currency=${encodeURIComponent(currency)}&waba_id=${encodeURIComponent(wabaId)}`, undefined, call) as Promise<AllocationWire>,

  /** The allocation's receiving credential, to compare with the WABA's `primary_funding_id`. */
  allocation: (system: GraphApiClient, allocationId: string, call: CallOptions): Promise<{ receiving_credential?: { id?: string }; request_status?: string }> =>
    system.get(allocationId, { fields: "receiving_credential,request_status" }, call) as Promise<{ receiving_credential?: { id?: string }; request_status?: string }>,

  fundingOf: (graph: GraphApiClient, wabaId: string, call: CallOptions): Promise<{ primary_funding_id?: string }> =>
    graph.get(wabaId, { fields: "primary_funding_id" }, call) as Promise<{ primary_funding_id?: string }>,

  /** `DELETE /{allocation-config-id}`: unshares the line (for every WABA of that client business). */
  revokeCreditLine: (system: GraphApiClient, allocationId: string, call: CallOptions): Promise<unknown> => system.delete(allocationId, {}, call),
};
