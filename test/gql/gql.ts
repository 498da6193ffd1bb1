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
    "\n  mutation SubscribeWithOverride($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason code message }\n      ... on ValidationError { field message }\n    }\n  }\n": typeof types.SubscribeWithOverrideDocument,
    "\n  mutation Unsubscribe($wabaId: ID!) {\n    unsubscribeAppFromWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on UnsubscribeAppFromWabaSuccess { waba { id subscribedApps { id } } }\n      ... on GraphApiError { reason code }\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query IsOnBizApp($id: ID!) { phoneNumber(id: $id) { id isOnBizApp } }\n": typeof types.IsOnBizAppDocument,
    "\n  query BatchNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n": typeof types.BatchNumbersDocument,
    "\n  query BatchMixed($phone: ID!, $other: ID!, $waba: ID!) {\n    a: phoneNumber(id: $phone) { displayPhoneNumber }\n    b: phoneNumber(id: $phone) { certificate { value } }\n    c: phoneNumber(id: $other) { nameStatus }\n    list: phoneNumbers(ids: [$phone, $other]) { id }\n    waba(id: $waba) { name }\n  }\n": typeof types.BatchMixedDocument,
    "\n  query Dashboard($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      id\n      name\n      phoneNumbers(first: 10) {\n        edges { node { id displayPhoneNumber nameStatus certificate { value nameStatus } } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query FilteredPages($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      name\n      sandbox: phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n      live: phoneNumbers(first: 5, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }\n    }\n  }\n": typeof types.FilteredPagesDocument,
    "\n  query FilteredOnly($id: ID!) {\n    waba(id: $id) {\n      phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n    }\n  }\n": typeof types.FilteredOnlyDocument,
    "\n  mutation FleetComplete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) { ... on CompleteEmbeddedSignupSuccess { onboarding { id state wabaId steps { kind status } } } }\n  }\n": typeof types.FleetCompleteDocument,
    "\n  mutation FleetResume($id: ID!) { resumeOnboarding(input: { id: $id }) { ... on ResumeOnboardingSuccess { onboarding { id state } } } }\n": typeof types.FleetResumeDocument,
    "\n  query FleetWaba($id: ID!) { waba(id: $id) { id name } }\n": typeof types.FleetWabaDocument,
    "\n  mutation Complete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) {\n      __typename\n      ... on CompleteEmbeddedSignupSuccess {\n        onboarding {\n          id\n          state\n          event\n          wabaId\n          phoneNumberId\n          registrationDeadline\n          steps { kind status nextAction error { reason code subcode retryable message } }\n          phoneNumber { id status platformType isOnBizApp }\n        }\n      }\n      ... on ValidationError { field message }\n      ... on ForbiddenError { message }\n    }\n  }\n": typeof types.CompleteDocument,
    "\n  mutation Resume($input: ResumeOnboardingInput!) {\n    resumeOnboarding(input: $input) {\n      __typename\n      ... on ResumeOnboardingSuccess { onboarding { id state steps { kind status nextAction error { reason } } phoneNumber { status } } }\n      ... on ValidationError { field message }\n    }\n  }\n": typeof types.ResumeDocument,
    "\n  query ReadOnboarding($id: ID!) { onboarding(id: $id) { id state wabaId } }\n": typeof types.ReadOnboardingDocument,
    "\n  query OnboardedWaba($id: ID!) { waba(id: $id) { id name } }\n": typeof types.OnboardedWabaDocument,
    "\n  mutation Share($wabaId: ID!) {\n    shareCreditLine(input: { wabaId: $wabaId, currency: USD }) {\n      __typename\n      ... on ShareCreditLineSuccess { allocationConfigId waba { id } }\n      ... on GraphApiError { reason message }\n      ... on ForbiddenError { message }\n    }\n  }\n": typeof types.ShareDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeCreditLine(input: { allocationConfigId: $id }) { __typename ... on RevokeCreditLineSuccess { allocationConfigId } ... on GraphApiError { reason } }\n  }\n": typeof types.RevokeDocument,
    "\n  query ListOnboardings($state: OnboardingState, $first: Int, $after: String) {\n    onboardings(state: $state, first: $first, after: $after) { edges { cursor node { id state } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ListOnboardingsDocument,
    "\n  query Name($id: ID!) {\n    phoneNumber(id: $id) { verifiedName }\n  }\n": typeof types.NameDocument,
    "\n  query ManagedWabas($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          ownershipType\n          phoneNumbers(first: 2) { edges { node { id displayPhoneNumber } } pageInfo { hasNextPage } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ManagedWabasDocument,
    "\n  query ManagedIds($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges { cursor node { id } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ManagedIdsDocument,
    "\n  query ManagedWithApps {\n    managedWabas(relation: CLIENT, first: 2) { edges { node { id subscribedApps { id name } } } }\n  }\n": typeof types.ManagedWithAppsDocument,
    "\n  mutation SubscribeApp($wabaId: ID!) {\n    subscribeAppToWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason }\n    }\n  }\n": typeof types.SubscribeAppDocument,
    "\n  query LifeOfNumber($id: ID!) {\n    phoneNumber(id: $id) { id isOnBizApp registration { state nextAction } officialBusinessAccount { status statusMessage } }\n  }\n": typeof types.LifeOfNumberDocument,
    "\n  mutation Sync($id: ID!, $kind: CoexistenceSyncKind!) {\n    syncCoexistenceData(input: { phoneNumberId: $id, kind: $kind }) {\n      __typename\n      ... on SyncCoexistenceDataSuccess { requestId phoneNumber { id } }\n      ... on GraphApiError { reason message retryable }\n      ... on ValidationError { field message }\n    }\n  }\n": typeof types.SyncDocument,
    "\n  mutation DeregisterLife($id: ID!) {\n    deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ValidationError { field message } ... on GraphApiError { reason } }\n  }\n": typeof types.DeregisterLifeDocument,
    "\n  mutation RegisterLife($id: ID!) {\n    registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) { __typename ... on GraphApiError { reason code subcode message retryable } }\n  }\n": typeof types.RegisterLifeDocument,
    "\n  mutation Oba($input: RequestOfficialBusinessAccountInput!) {\n    requestOfficialBusinessAccount(input: $input) {\n      __typename\n      ... on RequestOfficialBusinessAccountSuccess { phoneNumber { officialBusinessAccount { status } } }\n      ... on ValidationError { field message }\n      ... on GraphApiError { reason }\n    }\n  }\n": typeof types.ObaDocument,
    "\n  query CertificateDetails($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id verifiedName certificate { details { verifiedName issuer serial issuedAt } } } } } }\n  }\n": typeof types.CertificateDetailsDocument,
    "\n  mutation RegisterOnPrem($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id platformType } }\n      ... on Error { message }\n      ... on GraphApiError { reason code retryable }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.RegisterOnPremDocument,
    "\n  mutation VerifyOnPrem($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { platformType registration { state } } }\n      ... on Error { message }\n      ... on GraphApiError { reason }\n    }\n  }\n": typeof types.VerifyOnPremDocument,
    "\n  mutation AddNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { id displayPhoneNumber verifiedName codeVerificationStatus nameStatus registration { state nextAction } } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...MutationErrors\n    }\n  }\n": typeof types.AddNumberDocument,
    "\n    mutation OnboardRequestCode($id: ID!) {\n      requestVerificationCode(input: { phoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) { __typename }\n    }\n  ": typeof types.OnboardRequestCodeDocument,
    "\n    mutation OnboardVerify($id: ID!) {\n      verifyCode(input: { phoneNumberId: $id, code: \"123456\" }) { __typename }\n    }\n  ": typeof types.OnboardVerifyDocument,
    "\n    mutation OnboardRegister($id: ID!) {\n      registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) {\n        __typename\n        ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName nameStatus newNameStatus registration { state nextAction } } }\n        ... on GraphApiError { reason code subcode }\n      }\n    }\n  ": typeof types.OnboardRegisterDocument,
    "\n  query OnboardNumbersOf($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id displayPhoneNumber } } } }\n  }\n": typeof types.OnboardNumbersOfDocument,
    "\n  query Blockers($id: ID!, $to: ID) {\n    phoneNumber(id: $id) { id migrationBlockers(toWabaId: $to) { reason message } }\n  }\n": typeof types.BlockersDocument,
    "\n  mutation NameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { id verifiedName newDisplayName newNameStatus } }\n      ...MutationErrors\n    }\n  }\n": typeof types.NameChangeDocument,
    "\n  query ProxiedName($id: ID!) { phoneNumber(id: $id) { id verifiedName } }\n": typeof types.ProxiedNameDocument,
    "\n  query PhoneDetail($id: ID!) {\n    phoneNumber(id: $id) {\n      id\n      displayPhoneNumber\n      verifiedName\n      qualityRating\n      codeVerificationStatus\n      accountMode\n      lastOnboardedTime\n      nameStatus\n      newNameStatus\n      certificate { value nameStatus }\n      newCertificate { value nameStatus }\n      status\n      platformType\n      throughputLevel\n      messagingLimit\n      isOfficialBusinessAccount\n      isPinEnabled\n      healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }\n    }\n  }\n": typeof types.PhoneDetailDocument,
    "\n  query DisplayOnly($id: ID!) {\n    phoneNumber(id: $id) { displayPhoneNumber }\n  }\n": typeof types.DisplayOnlyDocument,
    "\n  query TwoNumbers($good: ID!, $bad: ID!) {\n    good: phoneNumber(id: $good) { id verifiedName }\n    bad: phoneNumber(id: $bad) { id verifiedName }\n  }\n": typeof types.TwoNumbersDocument,
    "\n  query ManyNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n": typeof types.ManyNumbersDocument,
    "\n  query Pool($first: Int, $after: String) {\n    preverifiedPhoneNumbers(first: $first, after: $after) {\n      edges { cursor node { id phoneNumber codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PoolDocument,
    "\n  mutation AddPreverified($phoneNumber: String!) {\n    addPreverifiedPhoneNumber(input: { phoneNumber: $phoneNumber }) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...MutationErrors\n    }\n  }\n": typeof types.AddPreverifiedDocument,
    "\n  mutation RequestPreverifiedCode($id: ID!) {\n    requestPreverifiedVerificationCode(input: { preverifiedPhoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { message opensAt }\n      ...MutationErrors\n    }\n  }\n": typeof types.RequestPreverifiedCodeDocument,
    "\n  mutation VerifyPreverified($id: ID!, $code: String!) {\n    verifyPreverifiedCode(input: { preverifiedPhoneNumberId: $id, code: $code }) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      ...MutationErrors\n    }\n  }\n": typeof types.VerifyPreverifiedDocument,
    "\n  fragment MutationErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n": typeof types.MutationErrorsFragmentDoc,
    "\n  mutation RequestCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { id codeVerificationStatus registration { state } } }\n      ...MutationErrors\n    }\n  }\n": typeof types.RequestCodeDocument,
    "\n  mutation VerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { id codeVerificationStatus registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n": typeof types.VerifyCodeDocument,
    "\n  mutation Register($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { id platformType status isPinEnabled registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Deregister($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { id platformType } }\n      ...MutationErrors\n    }\n  }\n": typeof types.DeregisterDocument,
    "\n  mutation SetPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { id isPinEnabled } }\n      ...MutationErrors\n    }\n  }\n": typeof types.SetPinDocument,
    "\n  mutation RegisterThenDeregister($id: ID!) {\n    first: registerPhoneNumber(input: { phoneNumberId: $id, pin: \"123456\" }) {\n      ... on RegisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n    second: deregisterPhoneNumber(input: { phoneNumberId: $id }) {\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n  }\n": typeof types.RegisterThenDeregisterDocument,
    "\n    query RegistrationOf($id: ID!) {\n      phoneNumber(id: $id) { registration { state deadline nextAction } }\n    }\n  ": typeof types.RegistrationOfDocument,
    "\n  query ResiliencePhone($id: ID!) {\n    phoneNumber(id: $id) { id verifiedName }\n  }\n": typeof types.ResiliencePhoneDocument,
    "\n  query ResilienceWaba($id: ID!) {\n    waba(id: $id) { name phoneNumbers(first: 3) { edges { node { id } } } }\n  }\n": typeof types.ResilienceWabaDocument,
    "\n  query WabaDetail($id: ID!) {\n    waba(id: $id) {\n      id\n      name\n      currency\n      timezoneId\n      messageTemplateNamespace\n      accountReviewStatus\n      businessVerificationStatus\n      ownershipType\n    }\n  }\n": typeof types.WabaDetailDocument,
    "\n  query WabaPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $mode: AccountMode) {\n    waba(id: $id) {\n      phoneNumbers(first: $first, after: $after, last: $last, before: $before, filter: { accountMode: $mode }) {\n        edges { cursor node { id accountMode nameStatus } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.WabaPageDocument,
    "\n  query Wabas($ids: [ID!]!) {\n    wabas(ids: $ids) { id name }\n  }\n": typeof types.WabasDocument,
};
const documents: Documents = {
    "\n  mutation SubscribeWithOverride($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason code message }\n      ... on ValidationError { field message }\n    }\n  }\n": types.SubscribeWithOverrideDocument,
    "\n  mutation Unsubscribe($wabaId: ID!) {\n    unsubscribeAppFromWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on UnsubscribeAppFromWabaSuccess { waba { id subscribedApps { id } } }\n      ... on GraphApiError { reason code }\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query IsOnBizApp($id: ID!) { phoneNumber(id: $id) { id isOnBizApp } }\n": types.IsOnBizAppDocument,
    "\n  query BatchNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n": types.BatchNumbersDocument,
    "\n  query BatchMixed($phone: ID!, $other: ID!, $waba: ID!) {\n    a: phoneNumber(id: $phone) { displayPhoneNumber }\n    b: phoneNumber(id: $phone) { certificate { value } }\n    c: phoneNumber(id: $other) { nameStatus }\n    list: phoneNumbers(ids: [$phone, $other]) { id }\n    waba(id: $waba) { name }\n  }\n": types.BatchMixedDocument,
    "\n  query Dashboard($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      id\n      name\n      phoneNumbers(first: 10) {\n        edges { node { id displayPhoneNumber nameStatus certificate { value nameStatus } } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query FilteredPages($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      name\n      sandbox: phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n      live: phoneNumbers(first: 5, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }\n    }\n  }\n": types.FilteredPagesDocument,
    "\n  query FilteredOnly($id: ID!) {\n    waba(id: $id) {\n      phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n    }\n  }\n": types.FilteredOnlyDocument,
    "\n  mutation FleetComplete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) { ... on CompleteEmbeddedSignupSuccess { onboarding { id state wabaId steps { kind status } } } }\n  }\n": types.FleetCompleteDocument,
    "\n  mutation FleetResume($id: ID!) { resumeOnboarding(input: { id: $id }) { ... on ResumeOnboardingSuccess { onboarding { id state } } } }\n": types.FleetResumeDocument,
    "\n  query FleetWaba($id: ID!) { waba(id: $id) { id name } }\n": types.FleetWabaDocument,
    "\n  mutation Complete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) {\n      __typename\n      ... on CompleteEmbeddedSignupSuccess {\n        onboarding {\n          id\n          state\n          event\n          wabaId\n          phoneNumberId\n          registrationDeadline\n          steps { kind status nextAction error { reason code subcode retryable message } }\n          phoneNumber { id status platformType isOnBizApp }\n        }\n      }\n      ... on ValidationError { field message }\n      ... on ForbiddenError { message }\n    }\n  }\n": types.CompleteDocument,
    "\n  mutation Resume($input: ResumeOnboardingInput!) {\n    resumeOnboarding(input: $input) {\n      __typename\n      ... on ResumeOnboardingSuccess { onboarding { id state steps { kind status nextAction error { reason } } phoneNumber { status } } }\n      ... on ValidationError { field message }\n    }\n  }\n": types.ResumeDocument,
    "\n  query ReadOnboarding($id: ID!) { onboarding(id: $id) { id state wabaId } }\n": types.ReadOnboardingDocument,
    "\n  query OnboardedWaba($id: ID!) { waba(id: $id) { id name } }\n": types.OnboardedWabaDocument,
    "\n  mutation Share($wabaId: ID!) {\n    shareCreditLine(input: { wabaId: $wabaId, currency: USD }) {\n      __typename\n      ... on ShareCreditLineSuccess { allocationConfigId waba { id } }\n      ... on GraphApiError { reason message }\n      ... on ForbiddenError { message }\n    }\n  }\n": types.ShareDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeCreditLine(input: { allocationConfigId: $id }) { __typename ... on RevokeCreditLineSuccess { allocationConfigId } ... on GraphApiError { reason } }\n  }\n": types.RevokeDocument,
    "\n  query ListOnboardings($state: OnboardingState, $first: Int, $after: String) {\n    onboardings(state: $state, first: $first, after: $after) { edges { cursor node { id state } } pageInfo { hasNextPage endCursor } }\n  }\n": types.ListOnboardingsDocument,
    "\n  query Name($id: ID!) {\n    phoneNumber(id: $id) { verifiedName }\n  }\n": types.NameDocument,
    "\n  query ManagedWabas($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          ownershipType\n          phoneNumbers(first: 2) { edges { node { id displayPhoneNumber } } pageInfo { hasNextPage } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ManagedWabasDocument,
    "\n  query ManagedIds($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges { cursor node { id } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ManagedIdsDocument,
    "\n  query ManagedWithApps {\n    managedWabas(relation: CLIENT, first: 2) { edges { node { id subscribedApps { id name } } } }\n  }\n": types.ManagedWithAppsDocument,
    "\n  mutation SubscribeApp($wabaId: ID!) {\n    subscribeAppToWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason }\n    }\n  }\n": types.SubscribeAppDocument,
    "\n  query LifeOfNumber($id: ID!) {\n    phoneNumber(id: $id) { id isOnBizApp registration { state nextAction } officialBusinessAccount { status statusMessage } }\n  }\n": types.LifeOfNumberDocument,
    "\n  mutation Sync($id: ID!, $kind: CoexistenceSyncKind!) {\n    syncCoexistenceData(input: { phoneNumberId: $id, kind: $kind }) {\n      __typename\n      ... on SyncCoexistenceDataSuccess { requestId phoneNumber { id } }\n      ... on GraphApiError { reason message retryable }\n      ... on ValidationError { field message }\n    }\n  }\n": types.SyncDocument,
    "\n  mutation DeregisterLife($id: ID!) {\n    deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ValidationError { field message } ... on GraphApiError { reason } }\n  }\n": types.DeregisterLifeDocument,
    "\n  mutation RegisterLife($id: ID!) {\n    registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) { __typename ... on GraphApiError { reason code subcode message retryable } }\n  }\n": types.RegisterLifeDocument,
    "\n  mutation Oba($input: RequestOfficialBusinessAccountInput!) {\n    requestOfficialBusinessAccount(input: $input) {\n      __typename\n      ... on RequestOfficialBusinessAccountSuccess { phoneNumber { officialBusinessAccount { status } } }\n      ... on ValidationError { field message }\n      ... on GraphApiError { reason }\n    }\n  }\n": types.ObaDocument,
    "\n  query CertificateDetails($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id verifiedName certificate { details { verifiedName issuer serial issuedAt } } } } } }\n  }\n": types.CertificateDetailsDocument,
    "\n  mutation RegisterOnPrem($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id platformType } }\n      ... on Error { message }\n      ... on GraphApiError { reason code retryable }\n      ... on ValidationError { field }\n    }\n  }\n": types.RegisterOnPremDocument,
    "\n  mutation VerifyOnPrem($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { platformType registration { state } } }\n      ... on Error { message }\n      ... on GraphApiError { reason }\n    }\n  }\n": types.VerifyOnPremDocument,
    "\n  mutation AddNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { id displayPhoneNumber verifiedName codeVerificationStatus nameStatus registration { state nextAction } } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...MutationErrors\n    }\n  }\n": types.AddNumberDocument,
    "\n    mutation OnboardRequestCode($id: ID!) {\n      requestVerificationCode(input: { phoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) { __typename }\n    }\n  ": types.OnboardRequestCodeDocument,
    "\n    mutation OnboardVerify($id: ID!) {\n      verifyCode(input: { phoneNumberId: $id, code: \"123456\" }) { __typename }\n    }\n  ": types.OnboardVerifyDocument,
    "\n    mutation OnboardRegister($id: ID!) {\n      registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) {\n        __typename\n        ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName nameStatus newNameStatus registration { state nextAction } } }\n        ... on GraphApiError { reason code subcode }\n      }\n    }\n  ": types.OnboardRegisterDocument,
    "\n  query OnboardNumbersOf($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id displayPhoneNumber } } } }\n  }\n": types.OnboardNumbersOfDocument,
    "\n  query Blockers($id: ID!, $to: ID) {\n    phoneNumber(id: $id) { id migrationBlockers(toWabaId: $to) { reason message } }\n  }\n": types.BlockersDocument,
    "\n  mutation NameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { id verifiedName newDisplayName newNameStatus } }\n      ...MutationErrors\n    }\n  }\n": types.NameChangeDocument,
    "\n  query ProxiedName($id: ID!) { phoneNumber(id: $id) { id verifiedName } }\n": types.ProxiedNameDocument,
    "\n  query PhoneDetail($id: ID!) {\n    phoneNumber(id: $id) {\n      id\n      displayPhoneNumber\n      verifiedName\n      qualityRating\n      codeVerificationStatus\n      accountMode\n      lastOnboardedTime\n      nameStatus\n      newNameStatus\n      certificate { value nameStatus }\n      newCertificate { value nameStatus }\n      status\n      platformType\n      throughputLevel\n      messagingLimit\n      isOfficialBusinessAccount\n      isPinEnabled\n      healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }\n    }\n  }\n": types.PhoneDetailDocument,
    "\n  query DisplayOnly($id: ID!) {\n    phoneNumber(id: $id) { displayPhoneNumber }\n  }\n": types.DisplayOnlyDocument,
    "\n  query TwoNumbers($good: ID!, $bad: ID!) {\n    good: phoneNumber(id: $good) { id verifiedName }\n    bad: phoneNumber(id: $bad) { id verifiedName }\n  }\n": types.TwoNumbersDocument,
    "\n  query ManyNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n": types.ManyNumbersDocument,
    "\n  query Pool($first: Int, $after: String) {\n    preverifiedPhoneNumbers(first: $first, after: $after) {\n      edges { cursor node { id phoneNumber codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PoolDocument,
    "\n  mutation AddPreverified($phoneNumber: String!) {\n    addPreverifiedPhoneNumber(input: { phoneNumber: $phoneNumber }) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...MutationErrors\n    }\n  }\n": types.AddPreverifiedDocument,
    "\n  mutation RequestPreverifiedCode($id: ID!) {\n    requestPreverifiedVerificationCode(input: { preverifiedPhoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { message opensAt }\n      ...MutationErrors\n    }\n  }\n": types.RequestPreverifiedCodeDocument,
    "\n  mutation VerifyPreverified($id: ID!, $code: String!) {\n    verifyPreverifiedCode(input: { preverifiedPhoneNumberId: $id, code: $code }) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      ...MutationErrors\n    }\n  }\n": types.VerifyPreverifiedDocument,
    "\n  fragment MutationErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n": types.MutationErrorsFragmentDoc,
    "\n  mutation RequestCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { id codeVerificationStatus registration { state } } }\n      ...MutationErrors\n    }\n  }\n": types.RequestCodeDocument,
    "\n  mutation VerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { id codeVerificationStatus registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n": types.VerifyCodeDocument,
    "\n  mutation Register($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { id platformType status isPinEnabled registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Deregister($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { id platformType } }\n      ...MutationErrors\n    }\n  }\n": types.DeregisterDocument,
    "\n  mutation SetPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { id isPinEnabled } }\n      ...MutationErrors\n    }\n  }\n": types.SetPinDocument,
    "\n  mutation RegisterThenDeregister($id: ID!) {\n    first: registerPhoneNumber(input: { phoneNumberId: $id, pin: \"123456\" }) {\n      ... on RegisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n    second: deregisterPhoneNumber(input: { phoneNumberId: $id }) {\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n  }\n": types.RegisterThenDeregisterDocument,
    "\n    query RegistrationOf($id: ID!) {\n      phoneNumber(id: $id) { registration { state deadline nextAction } }\n    }\n  ": types.RegistrationOfDocument,
    "\n  query ResiliencePhone($id: ID!) {\n    phoneNumber(id: $id) { id verifiedName }\n  }\n": types.ResiliencePhoneDocument,
    "\n  query ResilienceWaba($id: ID!) {\n    waba(id: $id) { name phoneNumbers(first: 3) { edges { node { id } } } }\n  }\n": types.ResilienceWabaDocument,
    "\n  query WabaDetail($id: ID!) {\n    waba(id: $id) {\n      id\n      name\n      currency\n      timezoneId\n      messageTemplateNamespace\n      accountReviewStatus\n      businessVerificationStatus\n      ownershipType\n    }\n  }\n": types.WabaDetailDocument,
    "\n  query WabaPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $mode: AccountMode) {\n    waba(id: $id) {\n      phoneNumbers(first: $first, after: $after, last: $last, before: $before, filter: { accountMode: $mode }) {\n        edges { cursor node { id accountMode nameStatus } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.WabaPageDocument,
    "\n  query Wabas($ids: [ID!]!) {\n    wabas(ids: $ids) { id name }\n  }\n": types.WabasDocument,
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
export function graphql(source: "\n  mutation SubscribeWithOverride($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason code message }\n      ... on ValidationError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeWithOverride($input: SubscribeAppToWabaInput!) {\n    subscribeAppToWaba(input: $input) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason code message }\n      ... on ValidationError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($wabaId: ID!) {\n    unsubscribeAppFromWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on UnsubscribeAppFromWabaSuccess { waba { id subscribedApps { id } } }\n      ... on GraphApiError { reason code }\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($wabaId: ID!) {\n    unsubscribeAppFromWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on UnsubscribeAppFromWabaSuccess { waba { id subscribedApps { id } } }\n      ... on GraphApiError { reason code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsOnBizApp($id: ID!) { phoneNumber(id: $id) { id isOnBizApp } }\n"): (typeof documents)["\n  query IsOnBizApp($id: ID!) { phoneNumber(id: $id) { id isOnBizApp } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n"): (typeof documents)["\n  query BatchNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchMixed($phone: ID!, $other: ID!, $waba: ID!) {\n    a: phoneNumber(id: $phone) { displayPhoneNumber }\n    b: phoneNumber(id: $phone) { certificate { value } }\n    c: phoneNumber(id: $other) { nameStatus }\n    list: phoneNumbers(ids: [$phone, $other]) { id }\n    waba(id: $waba) { name }\n  }\n"): (typeof documents)["\n  query BatchMixed($phone: ID!, $other: ID!, $waba: ID!) {\n    a: phoneNumber(id: $phone) { displayPhoneNumber }\n    b: phoneNumber(id: $phone) { certificate { value } }\n    c: phoneNumber(id: $other) { nameStatus }\n    list: phoneNumbers(ids: [$phone, $other]) { id }\n    waba(id: $waba) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      id\n      name\n      phoneNumbers(first: 10) {\n        edges { node { id displayPhoneNumber nameStatus certificate { value nameStatus } } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      id\n      name\n      phoneNumbers(first: 10) {\n        edges { node { id displayPhoneNumber nameStatus certificate { value nameStatus } } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredPages($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      name\n      sandbox: phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n      live: phoneNumbers(first: 5, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }\n    }\n  }\n"): (typeof documents)["\n  query FilteredPages($ids: [ID!]!) {\n    wabas(ids: $ids) {\n      name\n      sandbox: phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n      live: phoneNumbers(first: 5, filter: { accountMode: LIVE }) { edges { node { id accountMode } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredOnly($id: ID!) {\n    waba(id: $id) {\n      phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n    }\n  }\n"): (typeof documents)["\n  query FilteredOnly($id: ID!) {\n    waba(id: $id) {\n      phoneNumbers(first: 5, filter: { accountMode: SANDBOX }) { edges { node { id accountMode } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FleetComplete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) { ... on CompleteEmbeddedSignupSuccess { onboarding { id state wabaId steps { kind status } } } }\n  }\n"): (typeof documents)["\n  mutation FleetComplete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) { ... on CompleteEmbeddedSignupSuccess { onboarding { id state wabaId steps { kind status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FleetResume($id: ID!) { resumeOnboarding(input: { id: $id }) { ... on ResumeOnboardingSuccess { onboarding { id state } } } }\n"): (typeof documents)["\n  mutation FleetResume($id: ID!) { resumeOnboarding(input: { id: $id }) { ... on ResumeOnboardingSuccess { onboarding { id state } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetWaba($id: ID!) { waba(id: $id) { id name } }\n"): (typeof documents)["\n  query FleetWaba($id: ID!) { waba(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Complete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) {\n      __typename\n      ... on CompleteEmbeddedSignupSuccess {\n        onboarding {\n          id\n          state\n          event\n          wabaId\n          phoneNumberId\n          registrationDeadline\n          steps { kind status nextAction error { reason code subcode retryable message } }\n          phoneNumber { id status platformType isOnBizApp }\n        }\n      }\n      ... on ValidationError { field message }\n      ... on ForbiddenError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Complete($input: CompleteEmbeddedSignupInput!) {\n    completeEmbeddedSignup(input: $input) {\n      __typename\n      ... on CompleteEmbeddedSignupSuccess {\n        onboarding {\n          id\n          state\n          event\n          wabaId\n          phoneNumberId\n          registrationDeadline\n          steps { kind status nextAction error { reason code subcode retryable message } }\n          phoneNumber { id status platformType isOnBizApp }\n        }\n      }\n      ... on ValidationError { field message }\n      ... on ForbiddenError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resume($input: ResumeOnboardingInput!) {\n    resumeOnboarding(input: $input) {\n      __typename\n      ... on ResumeOnboardingSuccess { onboarding { id state steps { kind status nextAction error { reason } } phoneNumber { status } } }\n      ... on ValidationError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Resume($input: ResumeOnboardingInput!) {\n    resumeOnboarding(input: $input) {\n      __typename\n      ... on ResumeOnboardingSuccess { onboarding { id state steps { kind status nextAction error { reason } } phoneNumber { status } } }\n      ... on ValidationError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadOnboarding($id: ID!) { onboarding(id: $id) { id state wabaId } }\n"): (typeof documents)["\n  query ReadOnboarding($id: ID!) { onboarding(id: $id) { id state wabaId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardedWaba($id: ID!) { waba(id: $id) { id name } }\n"): (typeof documents)["\n  query OnboardedWaba($id: ID!) { waba(id: $id) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Share($wabaId: ID!) {\n    shareCreditLine(input: { wabaId: $wabaId, currency: USD }) {\n      __typename\n      ... on ShareCreditLineSuccess { allocationConfigId waba { id } }\n      ... on GraphApiError { reason message }\n      ... on ForbiddenError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Share($wabaId: ID!) {\n    shareCreditLine(input: { wabaId: $wabaId, currency: USD }) {\n      __typename\n      ... on ShareCreditLineSuccess { allocationConfigId waba { id } }\n      ... on GraphApiError { reason message }\n      ... on ForbiddenError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revoke($id: ID!) {\n    revokeCreditLine(input: { allocationConfigId: $id }) { __typename ... on RevokeCreditLineSuccess { allocationConfigId } ... on GraphApiError { reason } }\n  }\n"): (typeof documents)["\n  mutation Revoke($id: ID!) {\n    revokeCreditLine(input: { allocationConfigId: $id }) { __typename ... on RevokeCreditLineSuccess { allocationConfigId } ... on GraphApiError { reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListOnboardings($state: OnboardingState, $first: Int, $after: String) {\n    onboardings(state: $state, first: $first, after: $after) { edges { cursor node { id state } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ListOnboardings($state: OnboardingState, $first: Int, $after: String) {\n    onboardings(state: $state, first: $first, after: $after) { edges { cursor node { id state } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Name($id: ID!) {\n    phoneNumber(id: $id) { verifiedName }\n  }\n"): (typeof documents)["\n  query Name($id: ID!) {\n    phoneNumber(id: $id) { verifiedName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedWabas($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          ownershipType\n          phoneNumbers(first: 2) { edges { node { id displayPhoneNumber } } pageInfo { hasNextPage } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ManagedWabas($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          ownershipType\n          phoneNumbers(first: 2) { edges { node { id displayPhoneNumber } } pageInfo { hasNextPage } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedIds($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges { cursor node { id } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ManagedIds($relation: WabaRelation!, $first: Int, $after: String) {\n    managedWabas(relation: $relation, first: $first, after: $after) {\n      edges { cursor node { id } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedWithApps {\n    managedWabas(relation: CLIENT, first: 2) { edges { node { id subscribedApps { id name } } } }\n  }\n"): (typeof documents)["\n  query ManagedWithApps {\n    managedWabas(relation: CLIENT, first: 2) { edges { node { id subscribedApps { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeApp($wabaId: ID!) {\n    subscribeAppToWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeApp($wabaId: ID!) {\n    subscribeAppToWaba(input: { wabaId: $wabaId }) {\n      __typename\n      ... on SubscribeAppToWabaSuccess { waba { id subscribedApps { id name } } }\n      ... on GraphApiError { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifeOfNumber($id: ID!) {\n    phoneNumber(id: $id) { id isOnBizApp registration { state nextAction } officialBusinessAccount { status statusMessage } }\n  }\n"): (typeof documents)["\n  query LifeOfNumber($id: ID!) {\n    phoneNumber(id: $id) { id isOnBizApp registration { state nextAction } officialBusinessAccount { status statusMessage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Sync($id: ID!, $kind: CoexistenceSyncKind!) {\n    syncCoexistenceData(input: { phoneNumberId: $id, kind: $kind }) {\n      __typename\n      ... on SyncCoexistenceDataSuccess { requestId phoneNumber { id } }\n      ... on GraphApiError { reason message retryable }\n      ... on ValidationError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Sync($id: ID!, $kind: CoexistenceSyncKind!) {\n    syncCoexistenceData(input: { phoneNumberId: $id, kind: $kind }) {\n      __typename\n      ... on SyncCoexistenceDataSuccess { requestId phoneNumber { id } }\n      ... on GraphApiError { reason message retryable }\n      ... on ValidationError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeregisterLife($id: ID!) {\n    deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ValidationError { field message } ... on GraphApiError { reason } }\n  }\n"): (typeof documents)["\n  mutation DeregisterLife($id: ID!) {\n    deregisterPhoneNumber(input: { phoneNumberId: $id }) { __typename ... on ValidationError { field message } ... on GraphApiError { reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLife($id: ID!) {\n    registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) { __typename ... on GraphApiError { reason code subcode message retryable } }\n  }\n"): (typeof documents)["\n  mutation RegisterLife($id: ID!) {\n    registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) { __typename ... on GraphApiError { reason code subcode message retryable } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Oba($input: RequestOfficialBusinessAccountInput!) {\n    requestOfficialBusinessAccount(input: $input) {\n      __typename\n      ... on RequestOfficialBusinessAccountSuccess { phoneNumber { officialBusinessAccount { status } } }\n      ... on ValidationError { field message }\n      ... on GraphApiError { reason }\n    }\n  }\n"): (typeof documents)["\n  mutation Oba($input: RequestOfficialBusinessAccountInput!) {\n    requestOfficialBusinessAccount(input: $input) {\n      __typename\n      ... on RequestOfficialBusinessAccountSuccess { phoneNumber { officialBusinessAccount { status } } }\n      ... on ValidationError { field message }\n      ... on GraphApiError { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateDetails($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id verifiedName certificate { details { verifiedName issuer serial issuedAt } } } } } }\n  }\n"): (typeof documents)["\n  query CertificateDetails($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id verifiedName certificate { details { verifiedName issuer serial issuedAt } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOnPrem($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id platformType } }\n      ... on Error { message }\n      ... on GraphApiError { reason code retryable }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOnPrem($input: RegisterOnPremisesAccountInput!) {\n    registerOnPremisesAccount(input: $input) {\n      __typename\n      ... on RegisterOnPremisesAccountSuccess { status verifiedName phoneNumber { id platformType } }\n      ... on Error { message }\n      ... on GraphApiError { reason code retryable }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOnPrem($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { platformType registration { state } } }\n      ... on Error { message }\n      ... on GraphApiError { reason }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOnPrem($input: VerifyOnPremisesAccountInput!) {\n    verifyOnPremisesAccount(input: $input) {\n      __typename\n      ... on VerifyOnPremisesAccountSuccess { phoneNumber { platformType registration { state } } }\n      ... on Error { message }\n      ... on GraphApiError { reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { id displayPhoneNumber verifiedName codeVerificationStatus nameStatus registration { state nextAction } } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation AddNumber($input: AddPhoneNumberInput!) {\n    addPhoneNumber(input: $input) {\n      __typename\n      ... on AddPhoneNumberSuccess { phoneNumber { id displayPhoneNumber verifiedName codeVerificationStatus nameStatus registration { state nextAction } } }\n      ... on MigrationBlockedError { blockers { reason message } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OnboardRequestCode($id: ID!) {\n      requestVerificationCode(input: { phoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) { __typename }\n    }\n  "): (typeof documents)["\n    mutation OnboardRequestCode($id: ID!) {\n      requestVerificationCode(input: { phoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) { __typename }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OnboardVerify($id: ID!) {\n      verifyCode(input: { phoneNumberId: $id, code: \"123456\" }) { __typename }\n    }\n  "): (typeof documents)["\n    mutation OnboardVerify($id: ID!) {\n      verifyCode(input: { phoneNumberId: $id, code: \"123456\" }) { __typename }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OnboardRegister($id: ID!) {\n      registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) {\n        __typename\n        ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName nameStatus newNameStatus registration { state nextAction } } }\n        ... on GraphApiError { reason code subcode }\n      }\n    }\n  "): (typeof documents)["\n    mutation OnboardRegister($id: ID!) {\n      registerPhoneNumber(input: { phoneNumberId: $id, pin: \"246810\" }) {\n        __typename\n        ... on RegisterPhoneNumberSuccess { phoneNumber { verifiedName nameStatus newNameStatus registration { state nextAction } } }\n        ... on GraphApiError { reason code subcode }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardNumbersOf($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id displayPhoneNumber } } } }\n  }\n"): (typeof documents)["\n  query OnboardNumbersOf($id: ID!) {\n    waba(id: $id) { phoneNumbers(first: 100) { edges { node { id displayPhoneNumber } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Blockers($id: ID!, $to: ID) {\n    phoneNumber(id: $id) { id migrationBlockers(toWabaId: $to) { reason message } }\n  }\n"): (typeof documents)["\n  query Blockers($id: ID!, $to: ID) {\n    phoneNumber(id: $id) { id migrationBlockers(toWabaId: $to) { reason message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { id verifiedName newDisplayName newNameStatus } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation NameChange($input: RequestDisplayNameChangeInput!) {\n    requestDisplayNameChange(input: $input) {\n      __typename\n      ... on RequestDisplayNameChangeSuccess { phoneNumber { id verifiedName newDisplayName newNameStatus } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProxiedName($id: ID!) { phoneNumber(id: $id) { id verifiedName } }\n"): (typeof documents)["\n  query ProxiedName($id: ID!) { phoneNumber(id: $id) { id verifiedName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneDetail($id: ID!) {\n    phoneNumber(id: $id) {\n      id\n      displayPhoneNumber\n      verifiedName\n      qualityRating\n      codeVerificationStatus\n      accountMode\n      lastOnboardedTime\n      nameStatus\n      newNameStatus\n      certificate { value nameStatus }\n      newCertificate { value nameStatus }\n      status\n      platformType\n      throughputLevel\n      messagingLimit\n      isOfficialBusinessAccount\n      isPinEnabled\n      healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }\n    }\n  }\n"): (typeof documents)["\n  query PhoneDetail($id: ID!) {\n    phoneNumber(id: $id) {\n      id\n      displayPhoneNumber\n      verifiedName\n      qualityRating\n      codeVerificationStatus\n      accountMode\n      lastOnboardedTime\n      nameStatus\n      newNameStatus\n      certificate { value nameStatus }\n      newCertificate { value nameStatus }\n      status\n      platformType\n      throughputLevel\n      messagingLimit\n      isOfficialBusinessAccount\n      isPinEnabled\n      healthStatus { canSendMessage entities { entityType id canSendMessage errors { errorCode errorDescription possibleSolution } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisplayOnly($id: ID!) {\n    phoneNumber(id: $id) { displayPhoneNumber }\n  }\n"): (typeof documents)["\n  query DisplayOnly($id: ID!) {\n    phoneNumber(id: $id) { displayPhoneNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoNumbers($good: ID!, $bad: ID!) {\n    good: phoneNumber(id: $good) { id verifiedName }\n    bad: phoneNumber(id: $bad) { id verifiedName }\n  }\n"): (typeof documents)["\n  query TwoNumbers($good: ID!, $bad: ID!) {\n    good: phoneNumber(id: $good) { id verifiedName }\n    bad: phoneNumber(id: $bad) { id verifiedName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManyNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n"): (typeof documents)["\n  query ManyNumbers($ids: [ID!]!) {\n    phoneNumbers(ids: $ids) { id displayPhoneNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pool($first: Int, $after: String) {\n    preverifiedPhoneNumbers(first: $first, after: $after) {\n      edges { cursor node { id phoneNumber codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Pool($first: Int, $after: String) {\n    preverifiedPhoneNumbers(first: $first, after: $after) {\n      edges { cursor node { id phoneNumber codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPreverified($phoneNumber: String!) {\n    addPreverifiedPhoneNumber(input: { phoneNumber: $phoneNumber }) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation AddPreverified($phoneNumber: String!) {\n    addPreverifiedPhoneNumber(input: { phoneNumber: $phoneNumber }) {\n      __typename\n      ... on AddPreverifiedPhoneNumberSuccess { preverifiedPhoneNumber { id phoneNumber codeVerificationStatus verificationExpiryTime } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPreverifiedCode($id: ID!) {\n    requestPreverifiedVerificationCode(input: { preverifiedPhoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { message opensAt }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPreverifiedCode($id: ID!) {\n    requestPreverifiedVerificationCode(input: { preverifiedPhoneNumberId: $id, codeMethod: SMS, language: \"en_US\" }) {\n      __typename\n      ... on RequestPreverifiedVerificationCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus } }\n      ... on ReverificationNotOpenError { message opensAt }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPreverified($id: ID!, $code: String!) {\n    verifyPreverifiedCode(input: { preverifiedPhoneNumberId: $id, code: $code }) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyPreverified($id: ID!, $code: String!) {\n    verifyPreverifiedCode(input: { preverifiedPhoneNumberId: $id, code: $code }) {\n      __typename\n      ... on VerifyPreverifiedCodeSuccess { preverifiedPhoneNumber { id codeVerificationStatus verificationExpiryTime reverificationOpensAt } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n"): (typeof documents)["\n  fragment MutationErrors on Error {\n    __typename\n    message\n    ... on GraphApiError { reason code subcode fbtraceId retryable retryAfterSeconds }\n    ... on ValidationError { field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { id codeVerificationStatus registration { state } } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      __typename\n      ... on RequestVerificationCodeSuccess { phoneNumber { id codeVerificationStatus registration { state } } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { id codeVerificationStatus registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCode($input: VerifyCodeInput!) {\n    verifyCode(input: $input) {\n      __typename\n      ... on VerifyCodeSuccess { phoneNumber { id codeVerificationStatus registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { id platformType status isPinEnabled registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterPhoneNumberInput!) {\n    registerPhoneNumber(input: $input) {\n      __typename\n      ... on RegisterPhoneNumberSuccess { phoneNumber { id platformType status isPinEnabled registration { state nextAction } } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Deregister($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { id platformType } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation Deregister($input: DeregisterPhoneNumberInput!) {\n    deregisterPhoneNumber(input: $input) {\n      __typename\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { id platformType } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { id isPinEnabled } }\n      ...MutationErrors\n    }\n  }\n"): (typeof documents)["\n  mutation SetPin($input: SetTwoStepVerificationPinInput!) {\n    setTwoStepVerificationPin(input: $input) {\n      __typename\n      ... on SetTwoStepVerificationPinSuccess { phoneNumber { id isPinEnabled } }\n      ...MutationErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterThenDeregister($id: ID!) {\n    first: registerPhoneNumber(input: { phoneNumberId: $id, pin: \"123456\" }) {\n      ... on RegisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n    second: deregisterPhoneNumber(input: { phoneNumberId: $id }) {\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterThenDeregister($id: ID!) {\n    first: registerPhoneNumber(input: { phoneNumberId: $id, pin: \"123456\" }) {\n      ... on RegisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n    second: deregisterPhoneNumber(input: { phoneNumberId: $id }) {\n      ... on DeregisterPhoneNumberSuccess { phoneNumber { platformType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RegistrationOf($id: ID!) {\n      phoneNumber(id: $id) { registration { state deadline nextAction } }\n    }\n  "): (typeof documents)["\n    query RegistrationOf($id: ID!) {\n      phoneNumber(id: $id) { registration { state deadline nextAction } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResiliencePhone($id: ID!) {\n    phoneNumber(id: $id) { id verifiedName }\n  }\n"): (typeof documents)["\n  query ResiliencePhone($id: ID!) {\n    phoneNumber(id: $id) { id verifiedName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceWaba($id: ID!) {\n    waba(id: $id) { name phoneNumbers(first: 3) { edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query ResilienceWaba($id: ID!) {\n    waba(id: $id) { name phoneNumbers(first: 3) { edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WabaDetail($id: ID!) {\n    waba(id: $id) {\n      id\n      name\n      currency\n      timezoneId\n      messageTemplateNamespace\n      accountReviewStatus\n      businessVerificationStatus\n      ownershipType\n    }\n  }\n"): (typeof documents)["\n  query WabaDetail($id: ID!) {\n    waba(id: $id) {\n      id\n      name\n      currency\n      timezoneId\n      messageTemplateNamespace\n      accountReviewStatus\n      businessVerificationStatus\n      ownershipType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WabaPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $mode: AccountMode) {\n    waba(id: $id) {\n      phoneNumbers(first: $first, after: $after, last: $last, before: $before, filter: { accountMode: $mode }) {\n        edges { cursor node { id accountMode nameStatus } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WabaPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $mode: AccountMode) {\n    waba(id: $id) {\n      phoneNumbers(first: $first, after: $after, last: $last, before: $before, filter: { accountMode: $mode }) {\n        edges { cursor node { id accountMode nameStatus } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wabas($ids: [ID!]!) {\n    wabas(ids: $ids) { id name }\n  }\n"): (typeof documents)["\n  query Wabas($ids: [ID!]!) {\n    wabas(ids: $ids) { id name }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;