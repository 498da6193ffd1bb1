/** No On-Premises client is configured on this gateway (GraphQL type `OnPremisesNotConfiguredError`). */
export class OnPremisesNotConfigured extends Error {
  override readonly name = "OnPremisesNotConfigured";
  constructor() {
    super("No On-Premises client is configured on this gateway (ONPREM_BASE_URL, ONPREM_USERNAME, ONPREM_PASSWORD).");
  }
}
