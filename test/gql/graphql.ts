/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a number is a test number (SANDBOX) or in production (LIVE). */
export type AccountMode =
  /** A production number. */
  | 'LIVE'
  /** A test number. */
  | 'SANDBOX';

/** Meta's review of the WABA. */
export type AccountReviewStatus =
  /** Approved. */
  | 'APPROVED'
  /** Review deferred. */
  | 'DEFERRED'
  /** Under review. */
  | 'PENDING'
  /** Rejected. */
  | 'REJECTED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** What addPhoneNumber sends as POST /{waba-id}/phone_numbers. */
export type AddPhoneNumberInput = {
  /** Move a number registered on another WABA to this one (Graph `migrate_phone_number`); then request and verify a code, and register. */
  migrate?: boolean | null | undefined;
  /** The number in E.164 form, e.g. "+16315551234"; sent split as cc ("1") and phone_number ("6315551234"). */
  phoneNumber: string;
  /** Add a VERIFIED pre-verified number with the same digits (Graph `preverified_id`); it arrives verified, ready to register. Operator callers only. */
  preverifiedPhoneNumberId?: string | number | null | undefined;
  /** The display name submitted for review (Graph `verified_name`); for a migration, the number's current name. */
  verifiedName: string;
  /** The WABA that gets the number (the {waba-id} of the path). */
  wabaId: string | number;
};

/** Verification status of the business that owns the WABA (Meta sends it lower-case). */
export type BusinessVerificationStatus =
  /** Verification expired. */
  | 'EXPIRED'
  /** Verification failed. */
  | 'FAILED'
  /** Not eligible for verification. */
  | 'INELIGIBLE'
  /** Not verified. */
  | 'NOT_VERIFIED'
  /** Verification pending. */
  | 'PENDING'
  /** Meta needs more information. */
  | 'PENDING_NEED_MORE_INFO'
  /** Not submitted yet. */
  | 'PENDING_SUBMISSION'
  /** Verification rejected. */
  | 'REJECTED'
  /** Verification revoked. */
  | 'REVOKED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** Verified. */
  | 'VERIFIED';

/** Whether messages can be sent. */
export type CanSendMessage =
  /** Messages can be sent. */
  | 'AVAILABLE'
  /** Messages cannot be sent. */
  | 'BLOCKED'
  /** Messages can be sent with limits. */
  | 'LIMITED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** How Meta sends the one-time code. */
export type CodeMethod =
  /** By text message. */
  | 'SMS'
  /** By a voice call. */
  | 'VOICE';

/** Whether the number passed one-time-code verification; VERIFIED lasts 14 days. */
export type CodeVerificationStatus =
  /** The verification expired; verify again before registering. */
  | 'EXPIRED'
  /** Not verified. */
  | 'NOT_VERIFIED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** Not verified (the spelling some of Meta's schemas use). */
  | 'UNVERIFIED'
  /** Verified: the number can be registered. */
  | 'VERIFIED';

/** What a coexistence sync brings from the WhatsApp Business app. */
export type CoexistenceSyncKind =
  /** sync_type smb_app_state_sync: the Business app's contacts. */
  | 'CONTACTS'
  /** sync_type history: up to 180 days of chats. */
  | 'HISTORY';

/** Embedded Signup's code and finish message, as the partner's page received them. */
export type CompleteEmbeddedSignupInput = {
  /** The finish message's data.business_id, when sent. */
  businessId?: string | number | null | undefined;
  /** The code from FB.login's authResponse: single use, valid for about 30 seconds. */
  code: string;
  /** Share the partner's credit line with the WABA in this currency; omit to not share. */
  creditLineCurrency?: CreditLineCurrency | null | undefined;
  /** register's data_localization_region (ISO 3166 alpha-2), when the customer's data must stay in a region. */
  dataLocalizationRegion?: string | null | undefined;
  /** The finish message's event. */
  event: EmbeddedSignupEvent;
  /** Chosen by the caller: the same key again returns the same onboarding instead of spending the code twice. */
  idempotencyKey: string;
  /** The finish message's data.phone_number_id; absent for FINISH_ONLY_WABA (and, at times, for coexistence). */
  phoneNumberId?: string | number | null | undefined;
  /** The 6-digit PIN to register the number with (it becomes the number's two-step PIN); kept encrypted until registration is done. */
  pin?: string | null | undefined;
  /** The finish message's data.waba_id: checked against what the code's token can reach, never trusted alone. */
  wabaId: string | number;
};

/** The currencies Meta shares a credit line in (waba_currency); it sets invoicing and pricing, and cannot change later. */
export type CreditLineCurrency =
  /** Australian dollar. */
  | 'AUD'
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** Indonesian rupiah. */
  | 'IDR'
  /** Indian rupee. */
  | 'INR'
  /** US dollar. */
  | 'USD';

/** Deregisters a number from Cloud API. */
export type DeregisterPhoneNumberInput = {
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
};

/** What Embedded Signup's finish message said happened. */
export type EmbeddedSignupEvent =
  /** FINISH: a WABA and a Cloud API number. */
  | 'FINISH'
  /** FINISH_ONLY_WABA: a WABA without a number. */
  | 'FINISH_ONLY_WABA'
  /** FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING: a WhatsApp Business app number (coexistence). */
  | 'FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING';

/** Why Meta (or the On-Premises client) refused a call; stable for clients to switch on. */
export type GraphApiErrorReason =
  /** Meta (or the On-Premises client) refused the gateway's credentials (190). */
  | 'ACCESS_TOKEN_INVALID'
  /** The WhatsApp account is locked (131031), e.g. after policy violations or a wrong two-step PIN. */
  | 'ACCOUNT_LOCKED'
  /** Meta cannot add the number to the WABA (200000), e.g. it is on another WhatsApp account, or a migration requirement is unmet. */
  | 'CANNOT_ADD_NUMBER'
  /** Embedded Signup's code was already exchanged (100/36009): the customer must go through Embedded Signup again. */
  | 'CODE_ALREADY_USED'
  /** Embedded Signup's code expired before it was exchanged (100/36007). */
  | 'CODE_EXPIRED'
  /** Meta could not send the verification code (136024). */
  | 'CODE_NOT_SENT'
  /** An earlier deregistration did not complete (133000): deregister again, then register. */
  | 'DEREGISTRATION_INCOMPLETE'
  /** Meta no longer allows this call (e.g. On-Premises registration since 2025-10-23). */
  | 'DISCONTINUED'
  /** Meta has not approved the number's display name (still under review, declined or expired), so it has no certificate to register with (100/2388001): register once the name is approved. */
  | 'DISPLAY_NAME_NOT_APPROVED'
  /** Meta refused a parameter (100). */
  | 'INVALID_PARAMETER'
  /** Meta does not know the number, or the token cannot reach it. */
  | 'NOT_FOUND'
  /** The number is not registered (133010). */
  | 'NOT_REGISTERED'
  /** The number needs verification again before registering (133006). */
  | 'NOT_VERIFIED'
  /** The number is still on a WhatsApp account, so Meta cannot create its certificate (100/2388001): disconnect it there, or onboard it as a coexistence number. */
  | 'NUMBER_ON_WHATSAPP_ACCOUNT'
  /** Any other refusal; see code. */
  | 'OTHER'
  /** The gateway's token lacks the permission. */
  | 'PERMISSION_DENIED'
  /** The PIN does not match the two-step verification PIN (133005). */
  | 'PIN_MISMATCH'
  /** Temporarily blocked for a policy violation (368). */
  | 'POLICY_BLOCKED'
  /** Meta is throttling calls. */
  | 'RATE_LIMITED'
  /** The number was deleted a moment ago (133015): wait before trying again (retryAfterSeconds). */
  | 'RECENTLY_DELETED'
  /** 10 register/deregister calls per number in 72 hours were used up (133016). */
  | 'REGISTRATION_LIMIT'
  /** A coexistence sync of this kind was already asked for; Meta allows it once. */
  | 'SYNC_ALREADY_REQUESTED'
  /** Too many two-step PIN guesses, or guesses too fast (133008, 133009): wait (retryAfterSeconds when Meta says how long). */
  | 'TOO_MANY_PIN_ATTEMPTS'
  /** No answer within the timeout; for a mutation the outcome is unknown (it was not retried). */
  | 'UPSTREAM_TIMEOUT'
  /** Meta failed or the connection broke; for a mutation the outcome is unknown (it was not retried). */
  | 'UPSTREAM_UNAVAILABLE'
  /** The one-time code is wrong or expired (136025). */
  | 'WRONG_CODE';

/** The kind of object a health entry is about. */
export type HealthEntityType =
  /** The app. */
  | 'APP'
  /** The business portfolio. */
  | 'BUSINESS'
  /** A message template. */
  | 'MESSAGE_TEMPLATE'
  /** The phone number. */
  | 'PHONE_NUMBER'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** The WhatsApp Business Account. */
  | 'WABA';

/** Business-initiated conversations per 24 hours: per business portfolio from Graph v24.0 (`whatsapp_business_manager_messaging_limit`), per number before (`messaging_limit_tier`, with TIER_50 and TIER_1K). */
export type MessagingLimit =
  /** 1,000 per day (`messaging_limit_tier`, Graph v23.0 and older). */
  | 'TIER_1K'
  /** 2,000 per day. */
  | 'TIER_2K'
  /** 10,000 per day. */
  | 'TIER_10K'
  /** 50 per day (`messaging_limit_tier`, Graph v23.0 and older). */
  | 'TIER_50'
  /** 100,000 per day. */
  | 'TIER_100K'
  /** 250 per day. */
  | 'TIER_250'
  /** No limit. */
  | 'TIER_UNLIMITED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** No tier assigned yet. */
  | 'UNTIERED';

/** Why Meta would refuse to migrate a number (graph-api.md §11.3). */
export type MigrationBlockerReason =
  /** A display-name change is under review (Graph `new_name_status` PENDING_REVIEW). */
  | 'NAME_CHANGE_PENDING'
  /** The display name is not APPROVED (Graph `name_status`). */
  | 'NAME_NOT_APPROVED'
  /** The destination WABA has no subscribed app (GET /{waba-id}/subscribed_apps is empty). */
  | 'NO_APP_SUBSCRIBED'
  /** Two-step verification is on (Graph `is_pin_enabled`). */
  | 'TWO_STEP_VERIFICATION_ON';

/** Review status of a display name, as Meta reports it. */
export type NameStatus =
  /** Meta approved the name; its certificate can be used to register the number. */
  | 'APPROVED'
  /** The name can be used before review. */
  | 'AVAILABLE_WITHOUT_REVIEW'
  /** Meta declined the name. */
  | 'DECLINED'
  /** The certificate expired (certificates are valid for 7 days); request a new one. */
  | 'EXPIRED'
  /** No name review applies. */
  | 'NONE'
  /** Meta is reviewing the name. */
  | 'PENDING_REVIEW'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** What the On-Premises client did with the registration. */
export type OnPremisesRegistrationStatus =
  /** 202: a code was sent; finish with verifyOnPremisesAccount. */
  | 'CODE_SENT'
  /** 201: the account already exists; nothing more to do. */
  | 'REGISTERED';

/** Where an onboarding stands, all steps together. */
export type OnboardingState =
  /** Every step is done or skipped. */
  | 'COMPLETED'
  /** A step failed in a way that resuming cannot mend (e.g. the code was spent elsewhere, or the window closed). */
  | 'FAILED'
  /** Steps are running or still to run. */
  | 'IN_PROGRESS'
  /** A step waits for the caller (nextAction says what), e.g. a PIN. */
  | 'NEEDS_ACTION';

/** The steps of an onboarding, in order. */
export type OnboardingStepKind =
  /** GET /oauth/access_token: the code for the customer's business token. */
  | 'EXCHANGE_CODE'
  /** POST /{phone-number-id}/register (skipped for coexistence numbers and FINISH_ONLY_WABA). */
  | 'REGISTER_NUMBER'
  /** Share the credit line, when asked. */
  | 'SHARE_CREDIT_LINE'
  /** POST /{waba-id}/subscribed_apps. */
  | 'SUBSCRIBE_APP'
  /** Prove the token reaches the WABA and the number (debug_token, GET /{waba-id}/phone_numbers). */
  | 'VERIFY_ACCESS';

/** How a step stands. */
export type OnboardingStepStatus =
  /** Succeeded; it is never run again. */
  | 'DONE'
  /** Meta refused it, or did not answer; error says why. */
  | 'FAILED'
  /** Not run yet. */
  | 'PENDING'
  /** Not needed for this onboarding (nextAction says why). */
  | 'SKIPPED'
  /** Waits for the caller (nextAction says what). */
  | 'WAITING';

/** How the WABA relates to the business that shares it. */
export type OwnershipType =
  /** Owned by the client, shared with the partner. */
  | 'CLIENT_OWNED'
  /** Owned by the partner on behalf of a client. */
  | 'ON_BEHALF_OF'
  /** Owned by the business itself. */
  | 'SELF'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** Connection status of a number; it must be CONNECTED to send. */
export type PhoneNumberStatus =
  /** Banned. */
  | 'BANNED'
  /** Connected: the number can send messages. */
  | 'CONNECTED'
  /** Deleted. */
  | 'DELETED'
  /** Disconnected. */
  | 'DISCONNECTED'
  /** Flagged for low quality. */
  | 'FLAGGED'
  /** Moved to another WABA. */
  | 'MIGRATED'
  /** Not connected yet. */
  | 'PENDING'
  /** Rate limited. */
  | 'RATE_LIMITED'
  /** Restricted. */
  | 'RESTRICTED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** Not verified. */
  | 'UNVERIFIED';

/** Where the number is registered. */
export type PlatformType =
  /** Registered for Cloud API. */
  | 'CLOUD_API'
  /** Registered on neither. */
  | 'NOT_APPLICABLE'
  /** Registered on an On-Premises client. */
  | 'ON_PREMISE'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** Quality rating of a number, from recent customer feedback. */
export type QualityRating =
  /** High quality. */
  | 'GREEN'
  /** Not yet rated (new numbers). */
  | 'NA'
  /** Low quality. */
  | 'RED'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN'
  /** Medium quality. */
  | 'YELLOW';

/** Registers a number on the configured On-Premises client. */
export type RegisterOnPremisesAccountInput = {
  /** How the client should send the code, if one is needed. */
  codeMethod: CodeMethod;
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
  /** The two-step verification PIN, only if one is set. */
  pin?: string | null | undefined;
};

/** Registers a verified number for Cloud API. */
export type RegisterPhoneNumberInput = {
  /** Optional local-storage region for Cloud API data at rest (e.g. "IN", "DE"). */
  dataLocalizationRegion?: string | null | undefined;
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
  /** The number's six-digit two-step verification PIN (set by this call if none is set). */
  pin: string;
};

/** Where a number stands in registration. */
export type RegistrationState =
  /** A WhatsApp Business app number on Cloud API (coexistence): connected through the app, never registered with register. */
  | 'COEXISTENCE'
  /** Verified, but Meta is still reviewing its display name: no certificate yet, so registering fails (100/2388001) until the name is approved. */
  | 'NAME_IN_REVIEW'
  /** Verified, but its display name was declined, expired or never set: Meta creates no certificate, so it cannot register until a name is approved. */
  | 'NAME_NOT_APPROVED'
  /** The number must pass one-time-code verification before it can be registered. */
  | 'NEEDS_VERIFICATION'
  /** Verified: register it for Cloud API before the deadline. */
  | 'READY_TO_REGISTER'
  /** Registered for Cloud API. */
  | 'REGISTERED_CLOUD_API'
  /** Registered on an On-Premises client (sunset by Meta on 2025-10-23). */
  | 'REGISTERED_ON_PREMISES'
  /** Not registered within 14 days of Embedded Signup: the customer must go through it again. */
  | 'WINDOW_EXPIRED';

/** What requestDisplayNameChange sends as POST /{phone-number-id}. */
export type RequestDisplayNameChangeInput = {
  /** The display name asked for (Graph `new_display_name`); Meta allows 10 changes in 30 days. */
  newDisplayName: string;
  /** The number whose display name changes (the {phone-number-id} of the path). */
  phoneNumberId: string | number;
};

/** What requestOfficialBusinessAccount sends as POST /{phone-number-id}/official_business_account. */
export type RequestOfficialBusinessAccountInput = {
  /** additional_supporting_information. */
  additionalSupportingInformation?: string | null | undefined;
  /** business_website_url. */
  businessWebsiteUrl: string;
  /** parent_business_or_brand. */
  parentBusinessOrBrand?: string | null | undefined;
  /** The number (the name it carries is what Meta assesses). */
  phoneNumberId: string | number;
  /** primary_country_of_operation: an ISO 3166-1 alpha-2 code, e.g. US. */
  primaryCountryOfOperation: string;
  /** primary_language: an ISO 639-1 code, optionally with a region, e.g. en or en_US. */
  primaryLanguage: string;
  /** supporting_links: press or other notable coverage (not paid listings). At most 5. */
  supportingLinks?: Array<string> | null | undefined;
};

/** Asks Meta to send a one-time code to the number. */
export type RequestVerificationCodeInput = {
  /** SMS or voice. */
  codeMethod: CodeMethod;
  /** The message's language as a locale, e.g. en_US. */
  language: string;
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
};

/** Which onboarding to run again, and a PIN when it waits for one. */
export type ResumeOnboardingInput = {
  /** The onboarding's id. */
  id: string | number;
  /** A PIN, when the onboarding waits for one (e.g. the number already had a different two-step PIN). */
  pin?: string | null | undefined;
};

/** Sets or changes the number's two-step verification PIN. */
export type SetTwoStepVerificationPinInput = {
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
  /** The new six-digit PIN. */
  pin: string;
};

/** What subscribeAppToWaba sends as POST /{waba-id}/subscribed_apps. */
export type SubscribeAppToWabaInput = {
  /** Deliver this WABA's webhooks to this HTTPS address instead of the app's (override_callback_uri); the gateway subscribes plainly first, as Meta requires. */
  overrideCallbackUri?: string | null | undefined;
  /** The verify token Meta sends to overrideCallbackUri's handshake; required with it. */
  verifyToken?: string | null | undefined;
  /** The WABA whose webhooks the app should receive (the {waba-id} of the path). */
  wabaId: string | number;
};

/** Messages-per-second level of a number. */
export type ThroughputLevel =
  /** High throughput. */
  | 'HIGH'
  /** Not applicable (not registered). */
  | 'NOT_APPLICABLE'
  /** Standard throughput. */
  | 'STANDARD'
  /** A value Meta sent that this gateway does not know yet. */
  | 'UNKNOWN';

/** Checks the one-time code the number received. */
export type VerifyCodeInput = {
  /** The code, digits only. */
  code: string;
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
};

/** Completes an On-Premises registration that sent a code. */
export type VerifyOnPremisesAccountInput = {
  /** The code the number received, digits only. */
  code: string;
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
};

/** How a WABA relates to the business, i.e. which Graph edge of the business lists it. */
export type WabaRelation =
  /** Shared with the business by a client, e.g. through Embedded Signup (GET /{business-id}/client_whatsapp_business_accounts). */
  | 'CLIENT'
  /** Owned by the business itself (GET /{business-id}/owned_whatsapp_business_accounts). */
  | 'OWNED';

export type SubscribeWithOverrideMutationVariables = Exact<{
  input: SubscribeAppToWabaInput;
}>;


export type SubscribeWithOverrideMutation = { subscribeAppToWaba:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, message: string }
    | { __typename: 'SubscribeAppToWabaSuccess', waba: { id: string, subscribedApps: Array<{ id: string, name: string | null }> } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type UnsubscribeMutationVariables = Exact<{
  wabaId: string | number;
}>;


export type UnsubscribeMutation = { unsubscribeAppFromWaba:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null }
    | { __typename: 'UnsubscribeAppFromWabaSuccess', waba: { id: string, subscribedApps: Array<{ id: string }> } | null }
    | { __typename: 'ValidationError' }
   };

export type IsOnBizAppQueryVariables = Exact<{
  id: string | number;
}>;


export type IsOnBizAppQuery = { phoneNumber: { id: string, isOnBizApp: boolean | null } | null };

export type BatchNumbersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BatchNumbersQuery = { phoneNumbers: Array<{ id: string, displayPhoneNumber: string | null } | null> };

export type BatchMixedQueryVariables = Exact<{
  phone: string | number;
  other: string | number;
  waba: string | number;
}>;


export type BatchMixedQuery = { a: { displayPhoneNumber: string | null } | null, b: { certificate: { value: string } | null } | null, c: { nameStatus: NameStatus | null } | null, list: Array<{ id: string } | null>, waba: { name: string | null } | null };

export type DashboardQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DashboardQuery = { wabas: Array<{ id: string, name: string | null, phoneNumbers: { edges: Array<{ node: { id: string, displayPhoneNumber: string | null, nameStatus: NameStatus | null, certificate: { value: string, nameStatus: NameStatus | null } | null } }>, pageInfo: { hasNextPage: boolean } } } | null> };

export type FilteredPagesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FilteredPagesQuery = { wabas: Array<{ name: string | null, sandbox: { edges: Array<{ node: { id: string, accountMode: AccountMode | null } }> }, live: { edges: Array<{ node: { id: string, accountMode: AccountMode | null } }> } } | null> };

export type FilteredOnlyQueryVariables = Exact<{
  id: string | number;
}>;


export type FilteredOnlyQuery = { waba: { phoneNumbers: { edges: Array<{ node: { id: string, accountMode: AccountMode | null } }> } } | null };

export type FleetCompleteMutationVariables = Exact<{
  input: CompleteEmbeddedSignupInput;
}>;


export type FleetCompleteMutation = { completeEmbeddedSignup:
    | { onboarding: { id: string, state: OnboardingState, wabaId: string, steps: Array<{ kind: OnboardingStepKind, status: OnboardingStepStatus }> } }
    | Record<PropertyKey, never>
   };

export type FleetResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type FleetResumeMutation = { resumeOnboarding:
    | { onboarding: { id: string, state: OnboardingState } }
    | Record<PropertyKey, never>
   };

export type FleetWabaQueryVariables = Exact<{
  id: string | number;
}>;


export type FleetWabaQuery = { waba: { id: string, name: string | null } | null };

export type CompleteMutationVariables = Exact<{
  input: CompleteEmbeddedSignupInput;
}>;


export type CompleteMutation = { completeEmbeddedSignup:
    | { __typename: 'CompleteEmbeddedSignupSuccess', onboarding: { id: string, state: OnboardingState, event: EmbeddedSignupEvent, wabaId: string, phoneNumberId: string | null, registrationDeadline: string | null, steps: Array<{ kind: OnboardingStepKind, status: OnboardingStepStatus, nextAction: string | null, error: { reason: GraphApiErrorReason, code: number | null, subcode: number | null, retryable: boolean, message: string } | null }>, phoneNumber: { id: string, status: PhoneNumberStatus | null, platformType: PlatformType | null, isOnBizApp: boolean | null } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError' }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ResumeMutationVariables = Exact<{
  input: ResumeOnboardingInput;
}>;


export type ResumeMutation = { resumeOnboarding:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError' }
    | { __typename: 'ResumeOnboardingSuccess', onboarding: { id: string, state: OnboardingState, steps: Array<{ kind: OnboardingStepKind, status: OnboardingStepStatus, nextAction: string | null, error: { reason: GraphApiErrorReason } | null }>, phoneNumber: { status: PhoneNumberStatus | null } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ReadOnboardingQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadOnboardingQuery = { onboarding: { id: string, state: OnboardingState, wabaId: string } | null };

export type OnboardedWabaQueryVariables = Exact<{
  id: string | number;
}>;


export type OnboardedWabaQuery = { waba: { id: string, name: string | null } | null };

export type ShareMutationVariables = Exact<{
  wabaId: string | number;
}>;


export type ShareMutation = { shareCreditLine:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, message: string }
    | { __typename: 'ShareCreditLineSuccess', allocationConfigId: string, waba: { id: string } | null }
    | { __typename: 'ValidationError' }
   };

export type RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeMutation = { revokeCreditLine:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason }
    | { __typename: 'RevokeCreditLineSuccess', allocationConfigId: string }
    | { __typename: 'ValidationError' }
   };

export type ListOnboardingsQueryVariables = Exact<{
  state?: OnboardingState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListOnboardingsQuery = { onboardings: { edges: Array<{ cursor: string, node: { id: string, state: OnboardingState } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NameQueryVariables = Exact<{
  id: string | number;
}>;


export type NameQuery = { phoneNumber: { verifiedName: string | null } | null };

export type ManagedWabasQueryVariables = Exact<{
  relation: WabaRelation;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagedWabasQuery = { managedWabas: { edges: Array<{ cursor: string, node: { id: string, name: string | null, ownershipType: OwnershipType | null, phoneNumbers: { edges: Array<{ node: { id: string, displayPhoneNumber: string | null } }>, pageInfo: { hasNextPage: boolean } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ManagedIdsQueryVariables = Exact<{
  relation: WabaRelation;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagedIdsQuery = { managedWabas: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ManagedWithAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedWithAppsQuery = { managedWabas: { edges: Array<{ node: { id: string, subscribedApps: Array<{ id: string, name: string | null }> } }> } };

export type SubscribeAppMutationVariables = Exact<{
  wabaId: string | number;
}>;


export type SubscribeAppMutation = { subscribeAppToWaba:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason }
    | { __typename: 'SubscribeAppToWabaSuccess', waba: { id: string, subscribedApps: Array<{ id: string, name: string | null }> } | null }
    | { __typename: 'ValidationError' }
   };

export type LifeOfNumberQueryVariables = Exact<{
  id: string | number;
}>;


export type LifeOfNumberQuery = { phoneNumber: { id: string, isOnBizApp: boolean | null, registration: { state: RegistrationState, nextAction: string }, officialBusinessAccount: { status: string, statusMessage: string | null } | null } | null };

export type SyncMutationVariables = Exact<{
  id: string | number;
  kind: CoexistenceSyncKind;
}>;


export type SyncMutation = { syncCoexistenceData:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, message: string, retryable: boolean }
    | { __typename: 'SyncCoexistenceDataSuccess', requestId: string, phoneNumber: { id: string } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type DeregisterLifeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeregisterLifeMutation = { deregisterPhoneNumber:
    | { __typename: 'DeregisterPhoneNumberSuccess' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type RegisterLifeMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterLifeMutation = { registerPhoneNumber:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, message: string, retryable: boolean }
    | { __typename: 'RegisterPhoneNumberSuccess' }
    | { __typename: 'ValidationError' }
   };

export type ObaMutationVariables = Exact<{
  input: RequestOfficialBusinessAccountInput;
}>;


export type ObaMutation = { requestOfficialBusinessAccount:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason }
    | { __typename: 'RequestOfficialBusinessAccountSuccess', phoneNumber: { officialBusinessAccount: { status: string } | null } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type CertificateDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CertificateDetailsQuery = { waba: { phoneNumbers: { edges: Array<{ node: { id: string, verifiedName: string | null, certificate: { details: { verifiedName: string | null, issuer: string | null, serial: string | null, issuedAt: string | null } | null } | null } }> } } | null };

export type RegisterOnPremMutationVariables = Exact<{
  input: RegisterOnPremisesAccountInput;
}>;


export type RegisterOnPremMutation = { registerOnPremisesAccount:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', message: string, reason: GraphApiErrorReason, code: number | null, retryable: boolean }
    | { __typename: 'OnPremisesNotConfiguredError', message: string }
    | { __typename: 'RegisterOnPremisesAccountSuccess', status: OnPremisesRegistrationStatus, verifiedName: string | null, phoneNumber: { id: string, platformType: PlatformType | null } | null }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type VerifyOnPremMutationVariables = Exact<{
  input: VerifyOnPremisesAccountInput;
}>;


export type VerifyOnPremMutation = { verifyOnPremisesAccount:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', message: string, reason: GraphApiErrorReason }
    | { __typename: 'OnPremisesNotConfiguredError', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'VerifyOnPremisesAccountSuccess', phoneNumber: { platformType: PlatformType | null, registration: { state: RegistrationState } } | null }
   };

export type AddNumberMutationVariables = Exact<{
  input: AddPhoneNumberInput;
}>;


export type AddNumberMutation = { addPhoneNumber:
    | { __typename: 'AddPhoneNumberSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, registration: { state: RegistrationState, nextAction: string } } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'MigrationBlockedError', message: string, blockers: Array<{ reason: MigrationBlockerReason, message: string }> }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type OnboardRequestCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type OnboardRequestCodeMutation = { requestVerificationCode:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError' }
    | { __typename: 'RequestVerificationCodeSuccess' }
    | { __typename: 'ValidationError' }
   };

export type OnboardVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type OnboardVerifyMutation = { verifyCode:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'VerifyCodeSuccess' }
   };

export type OnboardRegisterMutationVariables = Exact<{
  id: string | number;
}>;


export type OnboardRegisterMutation = { registerPhoneNumber:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null }
    | { __typename: 'RegisterPhoneNumberSuccess', phoneNumber: { verifiedName: string | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, registration: { state: RegistrationState, nextAction: string } } | null }
    | { __typename: 'ValidationError' }
   };

export type OnboardNumbersOfQueryVariables = Exact<{
  id: string | number;
}>;


export type OnboardNumbersOfQuery = { waba: { phoneNumbers: { edges: Array<{ node: { id: string, displayPhoneNumber: string | null } }> } } | null };

export type BlockersQueryVariables = Exact<{
  id: string | number;
  to?: string | number | null | undefined;
}>;


export type BlockersQuery = { phoneNumber: { id: string, migrationBlockers: Array<{ reason: MigrationBlockerReason, message: string }> } | null };

export type NameChangeMutationVariables = Exact<{
  input: RequestDisplayNameChangeInput;
}>;


export type NameChangeMutation = { requestDisplayNameChange:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestDisplayNameChangeSuccess', phoneNumber: { id: string, verifiedName: string | null, newDisplayName: string | null, newNameStatus: NameStatus | null } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ProxiedNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ProxiedNameQuery = { phoneNumber: { id: string, verifiedName: string | null } | null };

export type PhoneDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PhoneDetailQuery = { phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, qualityRating: QualityRating | null, codeVerificationStatus: CodeVerificationStatus | null, accountMode: AccountMode | null, lastOnboardedTime: string | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, status: PhoneNumberStatus | null, platformType: PlatformType | null, throughputLevel: ThroughputLevel | null, messagingLimit: MessagingLimit | null, isOfficialBusinessAccount: boolean | null, isPinEnabled: boolean | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, healthStatus: { canSendMessage: CanSendMessage | null, entities: Array<{ entityType: HealthEntityType | null, id: string | null, canSendMessage: CanSendMessage | null, errors: Array<{ errorCode: number | null, errorDescription: string | null, possibleSolution: string | null }> }> } | null } | null };

export type DisplayOnlyQueryVariables = Exact<{
  id: string | number;
}>;


export type DisplayOnlyQuery = { phoneNumber: { displayPhoneNumber: string | null } | null };

export type TwoNumbersQueryVariables = Exact<{
  good: string | number;
  bad: string | number;
}>;


export type TwoNumbersQuery = { good: { id: string, verifiedName: string | null } | null, bad: { id: string, verifiedName: string | null } | null };

export type ManyNumbersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ManyNumbersQuery = { phoneNumbers: Array<{ id: string, displayPhoneNumber: string | null } | null> };

export type PoolQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PoolQuery = { preverifiedPhoneNumbers: { edges: Array<{ cursor: string, node: { id: string, phoneNumber: string, codeVerificationStatus: CodeVerificationStatus | null, verificationExpiryTime: string | null, reverificationOpensAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddPreverifiedMutationVariables = Exact<{
  phoneNumber: string;
}>;


export type AddPreverifiedMutation = { addPreverifiedPhoneNumber:
    | { __typename: 'AddPreverifiedPhoneNumberSuccess', preverifiedPhoneNumber: { id: string, phoneNumber: string, codeVerificationStatus: CodeVerificationStatus | null, verificationExpiryTime: string | null } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type RequestPreverifiedCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestPreverifiedCodeMutation = { requestPreverifiedVerificationCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestPreverifiedVerificationCodeSuccess', preverifiedPhoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null } | null }
    | { __typename: 'ReverificationNotOpenError', message: string, opensAt: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type VerifyPreverifiedMutationVariables = Exact<{
  id: string | number;
  code: string;
}>;


export type VerifyPreverifiedMutation = { verifyPreverifiedCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
    | { __typename: 'VerifyPreverifiedCodeSuccess', preverifiedPhoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null, verificationExpiryTime: string | null, reverificationOpensAt: string | null } | null }
   };

type MutationErrors_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string };

type MutationErrors_GraphApiError_Fragment = { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string };

type MutationErrors_MigrationBlockedError_Fragment = { __typename: 'MigrationBlockedError', message: string };

type MutationErrors_OnPremisesNotConfiguredError_Fragment = { __typename: 'OnPremisesNotConfiguredError', message: string };

type MutationErrors_ReverificationNotOpenError_Fragment = { __typename: 'ReverificationNotOpenError', message: string };

type MutationErrors_ValidationError_Fragment = { __typename: 'ValidationError', field: string | null, message: string };

export type MutationErrorsFragment =
  | MutationErrors_ForbiddenError_Fragment
  | MutationErrors_GraphApiError_Fragment
  | MutationErrors_MigrationBlockedError_Fragment
  | MutationErrors_OnPremisesNotConfiguredError_Fragment
  | MutationErrors_ReverificationNotOpenError_Fragment
  | MutationErrors_ValidationError_Fragment
;

export type RequestCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type RequestCodeMutation = { requestVerificationCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestVerificationCodeSuccess', phoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null, registration: { state: RegistrationState } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type VerifyCodeMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type VerifyCodeMutation = { verifyCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
    | { __typename: 'VerifyCodeSuccess', phoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null, registration: { state: RegistrationState, nextAction: string } } | null }
   };

export type RegisterMutationVariables = Exact<{
  input: RegisterPhoneNumberInput;
}>;


export type RegisterMutation = { registerPhoneNumber:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RegisterPhoneNumberSuccess', phoneNumber: { id: string, platformType: PlatformType | null, status: PhoneNumberStatus | null, isPinEnabled: boolean | null, registration: { state: RegistrationState, nextAction: string } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type DeregisterMutationVariables = Exact<{
  input: DeregisterPhoneNumberInput;
}>;


export type DeregisterMutation = { deregisterPhoneNumber:
    | { __typename: 'DeregisterPhoneNumberSuccess', phoneNumber: { id: string, platformType: PlatformType | null } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type SetPinMutationVariables = Exact<{
  input: SetTwoStepVerificationPinInput;
}>;


export type SetPinMutation = { setTwoStepVerificationPin:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'SetTwoStepVerificationPinSuccess', phoneNumber: { id: string, isPinEnabled: boolean | null } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type RegisterThenDeregisterMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterThenDeregisterMutation = { first:
    | { phoneNumber: { platformType: PlatformType | null } | null }
    | Record<PropertyKey, never>
  , second:
    | { phoneNumber: { platformType: PlatformType | null } | null }
    | Record<PropertyKey, never>
   };

export type RegistrationOfQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistrationOfQuery = { phoneNumber: { registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null };

export type ResiliencePhoneQueryVariables = Exact<{
  id: string | number;
}>;


export type ResiliencePhoneQuery = { phoneNumber: { id: string, verifiedName: string | null } | null };

export type ResilienceWabaQueryVariables = Exact<{
  id: string | number;
}>;


export type ResilienceWabaQuery = { waba: { name: string | null, phoneNumbers: { edges: Array<{ node: { id: string } }> } } | null };

export type WabaDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type WabaDetailQuery = { waba: { id: string, name: string | null, currency: string | null, timezoneId: string | null, messageTemplateNamespace: string | null, accountReviewStatus: AccountReviewStatus | null, businessVerificationStatus: BusinessVerificationStatus | null, ownershipType: OwnershipType | null } | null };

export type WabaPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  mode?: AccountMode | null | undefined;
}>;


export type WabaPageQuery = { waba: { phoneNumbers: { edges: Array<{ cursor: string, node: { id: string, accountMode: AccountMode | null, nameStatus: NameStatus | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type WabasQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WabasQuery = { wabas: Array<{ id: string, name: string | null } | null> };

export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const SubscribeWithOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeWithOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeAppToWabaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeAppToWaba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeAppToWabaSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribedApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeWithOverrideMutation, SubscribeWithOverrideMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeAppFromWaba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wabaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeAppFromWabaSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribedApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const IsOnBizAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsOnBizApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOnBizApp"}}]}}]}}]} as unknown as DocumentNode<IsOnBizAppQuery, IsOnBizAppQueryVariables>;
export const BatchNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<BatchNumbersQuery, BatchNumbersQueryVariables>;
export const BatchMixedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchMixed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waba"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"phone"}},{"kind":"Variable","name":{"kind":"Name","value":"other"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waba"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BatchMixedQuery, BatchMixedQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FilteredPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"sandbox"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"SANDBOX"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"live"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"LIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredPagesQuery, FilteredPagesQueryVariables>;
export const FilteredOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"SANDBOX"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredOnlyQuery, FilteredOnlyQueryVariables>;
export const FleetCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEmbeddedSignupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEmbeddedSignup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEmbeddedSignupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetCompleteMutation, FleetCompleteMutationVariables>;
export const FleetResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FleetResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeOnboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeOnboardingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetResumeMutation, FleetResumeMutationVariables>;
export const FleetWabaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetWaba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FleetWabaQuery, FleetWabaQueryVariables>;
export const CompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEmbeddedSignupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEmbeddedSignup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEmbeddedSignupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}},{"kind":"Field","name":{"kind":"Name","value":"isOnBizApp"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMutation, CompleteMutationVariables>;
export const ResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeOnboardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeOnboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeOnboardingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeMutation, ResumeMutationVariables>;
export const ReadOnboardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOnboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wabaId"}}]}}]}}]} as unknown as DocumentNode<ReadOnboardingQuery, ReadOnboardingQueryVariables>;
export const OnboardedWabaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardedWaba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OnboardedWabaQuery, OnboardedWabaQueryVariables>;
export const ShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Share"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCreditLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wabaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"USD"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareCreditLineSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationConfigId"}},{"kind":"Field","name":{"kind":"Name","value":"waba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShareMutation, ShareMutationVariables>;
export const RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCreditLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"allocationConfigId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeCreditLineSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationConfigId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeMutation, RevokeMutationVariables>;
export const ListOnboardingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOnboardings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnboardingState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListOnboardingsQuery, ListOnboardingsQueryVariables>;
export const NameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Name"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<NameQuery, NameQueryVariables>;
export const ManagedWabasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedWabas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WabaRelation"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedWabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipType"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedWabasQuery, ManagedWabasQueryVariables>;
export const ManagedIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WabaRelation"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedWabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedIdsQuery, ManagedIdsQueryVariables>;
export const ManagedWithAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedWithApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedWabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"CLIENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribedApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedWithAppsQuery, ManagedWithAppsQueryVariables>;
export const SubscribeAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeAppToWaba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"wabaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeAppToWabaSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribedApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeAppMutation, SubscribeAppMutationVariables>;
export const LifeOfNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeOfNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOnBizApp"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialBusinessAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}}]}}]}}]} as unknown as DocumentNode<LifeOfNumberQuery, LifeOfNumberQueryVariables>;
export const SyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Sync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoexistenceSyncKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncCoexistenceData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncCoexistenceDataSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncMutation, SyncMutationVariables>;
export const DeregisterLifeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeregisterLife"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DeregisterLifeMutation, DeregisterLifeMutationVariables>;
export const RegisterLifeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLife"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pin"},"value":{"kind":"StringValue","value":"246810","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterLifeMutation, RegisterLifeMutationVariables>;
export const ObaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Oba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOfficialBusinessAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestOfficialBusinessAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOfficialBusinessAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialBusinessAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ObaMutation, ObaMutationVariables>;
export const CertificateDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CertificateDetailsQuery, CertificateDetailsQueryVariables>;
export const RegisterOnPremDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOnPrem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnPremisesAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOnPremisesAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnPremisesAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterOnPremMutation, RegisterOnPremMutationVariables>;
export const VerifyOnPremDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOnPrem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOnPremisesAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOnPremisesAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOnPremisesAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformType"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOnPremMutation, VerifyOnPremMutationVariables>;
export const AddNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationBlockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AddNumberMutation, AddNumberMutationVariables>;
export const OnboardRequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardRequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"codeMethod"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"en_US","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OnboardRequestCodeMutation, OnboardRequestCodeMutationVariables>;
export const OnboardVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"123456","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OnboardVerifyMutation, OnboardVerifyMutationVariables>;
export const OnboardRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pin"},"value":{"kind":"StringValue","value":"246810","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}}]}}]}}]}}]} as unknown as DocumentNode<OnboardRegisterMutation, OnboardRegisterMutationVariables>;
export const OnboardNumbersOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardNumbersOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnboardNumbersOfQuery, OnboardNumbersOfQueryVariables>;
export const BlockersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Blockers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"migrationBlockers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"toWabaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BlockersQuery, BlockersQueryVariables>;
export const NameChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NameChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDisplayNameChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDisplayNameChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDisplayNameChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<NameChangeMutation, NameChangeMutationVariables>;
export const ProxiedNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProxiedName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<ProxiedNameQuery, ProxiedNameQueryVariables>;
export const PhoneDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRating"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"lastOnboardedTime"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}},{"kind":"Field","name":{"kind":"Name","value":"throughputLevel"}},{"kind":"Field","name":{"kind":"Name","value":"messagingLimit"}},{"kind":"Field","name":{"kind":"Name","value":"isOfficialBusinessAccount"}},{"kind":"Field","name":{"kind":"Name","value":"isPinEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSendMessage"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canSendMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorDescription"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSolution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhoneDetailQuery, PhoneDetailQueryVariables>;
export const DisplayOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<DisplayOnlyQuery, DisplayOnlyQueryVariables>;
export const TwoNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"good"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bad"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"good"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"good"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bad"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bad"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<TwoNumbersQuery, TwoNumbersQueryVariables>;
export const ManyNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManyNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<ManyNumbersQuery, ManyNumbersQueryVariables>;
export const PoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationExpiryTime"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationOpensAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PoolQuery, PoolQueryVariables>;
export const AddPreverifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPreverified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPreverifiedPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddPreverifiedPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationExpiryTime"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AddPreverifiedMutation, AddPreverifiedMutationVariables>;
export const RequestPreverifiedCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPreverifiedCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPreverifiedVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preverifiedPhoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"codeMethod"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"en_US","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPreverifiedVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReverificationNotOpenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RequestPreverifiedCodeMutation, RequestPreverifiedCodeMutationVariables>;
export const VerifyPreverifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPreverified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPreverifiedCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"preverifiedPhoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPreverifiedCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationExpiryTime"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationOpensAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<VerifyPreverifiedMutation, VerifyPreverifiedMutationVariables>;
export const RequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RequestCodeMutation, RequestCodeMutationVariables>;
export const VerifyCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<VerifyCodeMutation, VerifyCodeMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPinEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const DeregisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Deregister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<DeregisterMutation, DeregisterMutationVariables>;
export const SetPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTwoStepVerificationPinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTwoStepVerificationPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetTwoStepVerificationPinSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPinEnabled"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<SetPinMutation, SetPinMutationVariables>;
export const RegisterThenDeregisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterThenDeregister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"registerPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pin"},"value":{"kind":"StringValue","value":"123456","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformType"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"deregisterPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterThenDeregisterMutation, RegisterThenDeregisterMutationVariables>;
export const RegistrationOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationOfQuery, RegistrationOfQueryVariables>;
export const ResiliencePhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResiliencePhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<ResiliencePhoneQuery, ResiliencePhoneQueryVariables>;
export const ResilienceWabaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceWaba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceWabaQuery, ResilienceWabaQueryVariables>;
export const WabaDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WabaDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezoneId"}},{"kind":"Field","name":{"kind":"Name","value":"messageTemplateNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"accountReviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"businessVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipType"}}]}}]}}]} as unknown as DocumentNode<WabaDetailQuery, WabaDetailQueryVariables>;
export const WabaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WabaPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WabaPageQuery, WabaPageQueryVariables>;
export const WabasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wabas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WabasQuery, WabasQueryVariables>;