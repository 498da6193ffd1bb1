import { DEMO_WABA_ID } from "./simulator/seed.js";

/** What GraphiQL opens with: a WABA's numbers with their certificates and name review status. */
export function graphiqlDefaultQuery(demoMode: boolean): string {
  const wabaId = demoMode ? DEMO_WABA_ID : "YOUR_WABA_ID";
  return `# waba-gateway${demoMode ? " (demo data from the built-in Graph API simulator)" : ""}
# A WABA's phone numbers with their display-name certificates and name review status.
query WabaPhoneNumbers {
  waba(id: "${wabaId}") {
    id
    name
    phoneNumbers(first: 5) {
      edges {
        node {
          id
          displayPhoneNumber
          verifiedName
          nameStatus
          newNameStatus
          codeVerificationStatus
          accountMode
          certificate { value nameStatus }
          newCertificate { value nameStatus }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`;
}
