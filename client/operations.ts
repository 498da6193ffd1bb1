import { graphql } from "./gql/index.js";

/**
 * The operations internal services need most, as typed documents. Each carries its SHA-256 hash (the client preset's
 * persisted documents): `npm run codegen` writes them, and their manifest, `client/gql/persisted-documents.json`.
 */

graphql(`
  fragment ClientNumber on PhoneNumber {
    id
    displayPhoneNumber
    verifiedName
    accountMode
    codeVerificationStatus
    nameStatus
    newNameStatus
    newDisplayName
    certificate { value nameStatus }
    newCertificate { value nameStatus }
    registration { state deadline nextAction }
  }
`);

graphql(`
  fragment ClientErrors on Error {
    __typename
    message
    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }
    ... on ValidationError { field }
  }
`);

/** A WABA's numbers with certificates and name status, one page, optionally only SANDBOX or LIVE ones. */
export const NumbersOfWaba = graphql(`
  query ClientNumbersOfWaba($wabaId: ID!, $first: Int, $after: String, $accountMode: AccountMode) {
    waba(id: $wabaId) {
      id
      name
      phoneNumbers(first: $first, after: $after, filter: { accountMode: $accountMode }) {
        edges { node { ...ClientNumber } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** One number by its ID. */
export const PhoneNumberById = graphql(`
  query ClientPhoneNumber($id: ID!) {
    phoneNumber(id: $id) { ...ClientNumber }
  }
`);

export const RegisterPhoneNumber = graphql(`
  mutation ClientRegisterPhoneNumber($input: RegisterPhoneNumberInput!) {
    registerPhoneNumber(input: $input) {
      __typename
      ... on RegisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const DeregisterPhoneNumber = graphql(`
  mutation ClientDeregisterPhoneNumber($input: DeregisterPhoneNumberInput!) {
    deregisterPhoneNumber(input: $input) {
      __typename
      ... on DeregisterPhoneNumberSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const RequestVerificationCode = graphql(`
  mutation ClientRequestVerificationCode($input: RequestVerificationCodeInput!) {
    requestVerificationCode(input: $input) {
      __typename
      ... on RequestVerificationCodeSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const VerifyCode = graphql(`
  mutation ClientVerifyCode($input: VerifyCodeInput!) {
    verifyCode(input: $input) {
      __typename
      ... on VerifyCodeSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const SetTwoStepVerificationPin = graphql(`
  mutation ClientSetTwoStepVerificationPin($input: SetTwoStepVerificationPinInput!) {
    setTwoStepVerificationPin(input: $input) {
      __typename
      ... on SetTwoStepVerificationPinSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const RegisterOnPremisesAccount = graphql(`
  mutation ClientRegisterOnPremisesAccount($input: RegisterOnPremisesAccountInput!) {
    registerOnPremisesAccount(input: $input) {
      __typename
      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id } }
      ...ClientErrors
    }
  }
`);

export const VerifyOnPremisesAccount = graphql(`
  mutation ClientVerifyOnPremisesAccount($input: VerifyOnPremisesAccountInput!) {
    verifyOnPremisesAccount(input: $input) {
      __typename
      ... on VerifyOnPremisesAccountSuccess { phoneNumber { id } }
      ...ClientErrors
    }
  }
`);

export const AddPhoneNumber = graphql(`
  mutation ClientAddPhoneNumber($input: AddPhoneNumberInput!) {
    addPhoneNumber(input: $input) {
      __typename
      ... on AddPhoneNumberSuccess { phoneNumber { ...ClientNumber } }
      ... on MigrationBlockedError { blockers { reason message } }
      ...ClientErrors
    }
  }
`);

export const RequestDisplayNameChange = graphql(`
  mutation ClientRequestDisplayNameChange($input: RequestDisplayNameChangeInput!) {
    requestDisplayNameChange(input: $input) {
      __typename
      ... on RequestDisplayNameChangeSuccess { phoneNumber { ...ClientNumber } }
      ...ClientErrors
    }
  }
`);

export const SubscribeAppToWaba = graphql(`
  mutation ClientSubscribeAppToWaba($input: SubscribeAppToWabaInput!) {
    subscribeAppToWaba(input: $input) {
      __typename
      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }
      ...ClientErrors
    }
  }
`);

export const AddPreverifiedPhoneNumber = graphql(`
  mutation ClientAddPreverifiedPhoneNumber($input: AddPreverifiedPhoneNumberInput!) {
    addPreverifiedPhoneNumber(input: $input) {
      __typename
      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }
      ...ClientErrors
    }
  }
`);

export const RequestPreverifiedVerificationCode = graphql(`
  mutation ClientRequestPreverifiedVerificationCode($input: RequestPreverifiedVerificationCodeInput!) {
    requestPreverifiedVerificationCode(input: $input) {
      __typename
      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }
      ... on ReverificationNotOpenError { opensAt }
      ...ClientErrors
    }
  }
`);

export const VerifyPreverifiedCode = graphql(`
  mutation ClientVerifyPreverifiedCode($input: VerifyPreverifiedCodeInput!) {
    verifyPreverifiedCode(input: $input) {
      __typename
      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime } }
      ...ClientErrors
    }
  }
`);
