import type { CallOptions } from "../graph-api/call-bounds.js";
import type { GraphApiClient } from "../graph-api/client.js";
import { signup } from "../graph-api/signup-operations.js";
import type { SignupConfig } from "./record.js";

/** Why the gateway cannot share a credit line at all: the configuration lacks what Meta needs. */
export function creditLineUnconfigured(config: SignupConfig): string | undefined {
  if (!config.systemUserId) return "An operator sets GRAPH_API_SYSTEM_USER_ID (the partner's system user, assigned to the WABA first).";
  if (!config.creditLineId && !config.businessId) return "An operator sets GRAPH_API_CREDIT_LINE_ID (or GRAPH_API_BUSINESS_ID, to look it up).";
  return undefined;
}

/** The partner's credit line: configured, or the business's first (`GET /{business-id}/extendedcredits`). */
export async function creditLineOf(system: GraphApiClient, config: SignupConfig, call: CallOptions): Promise<string | undefined> {
  if (config.creditLineId) return config.creditLineId;
  const first = (await signup.creditLines(system, config.businessId as string, call)).data?.[0]?.id;
  return first === undefined ? undefined : String(first);
}

/**
 * Whether the line reaches the WABA: the allocation's receiving credential is the WABA's `primary_funding_id`
 * (graph-api.md §13.2), or, without an allocation id, the WABA has a funding at all.
 */
export async function fundingShows(system: GraphApiClient, wabaId: string, allocationId: string | undefined, call: CallOptions): Promise<boolean> {
  const funding = (await signup.fundingOf(system, wabaId, call)).primary_funding_id;
  if (funding === undefined) return false;
  if (allocationId === undefined) return true;
  const credential = (await signup.allocation(system, allocationId, call)).receiving_credential?.id;
  return credential !== undefined && String(credential) === String(funding);
}
