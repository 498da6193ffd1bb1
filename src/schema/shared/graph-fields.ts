/**
 * Field projection: which Graph API fields each GraphQL field needs. `fields=` sent upstream is
 * exactly the union over what an operation selects (plus `id`), never Meta's defaults.
 */
export type FieldTable = Readonly<Record<string, readonly string[]>>;

export const PHONE_NUMBER_FIELDS: FieldTable = {
  id: ["id"],
  displayPhoneNumber: ["display_phone_number"],
  verifiedName: ["verified_name"],
  qualityRating: ["quality_rating"],
  codeVerificationStatus: ["code_verification_status"],
  accountMode: ["account_mode"],
  lastOnboardedTime: ["last_onboarded_time"],
  nameStatus: ["name_status"],
  newNameStatus: ["new_name_status"],
  certificate: ["certificate", "name_status"],
  newCertificate: ["new_certificate", "new_name_status"],
  status: ["status"],
  platformType: ["platform_type"],
  throughputLevel: ["throughput"],
  messagingLimit: ["whatsapp_business_manager_messaging_limit"],
  isOfficialBusinessAccount: ["is_official_business_account"],
  isPinEnabled: ["is_pin_enabled"],
  healthStatus: ["health_status"],
  registration: ["platform_type", "code_verification_status", "last_onboarded_time", "new_name_status"],
  newDisplayName: ["new_display_name"],
  migrationBlockers: ["is_pin_enabled", "name_status", "new_name_status"],
  __typename: [],
};

export const WABA_FIELDS: FieldTable = {
  id: ["id"],
  name: ["name"],
  currency: ["currency"],
  timezoneId: ["timezone_id"],
  messageTemplateNamespace: ["message_template_namespace"],
  accountReviewStatus: ["account_review_status"],
  businessVerificationStatus: ["business_verification_status"],
  ownershipType: ["ownership_type"],
  // Read through the edge or field expansion, not as a node field.
  phoneNumbers: [],
  // Read through GET /{waba-id}/subscribed_apps, beside the WABA.
  subscribedApps: [],
  __typename: [],
};

/** The Graph fields needed for these GraphQL fields, sorted, always with `id`. */
export function graphFields(table: FieldTable, selected: Iterable<string>): string[] {
  const out = new Set<string>(["id"]);
  for (const name of selected) {
    const needed = table[name];
    if (!needed) throw new Error(`No Graph API field mapping for GraphQL field ${name}`);
    for (const f of needed) out.add(f);
  }
  return [...out].sort();
}
