/**
 * What GraphiQL opens with: a WABA's numbers with their certificates and name review status. In demo mode the
 * server passes the simulator's demo WABA (production code never reads the simulator's seed itself).
 */
export function graphiqlDefaultQuery(demoWabaId: string | undefined): string {
  const wabaId = demoWabaId ?? "YOUR_WABA_ID";
  return `# waba-gateway${demoWabaId ? " (demo data from the built-in Graph API simulator)" : ""}
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
