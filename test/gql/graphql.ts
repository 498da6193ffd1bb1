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

/** Business-initiated conversations per 24 hours (`whatsapp_business_manager_messaging_limit`, set per business portfolio). */
export type MessagingLimit =
  /** 2,000 per day. */
  | 'TIER_2K'
  /** 10,000 per day. */
  | 'TIER_10K'
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

export type NameQueryVariables = Exact<{
  id: string | number;
}>;


export type NameQuery = { phoneNumber: { verifiedName: string | null } | null };

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


export const BatchNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<BatchNumbersQuery, BatchNumbersQueryVariables>;
export const BatchMixedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchMixed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waba"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"phone"}},{"kind":"Variable","name":{"kind":"Name","value":"other"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waba"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BatchMixedQuery, BatchMixedQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FilteredPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"sandbox"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"SANDBOX"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"live"},"name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"LIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredPagesQuery, FilteredPagesQueryVariables>;
export const FilteredOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"EnumValue","value":"SANDBOX"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredOnlyQuery, FilteredOnlyQueryVariables>;
export const NameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Name"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<NameQuery, NameQueryVariables>;
export const PhoneDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRating"}},{"kind":"Field","name":{"kind":"Name","value":"codeVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"lastOnboardedTime"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newNameStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"platformType"}},{"kind":"Field","name":{"kind":"Name","value":"throughputLevel"}},{"kind":"Field","name":{"kind":"Name","value":"messagingLimit"}},{"kind":"Field","name":{"kind":"Name","value":"isOfficialBusinessAccount"}},{"kind":"Field","name":{"kind":"Name","value":"isPinEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSendMessage"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canSendMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorDescription"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSolution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhoneDetailQuery, PhoneDetailQueryVariables>;
export const DisplayOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<DisplayOnlyQuery, DisplayOnlyQueryVariables>;
export const TwoNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"good"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bad"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"good"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"good"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bad"},"name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bad"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}}]}}]}}]} as unknown as DocumentNode<TwoNumbersQuery, TwoNumbersQueryVariables>;
export const ManyNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManyNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayPhoneNumber"}}]}}]}}]} as unknown as DocumentNode<ManyNumbersQuery, ManyNumbersQueryVariables>;
export const WabaDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WabaDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezoneId"}},{"kind":"Field","name":{"kind":"Name","value":"messageTemplateNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"accountReviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"businessVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipType"}}]}}]}}]} as unknown as DocumentNode<WabaDetailQuery, WabaDetailQueryVariables>;
export const WabaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WabaPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waba"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountMode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}},{"kind":"Field","name":{"kind":"Name","value":"nameStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WabaPageQuery, WabaPageQueryVariables>;
export const WabasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wabas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wabas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WabasQuery, WabasQueryVariables>;