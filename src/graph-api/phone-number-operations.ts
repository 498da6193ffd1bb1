import type { CallOptions } from "./call-bounds.js";
import type { GraphApiClient } from "./client.js";

/**
 * The calls on one phone number, as Meta takes them (graph-api.md §5): each says its method, path and body,
 * and runs through the client, which sends a mutation exactly once. Callers never write a path or a body.
 */
export const phoneNumbers = {
  get: (graph: GraphApiClient, id: string, fields: string, call?: CallOptions): Promise<unknown> => graph.get(id, { fields }, call),

  register: (graph: GraphApiClient, id: string, input: { pin: string; dataLocalizationRegion?: string | null }): Promise<unknown> =>
    graph.post(`${id}/register`, {
      messaging_product: "whatsapp",
      pin: input.pin,
      ...(input.dataLocalizationRegion ? { data_localization_region: input.dataLocalizationRegion } : {}),
    }),

  deregister: (graph: GraphApiClient, id: string): Promise<unknown> => graph.post(`${id}/deregister`),

  requestCode: (graph: GraphApiClient, id: string, input: { codeMethod: string; language: string }): Promise<unknown> =>
    graph.post(`${id}/request_code`, { code_method: input.codeMethod, language: input.language }),

  verifyCode: (graph: GraphApiClient, id: string, code: string): Promise<unknown> => graph.post(`${id}/verify_code`, { code }),

  /** A display-name change for review (graph-api.md §11.5): `POST /{id}` with `new_display_name`. */
  requestDisplayNameChange: (graph: GraphApiClient, id: string, name: string): Promise<unknown> => graph.post(id, { new_display_name: name }),

  /** A Business app number's contacts (`smb_app_state_sync`) or chat history (`history`), each once (graph-api.md §13.3). */
  syncBusinessAppData: (graph: GraphApiClient, id: string, syncType: "smb_app_state_sync" | "history"): Promise<{ request_id?: string }> =>
    graph.post(`${id}/smb_app_data`, { messaging_product: "whatsapp", sync_type: syncType }) as Promise<{ request_id?: string }>,

  /** An Official Business Account request (graph-api.md §13.4): `{"success":true}` means submitted, not approved. */
  requestOfficialBusinessAccount: (graph: GraphApiClient, id: string, request: Record<string, unknown>): Promise<unknown> => graph.post(`${id}/official_business_account`, request),

  /** Two-step verification: `POST /{id}` with the PIN. */
  setPin: (graph: GraphApiClient, id: string, pin: string): Promise<unknown> => graph.post(id, { pin }),
};

/**
 * Name statuses Meta issues a certificate for (graph-api.md §1, §13.1): only a number whose name has one can
 * register. Any other status, one Meta may add included, waits for an approval.
 */
const CERTIFIED_NAME_STATUSES = new Set(["APPROVED", "AVAILABLE_WITHOUT_REVIEW"]);

/** Whether the number's name lets it register (unknown, i.e. not read, counts as yes: Meta then decides). */
export const nameAllowsRegistration = (nameStatus: string | undefined): boolean => nameStatus === undefined || CERTIFIED_NAME_STATUSES.has(nameStatus);
