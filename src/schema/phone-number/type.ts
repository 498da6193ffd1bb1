import type { PhoneNumberWire } from "../../graph-api/types.js";
import { builder, type ObjectFieldBuilder } from "../builder.js";
import { Certificate, certificateOf } from "./certificate.js";
import { DateTime, fromGraphTime } from "../shared/date-time.js";
import { HealthStatus } from "./health-status.js";
import { loadById, loadEachById } from "../shared/ids.js";
import { type FieldTable, selectedGraphFields } from "../shared/lookahead.js";
import { toGraphQLError } from "../shared/graph-failures.js";
import type { NodeKey } from "../../loaders/node.js";
import type { Context } from "../../context.js";
import { NameStatus } from "./name-status.js";
import {
  AccountMode,
  CodeVerificationStatus,
  MessagingLimit,
  PhoneNumberStatus,
  PlatformType,
  QualityRating,
  readAccountMode,
  ThroughputLevel,
} from "./enums.js";

/** Each PhoneNumber field and the Graph fields it needs: `fields=` sent upstream is the union over what is selected. */
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
  isOnBizApp: ["is_on_biz_app"],
  officialBusinessAccount: ["official_business_account"],
  // From the fleet's store, not Meta.
  recentChanges: [],
  healthStatus: ["health_status"],
  registration: ["platform_type", "code_verification_status", "last_onboarded_time", "new_name_status", "name_status", "is_on_biz_app"],
  newDisplayName: ["new_display_name"],
  migrationBlockers: ["is_pin_enabled", "name_status", "new_name_status"],
  __typename: [],
};

/** A number through the loaders, Meta's and the transport's errors turned into client-facing GraphQL errors. */
export const readPhone = (loader: Context["loaders"]["phoneNumber"], key: NodeKey): Promise<PhoneNumberWire> =>
  loader.load(key).catch((e: unknown) => {
    throw toGraphQLError(e, `Phone number ${key.id}`);
  });

export const PhoneNumber = builder.objectRef<PhoneNumberWire>("PhoneNumber");

PhoneNumber.implement({
  description: "A business phone number registered to a WABA.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The Graph API ID of the phone number." }),
    displayPhoneNumber: t.string({ nullable: true, description: "The number as Meta formats it, e.g. `+1 631-555-1111`.", resolve: (p) => p.display_phone_number ?? null }),
    verifiedName: t.string({ nullable: true, description: "The display name customers see.", resolve: (p) => p.verified_name ?? null }),
    qualityRating: t.field({ type: QualityRating.ref, nullable: true, description: "Quality rating from recent customer feedback.", resolve: (p) => QualityRating.read(p.quality_rating) }),
    codeVerificationStatus: t.field({ type: CodeVerificationStatus.ref, nullable: true, description: "One-time-code verification status (VERIFIED lasts 14 days).", resolve: (p) => CodeVerificationStatus.read(p.code_verification_status) }),
    accountMode: t.field({ type: AccountMode, nullable: true, description: "SANDBOX (test) or LIVE; null for a mode this gateway does not know.", resolve: (p) => readAccountMode(p.account_mode) }),
    lastOnboardedTime: t.field({ type: DateTime, nullable: true, description: "When the number was added (Embedded Signup completed).", resolve: (p) => fromGraphTime(p.last_onboarded_time) }),
    nameStatus: t.field({ type: NameStatus.ref, nullable: true, description: "Review status of the current display name.", resolve: (p) => NameStatus.read(p.name_status) }),
    newNameStatus: t.field({ type: NameStatus.ref, nullable: true, description: "Review status of a requested display-name change; null when none was requested.", resolve: (p) => NameStatus.read(p.new_name_status) }),
    certificate: t.field({ type: Certificate, nullable: true, description: "The current display-name certificate; null when Meta returns none.", resolve: (p) => certificateOf(p.certificate, p.name_status) }),
    newCertificate: t.field({ type: Certificate, nullable: true, description: "The certificate of an approved display-name change, until the number is registered with it.", resolve: (p) => certificateOf(p.new_certificate, p.new_name_status) }),
    status: t.field({ type: PhoneNumberStatus.ref, nullable: true, description: "Connection status; the number must be CONNECTED to send.", resolve: (p) => PhoneNumberStatus.read(p.status) }),
    platformType: t.field({ type: PlatformType.ref, nullable: true, description: "Where the number is registered: Cloud API, On-Premises, or neither.", resolve: (p) => PlatformType.read(p.platform_type) }),
    throughputLevel: t.field({ type: ThroughputLevel.ref, nullable: true, description: "Messages-per-second level (`throughput.level`).", resolve: (p) => ThroughputLevel.read(p.throughput?.level) }),
    messagingLimit: t.field({ type: MessagingLimit.ref, nullable: true, description: "Daily business-initiated conversation limit (`whatsapp_business_manager_messaging_limit` from Graph v24.0, `messaging_limit_tier` before).", resolve: (p) => MessagingLimit.read(p.whatsapp_business_manager_messaging_limit ?? p.messaging_limit_tier) }),
    isOfficialBusinessAccount: t.boolean({ nullable: true, description: "Whether the number has Official Business Account status.", resolve: (p) => p.is_official_business_account ?? null }),
    isPinEnabled: t.boolean({ nullable: true, description: "Whether a two-step verification PIN is set.", resolve: (p) => p.is_pin_enabled ?? null }),
    isOnBizApp: t.boolean({ nullable: true, description: "A WhatsApp Business app number onboarded to Cloud API (is_on_biz_app): coexistence; it is never registered.", resolve: (p) => p.is_on_biz_app ?? null }),
    healthStatus: t.field({ type: HealthStatus, nullable: true, description: "Whether the number can send messages, and what blocks it.", resolve: (p) => p.health_status ?? null }),
  }),
});

builder.queryFields((t) => ({
  phoneNumber: t.field({
    type: PhoneNumber,
    nullable: true,
    description: "A business phone number by its Graph API ID.",
    args: { id: t.arg.id({ required: true, description: "The phone number's Graph API ID." }) },
    authScopes: (_root, args) => ({ $all: { read: true, phone: String(args.id) } }),
    resolve: (_root, { id }, ctx, info) => {
      const fields = selectedGraphFields(info, "PhoneNumber", PHONE_NUMBER_FIELDS);
      return loadById(ctx, id, (ok) => readPhone(ctx.loaders.phoneNumber, { id: ok, fields }));
    },
  }),
  phoneNumbers: t.field({
    type: [PhoneNumber],
    nullable: { list: false, items: true },
    description: "Several phone numbers in one go, in the order asked; null for each ID that cannot be read.",
    args: { ids: t.arg.idList({ required: true, description: "Graph API IDs of the numbers (at most 250)." }) },
    authScopes: { read: true },
    resolve: (_root, { ids }, ctx, info) => {
      const fields = selectedGraphFields(info, "PhoneNumber", PHONE_NUMBER_FIELDS);
      return loadEachById(ctx, ids, (id) => ctx.access.canReadPhone(id), (id) => readPhone(ctx.loaders.phoneNumber, { id, fields }));
    },
  }),
}));

export interface NumberChanged {
  phoneNumberId: string;
}


/** The `phoneNumber` field of a success: re-read from Meta after the change, never from a cache. */
export function phoneNumberAfterChange<T extends NumberChanged>(t: ObjectFieldBuilder<T>) {
  return t.field({
    type: PhoneNumber,
    nullable: true,
    description: "The number as Meta reports it after the change (read again, not from a cache); needs the read scope.",
    // A manage-only credential changes numbers but reads nothing through the result either.
    authScopes: { read: true },
    resolve: (s, _args, ctx, info) =>
      readPhone(ctx.loaders.freshPhoneNumber, { id: s.phoneNumberId, fields: selectedGraphFields(info, "PhoneNumber", PHONE_NUMBER_FIELDS) }),
  });
}

/** `…Success { phoneNumber }`. */
export function successType<T extends NumberChanged>(name: string, description: string) {
  return builder.objectRef<T>(name).implement({
    description,
    fields: (t) => ({ phoneNumber: phoneNumberAfterChange(t) }),
  });
}
