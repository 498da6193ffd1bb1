/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ClientNumber on PhoneNumber {\n    id\n    displayPhoneNumber\n    verifiedName\n    accountMode\n    codeVerificationStatus\n    nameStatus\n    newNameStatus\n    newDisplayName\n    certificate { value nameStatus }\n    newCertificate { value nameStatus }\n    registration { state deadline nextAction }\n  }\n": typeof types.ClientNumberFragmentDoc,
    "\n  fragment ClientErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n": typeof types.ClientErrorsFragmentDoc,
    "\n  query ClientNumbersOfWaba($wabaId: ID!, $first: Int, $after: String, $accountMode: AccountMode) {\n    waba(id: $wabaId) {\n      id\n      name\n      phoneNumbers(first: $first, after: $after, filter: { accountMode: $accountMode }) {\n        edges { node { ...ClientNumber } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ClientNumbersOfWabaDocument,
    "\n  query ClientPhoneNumber($id: ID!) {\n    phoneNumber(id: $id) { ...ClientNumber }\n  }\n": typeof types.ClientPhoneNumberDocument,
    "\n  mutation ClientRegisterPhoneNumber($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientRegisterPhoneNumberDocument,
    "\n  mutation ClientDeregisterPhoneNumber($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientDeregisterPhoneNumberDocument,
    "\n  mutation ClientRequestVerificationCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientRequestVerificationCodeDocument,
    "\n  mutation ClientVerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientVerifyCodeDocument,
    "\n  mutation ClientSetTwoStepVerificationPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientSetTwoStepVerificationPinDocument,
    "\n  mutation ClientRegisterOnPremisesAccount($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientRegisterOnPremisesAccountDocument,
    "\n  mutation ClientVerifyOnPremisesAccount($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientVerifyOnPremisesAccountDocument,
    "\n  mutation ClientAddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientAddPhoneNumberDocument,
    "\n  mutation ClientRequestDisplayNameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientRequestDisplayNameChangeDocument,
    "\n  mutation ClientSubscribeAppToWaba($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientSubscribeAppToWabaDocument,
    "\n  mutation ClientAddPreverifiedPhoneNumber($input: AddPreverifiedPhoneNumberInput!) {\n    addPreverifiedPhoneNumber(input: $input) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientAddPreverifiedPhoneNumberDocument,
    "\n  mutation ClientRequestPreverifiedVerificationCode($input: RequestPreverifiedVerificationCodeInput!) {\n    requestPreverifiedVerificationCode(input: $input) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { opensAt }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientRequestPreverifiedVerificationCodeDocument,
    "\n  mutation ClientVerifyPreverifiedCode($input: VerifyPreverifiedCodeInput!) {\n    verifyPreverifiedCode(input: $input) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n": typeof types.ClientVerifyPreverifiedCodeDocument,
};
const documents: Documents = {
    "\n  fragment ClientNumber on PhoneNumber {\n    id\n    displayPhoneNumber\n    verifiedName\n    accountMode\n    codeVerificationStatus\n    nameStatus\n    newNameStatus\n    newDisplayName\n    certificate { value nameStatus }\n    newCertificate { value nameStatus }\n    registration { state deadline nextAction }\n  }\n": types.ClientNumberFragmentDoc,
    "\n  fragment ClientErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n": types.ClientErrorsFragmentDoc,
    "\n  query ClientNumbersOfWaba($wabaId: ID!, $first: Int, $after: String, $accountMode: AccountMode) {\n    waba(id: $wabaId) {\n      id\n      name\n      phoneNumbers(first: $first, after: $after, filter: { accountMode: $accountMode }) {\n        edges { node { ...ClientNumber } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ClientNumbersOfWabaDocument,
    "\n  query ClientPhoneNumber($id: ID!) {\n    phoneNumber(id: $id) { ...ClientNumber }\n  }\n": types.ClientPhoneNumberDocument,
    "\n  mutation ClientRegisterPhoneNumber($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientRegisterPhoneNumberDocument,
    "\n  mutation ClientDeregisterPhoneNumber($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientDeregisterPhoneNumberDocument,
    "\n  mutation ClientRequestVerificationCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientRequestVerificationCodeDocument,
    "\n  mutation ClientVerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientVerifyCodeDocument,
    "\n  mutation ClientSetTwoStepVerificationPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientSetTwoStepVerificationPinDocument,
    "\n  mutation ClientRegisterOnPremisesAccount($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n": types.ClientRegisterOnPremisesAccountDocument,
    "\n  mutation ClientVerifyOnPremisesAccount($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n": types.ClientVerifyOnPremisesAccountDocument,
    "\n  mutation ClientAddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...ClientErrors\n    }\n  }\n": types.ClientAddPhoneNumberDocument,
    "\n  mutation ClientRequestDisplayNameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n": types.ClientRequestDisplayNameChangeDocument,
    "\n  mutation ClientSubscribeAppToWaba($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ...ClientErrors\n    }\n  }\n": types.ClientSubscribeAppToWabaDocument,
    "\n  mutation ClientAddPreverifiedPhoneNumber($input: AddPreverifiedPhoneNumberInput!) {\n    addPreverifiedPhoneNumber(input: $input) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n": types.ClientAddPreverifiedPhoneNumberDocument,
    "\n  mutation ClientRequestPreverifiedVerificationCode($input: RequestPreverifiedVerificationCodeInput!) {\n    requestPreverifiedVerificationCode(input: $input) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { opensAt }\n      ...ClientErrors\n    }\n  }\n": types.ClientRequestPreverifiedVerificationCodeDocument,
    "\n  mutation ClientVerifyPreverifiedCode($input: VerifyPreverifiedCodeInput!) {\n    verifyPreverifiedCode(input: $input) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n": types.ClientVerifyPreverifiedCodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientNumber on PhoneNumber {\n    id\n    displayPhoneNumber\n    verifiedName\n    accountMode\n    codeVerificationStatus\n    nameStatus\n    newNameStatus\n    newDisplayName\n    certificate { value nameStatus }\n    newCertificate { value nameStatus }\n    registration { state deadline nextAction }\n  }\n"): (typeof documents)["\n  fragment ClientNumber on PhoneNumber {\n    id\n    displayPhoneNumber\n    verifiedName\n    accountMode\n    codeVerificationStatus\n    nameStatus\n    newNameStatus\n    newDisplayName\n    certificate { value nameStatus }\n    newCertificate { value nameStatus }\n    registration { state deadline nextAction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n"): (typeof documents)["\n  fragment ClientErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientNumbersOfWaba($wabaId: ID!, $first: Int, $after: String, $accountMode: AccountMode) {\n    waba(id: $wabaId) {\n      id\n      name\n      phoneNumbers(first: $first, after: $after, filter: { accountMode: $accountMode }) {\n        edges { node { ...ClientNumber } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientNumbersOfWaba($wabaId: ID!, $first: Int, $after: String, $accountMode: AccountMode) {\n    waba(id: $wabaId) {\n      id\n      name\n      phoneNumbers(first: $first, after: $after, filter: { accountMode: $accountMode }) {\n        edges { node { ...ClientNumber } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPhoneNumber($id: ID!) {\n    phoneNumber(id: $id) { ...ClientNumber }\n  }\n"): (typeof documents)["\n  query ClientPhoneNumber($id: ID!) {\n    phoneNumber(id: $id) { ...ClientNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRegisterPhoneNumber($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRegisterPhoneNumber($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientDeregisterPhoneNumber($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientDeregisterPhoneNumber($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRequestVerificationCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRequestVerificationCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientVerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientVerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientSetTwoStepVerificationPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientSetTwoStepVerificationPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRegisterOnPremisesAccount($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRegisterOnPremisesAccount($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientVerifyOnPremisesAccount($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientVerifyOnPremisesAccount($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { id } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientAddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientAddPhoneNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { ...ClientNumber } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRequestDisplayNameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRequestDisplayNameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { ...ClientNumber } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientSubscribeAppToWaba($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientSubscribeAppToWaba($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientAddPreverifiedPhoneNumber($input: AddPreverifiedPhoneNumberInput!) {\n    addPreverifiedPhoneNumber(input: $input) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientAddPreverifiedPhoneNumber($input: AddPreverifiedPhoneNumberInput!) {\n    addPreverifiedPhoneNumber(input: $input) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRequestPreverifiedVerificationCode($input: RequestPreverifiedVerificationCodeInput!) {\n    requestPreverifiedVerificationCode(input: $input) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { opensAt }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRequestPreverifiedVerificationCode($input: RequestPreverifiedVerificationCodeInput!) {\n    requestPreverifiedVerificationCode(input: $input) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { opensAt }\n      ...ClientErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientVerifyPreverifiedCode($input: VerifyPreverifiedCodeInput!) {\n    verifyPreverifiedCode(input: $input) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ClientVerifyPreverifiedCode($input: VerifyPreverifiedCodeInput!) {\n    verifyPreverifiedCode(input: $input) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime } }\n      ...ClientErrors\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;