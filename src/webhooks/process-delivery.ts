import { displayDigits } from "../graph-api/ids.js";
import type { Logger } from "pino";
import { obaRejectedKey, OBA_WAIT_SECONDS, recentChangesKey, RECENT_CHANGES, RECENT_CHANGES_SECONDS, type ChangeEvent, type Fleet } from "../fleet/fleet.js";
import type { NumberDirectory } from "../graph-api/number-directory.js";
import type { GatewayMetrics } from "../observability/metrics.js";
import { parseDelivery, type ParsedChange } from "./changes.js";
import { inSpan, SpanKind } from "../observability/tracing.js";

export interface DeliveryDeps {
  directory: NumberDirectory;
  fleet: Fleet;
  metrics: GatewayMetrics;
  logger: Logger;
}

/** A change with the number it is about (webhooks name numbers by display digits; the Graph by id). */
export interface MappedChange extends ParsedChange {
  phoneNumberId: string | null;
}

/**
 * Before Meta gets its 200: every change mapped to its number and the cached views it changes dropped on every
 * instance, so that a read arriving after the acknowledgement never gets the old answer. The mapping costs no Graph
 * call for a number the directory has listed (its listing is kept across deliveries: a webhook changes a number, not
 * which numbers the WABA holds); an unknown number costs one listing of its WABA.
 */
export function prepareDelivery(body: unknown, deps: DeliveryDeps): Promise<MappedChange[]> {
  return inSpan(
    "webhook.prepare",
    {},
    async (span) => {
      const { changes, unknownFields } = parseDelivery(body);
      span.setAttribute("waba_gateway.webhook.changes", changes.length);
      for (const field of unknownFields) deps.metrics.webhookUnknownFields.inc({ field });
      const mapped = await Promise.all(changes.map(async (change): Promise<MappedChange> => ({ ...change, phoneNumberId: await numberOf(change, deps.directory) })));
      if (mapped.length > 0) {
        await deps.fleet.invalidate({
          wabaIds: [...new Set(mapped.map((c) => c.wabaId))],
          phoneIds: [...new Set(mapped.flatMap((c) => (c.phoneNumberId ? [c.phoneNumberId] : [])))],
          numbersKept: true,
        });
      }
      return mapped;
    },
    SpanKind.CONSUMER,
  );
}

async function numberOf(change: ParsedChange, directory: NumberDirectory): Promise<string | null> {
  if (change.phoneNumberId) return change.phoneNumberId;
  const digits = displayDigits(change.displayPhoneNumber);
  return digits ? ((await directory.numberWithDigits(change.wabaId, digits)) ?? null) : null;
}

/** After the 200: each change once across the fleet (Meta retries), published to subscribers and kept per number. */
export function publishDelivery(changes: readonly MappedChange[], deps: DeliveryDeps): Promise<void> {
  return inSpan("webhook.process", { "waba_gateway.webhook.changes": changes.length }, () => publishChanges(changes, deps), SpanKind.CONSUMER);
}

async function publishChanges(changes: readonly MappedChange[], deps: DeliveryDeps): Promise<void> {
  for (const change of changes) {
    if (!(await deps.fleet.firstDelivery(change.hash))) {
      deps.metrics.webhookChanges.inc({ kind: change.kind, outcome: "duplicate" });
      continue;
    }
    const { phoneNumberId } = change;
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
