import { displayDigits } from "../graph-api/ids.js";
import type { Logger } from "pino";
import type { Fleet } from "../fleet/fleet.js";
import type { GraphApiClient } from "../graph-api/client.js";
import type { TokenDirectory } from "../graph-api/token-directory.js";
import { numbersOfWaba } from "../graph-api/list-numbers.js";
import type { GatewayMetrics } from "../observability/metrics.js";
import { parseDelivery } from "./changes.js";

export interface DeliveryDeps {
  directory: TokenDirectory;
  fleet: Fleet;
  metrics: GatewayMetrics;
  logger: Logger;
}


/** Webhooks name a number by its display digits; the Graph node by id: match digits within the WABA. */
async function phoneIdFor(client: GraphApiClient, wabaId: string, digits: string): Promise<string | null> {
  for await (const n of numbersOfWaba(client, wabaId, "id,display_phone_number", { deadline: Date.now() + 15_000 })) {
    if (displayDigits(n.display_phone_number) === digits) return n.id;
  }
  return null;
}

/**
 * The work after a delivery was acknowledged: every change, once across the fleet, mapped to its number,
 * cached views dropped on every instance, and the change published to subscribers.
 */
export async function processDelivery(body: unknown, deps: DeliveryDeps): Promise<void> {
  const { changes, unknownFields } = parseDelivery(body);
  for (const field of unknownFields) deps.metrics.webhookUnknownFields.inc({ field });
  for (const change of changes) {
    if (!(await deps.fleet.firstDelivery(change.hash))) {
      deps.metrics.webhookChanges.inc({ kind: change.kind, outcome: "duplicate" });
      continue;
    }
    const digits = displayDigits(change.displayPhoneNumber);
    const phoneNumberId = digits ? await phoneIdFor(deps.directory.clientFor(change.wabaId), change.wabaId, digits).catch(() => null) : null;
    await deps.fleet.invalidate({ wabaIds: [change.wabaId], phoneIds: phoneNumberId ? [phoneNumberId] : [] });
    deps.fleet.publishChange({
      kind: change.kind,
      wabaId: change.wabaId,
      displayPhoneNumber: change.displayPhoneNumber,
      event: change.event,
      phoneNumberId,
      receivedAt: new Date().toISOString(),
    });
    deps.metrics.webhookChanges.inc({ kind: change.kind, outcome: "published" });
    deps.logger.info({ webhook: change.kind, wabaId: change.wabaId, phoneNumberId, event: change.event }, "webhook change");
  }
}
