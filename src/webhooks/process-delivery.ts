import { displayDigits } from "../graph-api/ids.js";
import type { Logger } from "pino";
import { obaRejectedKey, OBA_WAIT_SECONDS, recentChangesKey, RECENT_CHANGES, RECENT_CHANGES_SECONDS, type ChangeEvent, type Fleet } from "../fleet/fleet.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import type { GatewayMetrics } from "../observability/metrics.js";
import { parseDelivery } from "./changes.js";
import { inSpan, SpanKind } from "../observability/tracing.js";
import type { Span } from "@opentelemetry/api";

export interface DeliveryDeps {
  directory: NumberDirectory;
  fleet: Fleet;
  metrics: GatewayMetrics;
  logger: Logger;
}

/**
 * The work after a delivery was acknowledged: every change, once across the fleet, mapped to its number,
 * cached views dropped on every instance, and the change published to subscribers.
 */
export function processDelivery(body: unknown, deps: DeliveryDeps): Promise<void> {
  return inSpan("webhook.process", {}, (span) => processChanges(body, deps, span), SpanKind.CONSUMER);
}

async function processChanges(body: unknown, deps: DeliveryDeps, span: Span): Promise<void> {
  const { changes, unknownFields } = parseDelivery(body);
  span.setAttribute("waba_gateway.webhook.changes", changes.length);
  for (const field of unknownFields) deps.metrics.webhookUnknownFields.inc({ field });
  for (const change of changes) {
    if (!(await deps.fleet.firstDelivery(change.hash))) {
      deps.metrics.webhookChanges.inc({ kind: change.kind, outcome: "duplicate" });
      continue;
    }
    const digits = displayDigits(change.displayPhoneNumber);
    // Webhooks name a number by its display digits (account_alerts by id), the Graph node by id: matched within the WABA.
    const phoneNumberId = change.phoneNumberId ?? (digits ? ((await deps.directory.numberWithDigits(change.wabaId, digits)) ?? null) : null);
    await deps.fleet.invalidate({ wabaIds: [change.wabaId], phoneIds: phoneNumberId ? [phoneNumberId] : [] });
    const event: ChangeEvent = {
      kind: change.kind,
      wabaId: change.wabaId,
      displayPhoneNumber: change.displayPhoneNumber,
      event: change.event,
      phoneNumberId,
      receivedAt: new Date().toISOString(),
      rejectionReason: change.rejectionReason,
      requestedVerifiedName: change.requestedVerifiedName,
      details: change.details,
    };
    deps.fleet.publishChange(event);
    // Meta takes no new OBA request for 30 days after a rejection (graph-api.md §13.4): remembered fleet-wide.
    if (change.kind === "ACCOUNT_ALERT" && change.event === "OBA_REJECTED" && phoneNumberId) {
      await deps.fleet.put(obaRejectedKey(phoneNumberId), event.receivedAt, OBA_WAIT_SECONDS);
    }
    // Kept per number, so that a dashboard that was offline still sees why a name was declined.
    if (phoneNumberId) await deps.fleet.pushRecent(recentChangesKey(phoneNumberId), JSON.stringify(event), RECENT_CHANGES, RECENT_CHANGES_SECONDS);
    deps.metrics.webhookChanges.inc({ kind: change.kind, outcome: "published" });
    deps.logger.info({ webhook: change.kind, wabaId: change.wabaId, phoneNumberId, event: change.event }, "webhook change");
  }
}
