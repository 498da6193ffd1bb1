import { builder, forwardEnum } from "../builder.js";

export const QualityRating = forwardEnum("QualityRating", "Quality rating of a number, from recent customer feedback.", {
  GREEN: "High quality.",
  YELLOW: "Medium quality.",
  RED: "Low quality.",
  NA: "Not yet rated (new numbers).",
});

export const CodeVerificationStatus = forwardEnum(
  "CodeVerificationStatus",
  "Whether the number passed one-time-code verification; VERIFIED lasts 14 days.",
  {
    VERIFIED: "Verified: the number can be registered.",
    NOT_VERIFIED: "Not verified.",
    UNVERIFIED: "Not verified (the spelling some of Meta's schemas use).",
    EXPIRED: "The verification expired; verify again before registering.",
  },
);

/** Also an input (filter), so it has no UNKNOWN: an account mode Meta adds later reads as null. */
export const AccountMode = builder.enumType("AccountMode", {
  description: "Whether a number is a test number (SANDBOX) or in production (LIVE).",
  values: { SANDBOX: { description: "A test number." }, LIVE: { description: "A production number." } },
});

export function readAccountMode(raw: string | undefined): "SANDBOX" | "LIVE" | null {
  return raw === "SANDBOX" || raw === "LIVE" ? raw : null;
}

export const PhoneNumberStatus = forwardEnum("PhoneNumberStatus", "Connection status of a number; it must be CONNECTED to send.", {
  PENDING: "Not connected yet.",
  DELETED: "Deleted.",
  MIGRATED: "Moved to another WABA.",
  BANNED: "Banned.",
  RESTRICTED: "Restricted.",
  RATE_LIMITED: "Rate limited.",
  FLAGGED: "Flagged for low quality.",
  CONNECTED: "Connected: the number can send messages.",
  DISCONNECTED: "Disconnected.",
  UNVERIFIED: "Not verified.",
});

export const PlatformType = forwardEnum("PlatformType", "Where the number is registered.", {
  CLOUD_API: "Registered for Cloud API.",
  ON_PREMISE: "Registered on an On-Premises client.",
  NOT_APPLICABLE: "Registered on neither.",
});

export const ThroughputLevel = forwardEnum("ThroughputLevel", "Messages-per-second level of a number.", {
  STANDARD: "Standard throughput.",
  HIGH: "High throughput.",
  NOT_APPLICABLE: "Not applicable (not registered).",
});

export const MessagingLimit = forwardEnum(
  "MessagingLimit",
  "Business-initiated conversations per 24 hours: per business portfolio from Graph v24.0 (`whatsapp_business_manager_messaging_limit`), per number before (`messaging_limit_tier`, with TIER_50 and TIER_1K).",
  {
    TIER_50: "50 per day (`messaging_limit_tier`, Graph v23.0 and older).",
    TIER_250: "250 per day.",
    TIER_1K: "1,000 per day (`messaging_limit_tier`, Graph v23.0 and older).",
    TIER_2K: "2,000 per day.",
    TIER_10K: "10,000 per day.",
    TIER_100K: "100,000 per day.",
    TIER_UNLIMITED: "No limit.",
    UNTIERED: "No tier assigned yet.",
  },
);

export const CodeMethod = builder.enumType("CodeMethod", {
  description: "How Meta sends the one-time code.",
  values: { SMS: { description: "By text message." }, VOICE: { description: "By a voice call." } },
});
