import { SIMULATOR_APP } from "./onboarding.js";
import { DAY_MS, graphTime, VERIFIED_FOR_MS } from "./preverified-pool.js";
import { addPhone, addWaba, createState, type SimulatorState, type WireObject } from "./state.js";
import { certificateFor } from "./certificates.js";

/** The WABA of Meta's "Manage Phone Numbers and Certificates" examples. */
export const DEMO_WABA_ID = "102290129340398";
/** The number used in Meta's guide (`+1 631-555-1111`, name approved, new name approved). */
export const DEMO_PHONE_ID = "1972385232742141";
/** The guide's second number, not yet verified. */
/** The demo number's certificates: its name, and the same name issued again (its approved new certificate). */
export const DEMO_CERTIFICATE = certificateFor("1972385232742141", "Lucky Shrub");
export const DEMO_NEW_CERTIFICATE = certificateFor("1972385232742141", "Lucky Shrub", Date.parse("2023-09-01T10:00:00Z"));
export const DEMO_UNVERIFIED_PHONE_ID = "1754951608042154";
export const SECOND_WABA_ID = "104996122399160";
export const EMPTY_WABA_ID = "109876543210123";
/** The Solution Partner's business portfolio (what GRAPH_API_BUSINESS_ID names in demo mode). */
export const DEMO_BUSINESS_ID = "506914307656634";
/** The Solution Partner's system user (what GRAPH_API_SYSTEM_USER_ID names in demo mode). */
export const DEMO_SYSTEM_USER_ID = "1000000000000001";
/** A client's WABA just shared through Embedded Signup: no numbers yet, no app subscribed (the onboarding walkthrough). */
export const NEW_CLIENT_WABA_ID = "111222333444555";
/** Pre-verified numbers: verified 60 days ago (re-verification open), verified yesterday (not open yet), never verified. */
export const PREVERIFIED_REVERIFIABLE_ID = "7700000000000001";
export const PREVERIFIED_FRESH_ID = "7700000000000002";
export const PREVERIFIED_UNVERIFIED_ID = "7700000000000003";
/** A number fresh from Embedded Signup (onboarded two days before the simulator started), to walk through registration. */
export const WALKTHROUGH_PHONE_ID = "1500000000000001";

const healthy = (id: string) => ({
  can_send_message: "AVAILABLE",
  entities: [
    { entity_type: "PHONE_NUMBER", id, can_send_message: "AVAILABLE" },
    { entity_type: "WABA", id: DEMO_WABA_ID, can_send_message: "AVAILABLE" },
  ],
});

function daysBefore(iso: string, days: number): string {
  const t = new Date(iso).getTime() - days * 86_400_000;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, "+0000");
}

const NAME_STATUSES = ["APPROVED", "PENDING_REVIEW", "DECLINED", "AVAILABLE_WITHOUT_REVIEW", "EXPIRED", "NONE"];

/** A generated number, `i` picks its variety so that paging and filtering have something to show. */
function generatedPhone(id: string, i: number, wabaId: string, onboarded: string): WireObject {
  const sandbox = i % 3 === 0;
  const nameStatus = NAME_STATUSES[i % NAME_STATUSES.length] ?? "NONE";
  const phone: WireObject = {
    id,
    // A North American number of the right length (10 digits after +1), like Meta's test numbers (+1 555 …).
    display_phone_number: `+1 555-${String(100 + i)}-${String(1000 + i).slice(-4)}`,
    verified_name: `Demo Store ${i}`,
    quality_rating: ["GREEN", "YELLOW", "RED", "NA"][i % 4],
    code_verification_status: i % 5 === 0 ? "EXPIRED" : "VERIFIED",
    name_status: nameStatus,
    account_mode: sandbox ? "SANDBOX" : "LIVE",
    status: sandbox ? "PENDING" : "CONNECTED",
    platform_type: sandbox ? "NOT_APPLICABLE" : "CLOUD_API",
    throughput: { level: sandbox ? "NOT_APPLICABLE" : "STANDARD" },
    last_onboarded_time: onboarded,
    is_official_business_account: false,
    is_pin_enabled: !sandbox,
    whatsapp_business_manager_messaging_limit: sandbox ? "TIER_250" : "TIER_2K",
    messaging_limit_tier: sandbox ? "TIER_250" : "TIER_1K",
    health_status: sandbox
      ? {
          can_send_message: "BLOCKED",
          entities: [
            {
              entity_type: "PHONE_NUMBER",
              id,
              can_send_message: "BLOCKED",
              errors: [
                {
                  error_code: 141006,
                  error_description: "The phone number is not registered.",
                  possible_solution: "Register the phone number for Cloud API.",
                },
              ],
            },
          ],
        }
      : { can_send_message: "AVAILABLE", entities: [{ entity_type: "PHONE_NUMBER", id, can_send_message: "AVAILABLE", waba: wabaId }] },
  };
  if (nameStatus === "APPROVED" || nameStatus === "AVAILABLE_WITHOUT_REVIEW") {
    phone.certificate = certificateFor(id, `Demo Store ${i}`);
  }
  return phone;
}

export interface SeedOptions {
  /** The moment the seed treats as now (default: the real time). */
  now?: number;
  /** Extra WABAs (`benchWabas` × `benchPhonesPerWaba`) for the benchmark. */
  benchWabas?: number;
  benchPhonesPerWaba?: number;
}

export function seedState(options: SeedOptions = {}): SimulatorState {
  const state = createState();
  const now = options.now ?? Date.now();
  addWaba(
    state,
    {
      id: DEMO_WABA_ID,
      name: "Lucky Shrub",
      currency: "USD",
      timezone_id: "1",
      message_template_namespace: "c3a5d2f0_8a0b_4d36_9d4e_2c5b1f8e7a61",
      account_review_status: "APPROVED",
      business_verification_status: "verified",
      ownership_type: "CLIENT_OWNED",
      status: "ACTIVE",
      country: "US",
    },
    [SIMULATOR_APP],
  );
  addPhone(state, DEMO_WABA_ID, {
    id: DEMO_PHONE_ID,
    display_phone_number: "+1 631-555-1111",
    verified_name: "Lucky Shrub",
    quality_rating: "GREEN",
    code_verification_status: "VERIFIED",
    name_status: "APPROVED",
    new_name_status: "APPROVED",
    certificate: DEMO_CERTIFICATE,
    new_certificate: DEMO_NEW_CERTIFICATE,
    account_mode: "LIVE",
    status: "CONNECTED",
    platform_type: "CLOUD_API",
    throughput: { level: "STANDARD" },
    last_onboarded_time: "2023-08-22T19:05:53+0000",
    is_official_business_account: false,
    is_pin_enabled: true,
    is_on_biz_app: false,
    whatsapp_business_manager_messaging_limit: "TIER_10K",
    messaging_limit_tier: "TIER_10K",
    health_status: healthy(DEMO_PHONE_ID),
  });
  addPhone(state, DEMO_WABA_ID, {
    id: DEMO_UNVERIFIED_PHONE_ID,
    display_phone_number: "+1 631-555-2222",
    verified_name: "Lucky Shrub Garden",
    quality_rating: "NA",
    code_verification_status: "NOT_VERIFIED",
    name_status: "PENDING_REVIEW",
    account_mode: "LIVE",
    status: "PENDING",
    platform_type: "NOT_APPLICABLE",
    throughput: { level: "NOT_APPLICABLE" },
    last_onboarded_time: "2023-08-21T10:12:00+0000",
    is_official_business_account: false,
    is_pin_enabled: false,
    whatsapp_business_manager_messaging_limit: "TIER_250",
    health_status: healthy(DEMO_UNVERIFIED_PHONE_ID),
  });
  addPhone(state, DEMO_WABA_ID, {
    id: WALKTHROUGH_PHONE_ID,
    display_phone_number: "+1 631-555-3333",
    verified_name: "Lucky Shrub Kitchen",
    quality_rating: "NA",
    code_verification_status: "NOT_VERIFIED",
    name_status: "APPROVED",
    certificate: certificateFor(WALKTHROUGH_PHONE_ID, "Lucky Shrub Kitchen"),
    account_mode: "LIVE",
    status: "PENDING",
    platform_type: "NOT_APPLICABLE",
    throughput: { level: "NOT_APPLICABLE" },
    last_onboarded_time: new Date((options.now ?? Date.now()) - 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "+0000"),
    is_official_business_account: false,
    is_pin_enabled: false,
    whatsapp_business_manager_messaging_limit: "TIER_250",
    health_status: healthy(WALKTHROUGH_PHONE_ID),
  });
  // 30 more, so that the WABA has more than one default page (25) and both account modes.
  for (let i = 1; i <= 30; i++) {
    const id = `10900000000000${String(i).padStart(2, "0")}`;
    addPhone(state, DEMO_WABA_ID, generatedPhone(id, i, DEMO_WABA_ID, daysBefore("2023-08-20T08:00:00Z", i)));
  }
  // Values outside the documented enums, as Meta's own docs disagree: the gateway must read them as UNKNOWN.
  const odd = state.phones.get("1090000000000007");
  if (odd) Object.assign(odd, { name_status: "NON_EXISTS", quality_rating: "PURPLE", code_verification_status: "UNVERIFIED" });

  addWaba(
    state,
    {
      id: SECOND_WABA_ID,
      name: "Jasper's Market",
      currency: "EUR",
      timezone_id: "71",
      message_template_namespace: "7f1e2d3c_4b5a_4968_8776_655443322110",
      account_review_status: "PENDING",
      business_verification_status: "pending_need_more_info",
      ownership_type: "ON_BEHALF_OF",
      status: "ACTIVE",
      country: "DE",
    },
    [SIMULATOR_APP],
  );
  for (let i = 1; i <= 3; i++) {
    const id = `10800000000000${String(i).padStart(2, "0")}`;
    addPhone(state, SECOND_WABA_ID, generatedPhone(id, i + 40, SECOND_WABA_ID, daysBefore("2024-02-01T12:00:00Z", i)));
  }
  addWaba(state, {
    id: EMPTY_WABA_ID,
    name: "Empty Test Account",
    currency: "GBP",
    timezone_id: "12",
    message_template_namespace: "00000000_0000_4000_8000_000000000000",
    account_review_status: "REJECTED",
    business_verification_status: "not_verified",
    ownership_type: "SELF",
    status: "ACTIVE",
  });

  const benchWabas = options.benchWabas ?? 0;
  const perWaba = options.benchPhonesPerWaba ?? 10;
  for (let w = 0; w < benchWabas; w++) {
    const wabaId = benchWabaId(w);
    addWaba(state, { id: wabaId, name: `Bench WABA ${w}`, currency: "USD", timezone_id: "1" }, [SIMULATOR_APP]);
    for (let p = 0; p < perWaba; p++) {
      addPhone(state, wabaId, generatedPhone(benchPhoneId(w, p), p + 1, wabaId, daysBefore("2025-01-01T00:00:00Z", p)));
    }
  }
  addWaba(state, {
    id: NEW_CLIENT_WABA_ID,
    name: "Fresh Sprouts Bakery",
    currency: "USD",
    timezone_id: "1",
    message_template_namespace: "5b7c9d1e_2f3a_4b5c_8d6e_7f8091a2b3c4",
    account_review_status: "APPROVED",
    business_verification_status: "verified",
    ownership_type: "CLIENT_OWNED",
    status: "ACTIVE",
    country: "US",
  });
  seedBusiness(state, now, benchWabas);
  return state;
}

/** The BSP's portfolio: clients' WABAs (the demo's and the new one, then the benchmark's), its own, its pre-verified pool. */
function seedBusiness(state: SimulatorState, now: number, benchWabas: number): void {
  const bench = Array.from({ length: benchWabas }, (_, w) => benchWabaId(w));
  state.businesses.set(DEMO_BUSINESS_ID, {
    id: DEMO_BUSINESS_ID,
    name: "Lucky Shrub Partners",
    clientWabaIds: [NEW_CLIENT_WABA_ID, DEMO_WABA_ID, ...bench],
    ownedWabaIds: [SECOND_WABA_ID, EMPTY_WABA_ID],
    preverifiedIds: [PREVERIFIED_REVERIFIABLE_ID, PREVERIFIED_FRESH_ID, PREVERIFIED_UNVERIFIED_ID],
  });
  const verified = (id: string, phone: string, daysAgo: number) => {
    const at = now - daysAgo * DAY_MS;
    const expiresAt = at + VERIFIED_FOR_MS;
    state.preverified.set(id, {
      fields: { id, phone_number: phone, code_verification_status: "VERIFIED", code_verification_time: graphTime(at), verification_expiry_time: graphTime(expiresAt) },
      businessId: DEMO_BUSINESS_ID,
      addedAt: at - DAY_MS,
      expiresAt,
    });
  };
  verified(PREVERIFIED_REVERIFIABLE_ID, "+1 631-555-7001", 60);
  verified(PREVERIFIED_FRESH_ID, "+1 631-555-7002", 1);
  state.preverified.set(PREVERIFIED_UNVERIFIED_ID, {
    fields: { id: PREVERIFIED_UNVERIFIED_ID, phone_number: "+1 631-555-7003", code_verification_status: "NOT_VERIFIED" },
    businessId: DEMO_BUSINESS_ID,
    addedAt: now - 3 * DAY_MS,
  });
}

export const benchWabaId = (w: number) => `20000000000${String(w).padStart(4, "0")}`;
export const benchPhoneId = (w: number, p: number) => `30000000${String(w).padStart(4, "0")}${String(p).padStart(4, "0")}`;
