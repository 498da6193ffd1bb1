/** Wire shapes of the Graph API objects the gateway reads (snake_case, as Meta sends them). */

export interface HealthErrorWire {
  error_code?: number;
  error_description?: string;
  possible_solution?: string;
}

export interface HealthEntityWire {
  entity_type?: string;
  id?: string;
  can_send_message?: string;
  errors?: HealthErrorWire[];
}

export interface HealthStatusWire {
  can_send_message?: string;
  entities?: HealthEntityWire[];
}

/** `WhatsAppBusinessPhoneNumber`: every field is optional, as Meta returns only what `fields=` asked for. */
export interface PhoneNumberWire {
  id: string;
  display_phone_number?: string;
  verified_name?: string;
  quality_rating?: string;
  code_verification_status?: string;
  name_status?: string;
  new_name_status?: string;
  certificate?: string;
  new_certificate?: string;
  account_mode?: string;
  status?: string;
  platform_type?: string;
  throughput?: { level?: string };
  last_onboarded_time?: string;
  is_official_business_account?: boolean;
  is_pin_enabled?: boolean;
  /** A WhatsApp Business app number on Cloud API (coexistence, graph-api.md §13.3). */
  is_on_biz_app?: boolean;
  /** `{oba_status, status_message?}` (graph-api.md §13.4). */
  official_business_account?: { oba_status?: string; status_message?: string };
  /** v24.0 and newer. */
  whatsapp_business_manager_messaging_limit?: string;
  /** The same limit, as v23.0 and older name it. */
  messaging_limit_tier?: string;
  health_status?: HealthStatusWire;
  /** The name asked for by the latest display-name change. */
  new_display_name?: string;
}

/** Graph cursor paging, as on `GET /{waba-id}/phone_numbers` and in field expansion. */
export interface PageWire<T> {
  data: T[];
  paging?: {
    cursors?: { before?: string; after?: string };
    next?: string;
    previous?: string;
  };
}

export interface WabaWire {
  id: string;
  name?: string;
  currency?: string;
  timezone_id?: string;
  message_template_namespace?: string;
  account_review_status?: string;
  business_verification_status?: string;
  ownership_type?: string;
  /** Present only when expanded in `fields=` and the edge is not empty. */
  phone_numbers?: PageWire<PhoneNumberWire>;
}

/** One entry of `GET /{waba-id}/subscribed_apps`. */
export interface SubscribedAppWire {
  whatsapp_business_api_data?: { id?: string | number; name?: string; link?: string };
  override_callback_uri?: string;
}

/** `WhatsAppBusinessPreVerifiedPhoneNumber`; Meta's docs show its times as strings and as Unix seconds. */
export interface PreverifiedNumberWire {
  id: string;
  phone_number?: string;
  code_verification_status?: string;
  verification_expiry_time?: string | number;
  code_verification_time?: string | number;
}

/** Meta's answer to a call that creates an object. */
export interface CreatedWire {
  id?: string | number;
}

/** Graph's error envelope. */
export interface GraphErrorWire {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  fbtrace_id?: string;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
  error_data?: { details?: string };
}

/** One slot of the batch answer; `null` when Meta did not complete it. */
export type BatchSlotWire = { code: number; body: string; headers?: { name: string; value: string }[] } | null;
