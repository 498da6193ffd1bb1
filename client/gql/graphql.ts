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

/** What addPreverifiedPhoneNumber sends as POST /{business-id}/add_phone_numbers. */
export type AddPreverifiedPhoneNumberInput = {
  /** The number in E.164 form, e.g. "+16315551234" (Graph `phone_number`). */
  phoneNumber: string;
};

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

/** Deregisters a number from Cloud API. */
export type DeregisterPhoneNumberInput = {
  /** The phone number's Graph API ID. */
  phoneNumberId: string | number;
};

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

/** What requestPreverifiedVerificationCode sends as POST /{preverified-id}/request_code. */
export type RequestPreverifiedVerificationCodeInput = {
  /** SMS or voice call (Graph `code_method`). */
  codeMethod: CodeMethod;
  /** The locale of the message, e.g. "en_US" (Graph `language`). */
  language: string;
  /** The pre-verified number (the {preverified-id} of the path). */
  preverifiedPhoneNumberId: string | number;
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

/** What verifyPreverifiedCode sends as POST /{preverified-id}/verify_code. */
export type VerifyPreverifiedCodeInput = {
  /** The code received, digits only (Graph `code`). */
  code: string;
  /** The pre-verified number (the {preverified-id} of the path). */
  preverifiedPhoneNumberId: string | number;
};

export type ClientNumberFragment = { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } };

type ClientErrors_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string };

type ClientErrors_GraphApiError_Fragment = { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string };

type ClientErrors_MigrationBlockedError_Fragment = { __typename: 'MigrationBlockedError', message: string };

type ClientErrors_OnPremisesNotConfiguredError_Fragment = { __typename: 'OnPremisesNotConfiguredError', message: string };

type ClientErrors_ReverificationNotOpenError_Fragment = { __typename: 'ReverificationNotOpenError', message: string };

type ClientErrors_ValidationError_Fragment = { __typename: 'ValidationError', field: string | null, message: string };

export type ClientErrorsFragment =
  | ClientErrors_ForbiddenError_Fragment
  | ClientErrors_GraphApiError_Fragment
  | ClientErrors_MigrationBlockedError_Fragment
  | ClientErrors_OnPremisesNotConfiguredError_Fragment
  | ClientErrors_ReverificationNotOpenError_Fragment
  | ClientErrors_ValidationError_Fragment
;

export type ClientNumbersOfWabaQueryVariables = Exact<{
  wabaId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  accountMode?: AccountMode | null | undefined;
}>;


export type ClientNumbersOfWabaQuery = { waba: { id: string, name: string | null, phoneNumbers: { edges: Array<{ node: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ClientPhoneNumberQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientPhoneNumberQuery = { phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null };

export type ClientRegisterPhoneNumberMutationVariables = Exact<{
  input: RegisterPhoneNumberInput;
}>;


export type ClientRegisterPhoneNumberMutation = { registerPhoneNumber:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RegisterPhoneNumberSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientDeregisterPhoneNumberMutationVariables = Exact<{
  input: DeregisterPhoneNumberInput;
}>;


export type ClientDeregisterPhoneNumberMutation = { deregisterPhoneNumber:
    | { __typename: 'DeregisterPhoneNumberSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientRequestVerificationCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type ClientRequestVerificationCodeMutation = { requestVerificationCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestVerificationCodeSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientVerifyCodeMutationVariables = Exact<{
  input: VerifyCodeInput;
}>;


export type ClientVerifyCodeMutation = { verifyCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
    | { __typename: 'VerifyCodeSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
   };

export type ClientSetTwoStepVerificationPinMutationVariables = Exact<{
  input: SetTwoStepVerificationPinInput;
}>;


export type ClientSetTwoStepVerificationPinMutation = { setTwoStepVerificationPin:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'SetTwoStepVerificationPinSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientRegisterOnPremisesAccountMutationVariables = Exact<{
  input: RegisterOnPremisesAccountInput;
}>;


export type ClientRegisterOnPremisesAccountMutation = { registerOnPremisesAccount:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'OnPremisesNotConfiguredError', message: string }
    | { __typename: 'RegisterOnPremisesAccountSuccess', status: OnPremisesRegistrationStatus, verifiedName: string | null, phoneNumber: { id: string } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientVerifyOnPremisesAccountMutationVariables = Exact<{
  input: VerifyOnPremisesAccountInput;
}>;


export type ClientVerifyOnPremisesAccountMutation = { verifyOnPremisesAccount:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'OnPremisesNotConfiguredError', message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
    | { __typename: 'VerifyOnPremisesAccountSuccess', phoneNumber: { id: string } | null }
   };

export type ClientAddPhoneNumberMutationVariables = Exact<{
  input: AddPhoneNumberInput;
}>;


export type ClientAddPhoneNumberMutation = { addPhoneNumber:
    | { __typename: 'AddPhoneNumberSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'MigrationBlockedError', message: string, blockers: Array<{ reason: MigrationBlockerReason, message: string }> }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientRequestDisplayNameChangeMutationVariables = Exact<{
  input: RequestDisplayNameChangeInput;
}>;


export type ClientRequestDisplayNameChangeMutation = { requestDisplayNameChange:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestDisplayNameChangeSuccess', phoneNumber: { id: string, displayPhoneNumber: string | null, verifiedName: string | null, accountMode: AccountMode | null, codeVerificationStatus: CodeVerificationStatus | null, nameStatus: NameStatus | null, newNameStatus: NameStatus | null, newDisplayName: string | null, certificate: { value: string, nameStatus: NameStatus | null } | null, newCertificate: { value: string, nameStatus: NameStatus | null } | null, registration: { state: RegistrationState, deadline: string | null, nextAction: string } } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientSubscribeAppToWabaMutationVariables = Exact<{
  input: SubscribeAppToWabaInput;
}>;


export type ClientSubscribeAppToWabaMutation = { subscribeAppToWaba:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'SubscribeAppToWabaSuccess', waba: { id: string, subscribedApps: Array<{ id: string, name: string | null }> } | null }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientAddPreverifiedPhoneNumberMutationVariables = Exact<{
  input: AddPreverifiedPhoneNumberInput;
}>;


export type ClientAddPreverifiedPhoneNumberMutation = { addPreverifiedPhoneNumber:
    | { __typename: 'AddPreverifiedPhoneNumberSuccess', preverifiedPhoneNumber: { id: string, phoneNumber: string, codeVerificationStatus: CodeVerificationStatus | null, verificationExpiryTime: string | null } | null }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientRequestPreverifiedVerificationCodeMutationVariables = Exact<{
  input: RequestPreverifiedVerificationCodeInput;
}>;


export type ClientRequestPreverifiedVerificationCodeMutation = { requestPreverifiedVerificationCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'RequestPreverifiedVerificationCodeSuccess', preverifiedPhoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null } | null }
    | { __typename: 'ReverificationNotOpenError', opensAt: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ClientVerifyPreverifiedCodeMutationVariables = Exact<{
  input: VerifyPreverifiedCodeInput;
}>;


export type ClientVerifyPreverifiedCodeMutation = { verifyPreverifiedCode:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'GraphApiError', reason: GraphApiErrorReason, code: number | null, subcode: number | null, fbtraceId: string | null, retryable: boolean, retryAfterSeconds: number | null, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
    | { __typename: 'VerifyPreverifiedCodeSuccess', preverifiedPhoneNumber: { id: string, codeVerificationStatus: CodeVerificationStatus | null, verificationExpiryTime: string | null } | null }
   };

export const ClientNumberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]} as unknown as DocumentNode<ClientNumberFragment, unknown>;
export const ClientErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientErrorsFragment, unknown>;
export const ClientNumbersOfWabaDocument = {"__meta__":{"hash":"sha256:5697afa98f4142295536f958e874198fe73af21dedacfbbeefb98eb829933be8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientNumbersOfWaba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountMode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wabaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountMode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]} as unknown as DocumentNode<ClientNumbersOfWabaQuery, ClientNumbersOfWabaQueryVariables>;
export const ClientPhoneNumberDocument = {"__meta__":{"hash":"sha256:89e7656926b9362e8b115c52aeec48d75133ab9ff884ffc2d3ecea6e67e6f0c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}}]} as unknown as DocumentNode<ClientPhoneNumberQuery, ClientPhoneNumberQueryVariables>;
export const ClientRegisterPhoneNumberDocument = {"__meta__":{"hash":"sha256:2589bc6ec06a40da39c93aa193a98ca8cc78afc193dbf03b5d0405a9586abc6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRegisterPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientRegisterPhoneNumberMutation, ClientRegisterPhoneNumberMutationVariables>;
export const ClientDeregisterPhoneNumberDocument = {"__meta__":{"hash":"sha256:958c732b830f89e4ce44da32b116ecef9c2352f8f73df98b95840bb6bcf86bd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientDeregisterPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientDeregisterPhoneNumberMutation, ClientDeregisterPhoneNumberMutationVariables>;
export const ClientRequestVerificationCodeDocument = {"__meta__":{"hash":"sha256:b4f459e2af8b5903df30ecc368c22fad9529e416188ceceff087f9985c50284e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRequestVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientRequestVerificationCodeMutation, ClientRequestVerificationCodeMutationVariables>;
export const ClientVerifyCodeDocument = {"__meta__":{"hash":"sha256:d33b9251929a2e2bddc6c7ac40a07136c9cca974ec341c9e3af04e93cdc66fb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientVerifyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientVerifyCodeMutation, ClientVerifyCodeMutationVariables>;
export const ClientSetTwoStepVerificationPinDocument = {"__meta__":{"hash":"sha256:ad3e48f9d9a21f9db5d28e4e4c04345e14c56b616e68a92f0da45f15e8cf10db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientSetTwoStepVerificationPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTwoStepVerificationPinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTwoStepVerificationPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetTwoStepVerificationPinSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientSetTwoStepVerificationPinMutation, ClientSetTwoStepVerificationPinMutationVariables>;
export const ClientRegisterOnPremisesAccountDocument = {"__meta__":{"hash":"sha256:1f5b584c99a188f7778dbb0a4d6188145852a7ccdfb97c836ab511d16d649a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRegisterOnPremisesAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnPremisesAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOnPremisesAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnPremisesAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientRegisterOnPremisesAccountMutation, ClientRegisterOnPremisesAccountMutationVariables>;
export const ClientVerifyOnPremisesAccountDocument = {"__meta__":{"hash":"sha256:f0db61cff0304e1e41cc9d159eac026c5a2500998180f8c9e73dd204f51cb8f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientVerifyOnPremisesAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOnPremisesAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOnPremisesAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOnPremisesAccountSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientVerifyOnPremisesAccountMutation, ClientVerifyOnPremisesAccountMutationVariables>;
export const ClientAddPhoneNumberDocument = {"__meta__":{"hash":"sha256:7040e0f07eb07ff06766c3c941e8dd3e9d7708bbe3d15df5ef40fe314b97f2f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientAddPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationBlockedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientAddPhoneNumberMutation, ClientAddPhoneNumberMutationVariables>;
export const ClientRequestDisplayNameChangeDocument = {"__meta__":{"hash":"sha256:ad652fad6b6cb220a4e3e1657db9fd3b8d6b1fa0b8b4290ce53b344ba93766f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRequestDisplayNameChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDisplayNameChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDisplayNameChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDisplayNameChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientNumber"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientNumber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientRequestDisplayNameChangeMutation, ClientRequestDisplayNameChangeMutationVariables>;
export const ClientSubscribeAppToWabaDocument = {"__meta__":{"hash":"sha256:b907475a96d1479166ca1d63882bf8a9c578119891ebe93c54558c098eb2b0d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientSubscribeAppToWaba"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeAppToWabaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeAppToWaba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeAppToWabaSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribedApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientSubscribeAppToWabaMutation, ClientSubscribeAppToWabaMutationVariables>;
export const ClientAddPreverifiedPhoneNumberDocument = {"__meta__":{"hash":"sha256:40c56d3899de87e049c0d6f6d3ddf3580eb2928c17ad2633c7002d2cd735af36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientAddPreverifiedPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPreverifiedPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPreverifiedPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddPreverifiedPhoneNumberSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationExpiryTime"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientAddPreverifiedPhoneNumberMutation, ClientAddPreverifiedPhoneNumberMutationVariables>;
export const ClientRequestPreverifiedVerificationCodeDocument = {"__meta__":{"hash":"sha256:1061051a4ac39635c59474e4dd6450735e685c31cdaa5cfc3426766ed4b3937a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientRequestPreverifiedVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPreverifiedVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPreverifiedVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPreverifiedVerificationCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReverificationNotOpenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opensAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientRequestPreverifiedVerificationCodeMutation, ClientRequestPreverifiedVerificationCodeMutationVariables>;
export const ClientVerifyPreverifiedCodeDocument = {"__meta__":{"hash":"sha256:ffb07fcd94fbb95d38385290661b4703f806fd70a1832e884bb32e50a502c968"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientVerifyPreverifiedCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPreverifiedCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPreverifiedCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPreverifiedCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preverifiedPhoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationExpiryTime"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphApiError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ClientVerifyPreverifiedCodeMutation, ClientVerifyPreverifiedCodeMutationVariables>;